package org.grad4j.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.grad4j.nn.Parameter;

/**
 * Updates parameters from their gradients.
 *
 * <p>To write an optimizer: extend this class and implement {@link #step} by reading each
 * parameter's {@code grad()} (skipping null ones) and changing the parameter with its in-place
 * update methods, inside a {@code GradMode.noGrad()} scope. Keep per-parameter state in a map
 * keyed by the parameter, and pass each state tensor through {@code MemoryScope.keep}, so that a
 * memory scope around a training step does not release it. To make it available by name, add an {@link OptimizerFactory} to the
 * {@code MapBinder<String, OptimizerFactory>} in your own Guice module.
 */
public abstract class Optimizer {
    private final List<Parameter> parameters;

    /**
     * Creates an optimizer over {@code parameters}.
     *
     * @throws NullPointerException if the list or one of its parameters is null
     * @throws IllegalArgumentException if the list is empty or contains a parameter twice, which
     *     would update it twice per step
     */
    protected Optimizer(List<Parameter> parameters) {
        String name = getClass().getSimpleName();
        if (parameters == null) {
            throw new NullPointerException(name + ": the parameter list is null; pass model.parameters()");
        }
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException(name + ": expected at least one parameter but the list is empty;"
                    + " pass model.parameters() of a model that has parameters");
        }
        Map<Parameter, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter == null) {
                throw new NullPointerException(name + ": parameter " + i + " in the list is null; pass only"
                        + " parameters");
            }
            Integer first = positions.putIfAbsent(parameter, i);
            if (first != null) {
                throw new IllegalArgumentException(name + ": parameters " + first + " and " + i
                        + " in the list are the same parameter, which would be updated twice per step;"
                        + " list each parameter once, as model.parameters() does");
            }
        }
        this.parameters = List.copyOf(parameters);
    }

    /** Returns the parameters this optimizer updates. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Updates every parameter that has a gradient. */
    public abstract void step();

    /** Clears every parameter's gradient; call it before each backward pass. */
    public void zeroGrad() {
        for (Parameter p : parameters) {
            p.zeroGrad();
        }
    }

    /** Checks that a hyperparameter lies in its range. */
    protected static double check(String optimizer, String name, double value, double min, boolean minInclusive) {
        boolean ok = minInclusive ? value >= min : value > min;
        if (!ok || Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must be a finite number "
                    + (minInclusive ? ">= " : "> ") + min + " but was " + value);
        }
        return value;
    }
}
