package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.grad4j.nn.Activations;
import org.grad4j.nn.Linear;
import org.grad4j.nn.Module;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Module registration and the argument checks of the ready layers. A module tree never contains
 * a null or a cycle, so {@code parameters()} always ends. A child shared by two parents is
 * allowed, and its parameters are listed once. Messages name the registering method and the
 * module class, also for anonymous classes.
 */
public abstract class ModuleChecks extends ConformanceBase {
    /** A module whose children are registered after construction, so tests can build trees. */
    private static final class TreeModule extends Module {
        void add(String name, Module child) {
            registerModule(name, child);
        }

        void addParameter(String name, Parameter parameter) {
            registerParameter(name, parameter);
        }

        @Override
        public Tensor forward(Tensor input) {
            return input;
        }
    }

    @Test
    void registeringModuleInItselfThrows() {
        TreeModule node = new TreeModule();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> node.add("self", node));
        assertMessageContains(thrown, "registerModule:", "'self'", "this module itself", "cycle");
        assertEquals(0, node.children().size(), "children after the rejected registration");
    }

    @Test
    void registeringAncestorThrows() {
        TreeModule root = new TreeModule();
        TreeModule middle = new TreeModule();
        TreeModule leaf = new TreeModule();
        root.add("middle", middle);
        middle.add("leaf", leaf);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> leaf.add("root", root));
        assertMessageContains(thrown, "registerModule:", "'root'", "ancestor", "cycle");
        assertEquals(List.of(), root.parameters(), "parameters() of the tree after the rejected registration");
    }

    @Test
    void sharedChildListsParametersOnce() {
        TreeModule shared = new TreeModule();
        Parameter weight = new Parameter(tensors().ones(2));
        shared.addParameter("weight", weight);
        TreeModule root = new TreeModule();
        root.add("first", shared);
        root.add("second", shared);
        assertEquals(List.of(weight), root.parameters());
        assertEquals(List.of("first.weight"), List.copyOf(root.namedParameters().keySet()));
    }

    @Test
    void nullNameOrValueThrows() {
        TreeModule node = new TreeModule();
        Parameter p = new Parameter(tensors().ones(1));
        NullPointerException name = assertThrows(NullPointerException.class, () -> node.addParameter(null, p));
        assertMessageContains(name, "registerParameter:", "name is null");
        NullPointerException parameter = assertThrows(NullPointerException.class, () -> node.addParameter("w", null));
        assertMessageContains(parameter, "registerParameter:", "'w'", "null");
        NullPointerException module = assertThrows(NullPointerException.class, () -> node.add("m", null));
        assertMessageContains(module, "registerModule:", "'m'", "null");
        assertEquals(List.of(), node.parameters(), "parameters after the rejected registrations");
    }

    @Test
    void takenNameNamesTheAnonymousClass() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new Module() {
            {
                registerParameter("w", new Parameter(tensors().ones(1)));
                registerModule("w", Activations.relu());
            }

            @Override
            public Tensor forward(Tensor input) {
                return input;
            }
        });
        assertMessageContains(thrown, "registerModule:", "'w'",
                "already registered in " + ModuleChecks.class.getName() + "$");
    }

    @Test
    void linearRejectsInt64Dtype() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new Linear(tensors(), 2, 3, true, DType.INT64, new Generator(4)));
        assertMessageContains(thrown, "Linear:", "int64", "DType.FLOAT32");
    }

    @Test
    void linearShapeErrorSaysWhatToPass() {
        Linear layer = new Linear(tensors(), 2, 3, new Generator(5));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> layer.forward(tensors().ones(4, 3)));
        assertMessageContains(thrown, "Linear:", "[4, 3]", "[..., 2]");
    }
}
