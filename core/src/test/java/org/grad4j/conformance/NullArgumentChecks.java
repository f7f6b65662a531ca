package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.grad4j.autograd.Engine;
import org.grad4j.autograd.Node;
import org.grad4j.data.DataLoader;
import org.grad4j.data.TensorDataset;
import org.grad4j.inject.BackendModules;
import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Activations;
import org.grad4j.nn.Init;
import org.grad4j.nn.Linear;
import org.grad4j.nn.Module;
import org.grad4j.nn.Parameter;
import org.grad4j.nn.Sequential;
import org.grad4j.optim.Adam;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every public entry point rejects a null argument with a {@link NullPointerException} whose
 * message starts with the name of the op, class or method that was called, so the user sees
 * which call was wrong instead of a JVM message about a variable inside grad4j.
 */
public abstract class NullArgumentChecks extends ConformanceBase {
    private static void assertRejectsNull(String op, Executable call) {
        NullPointerException thrown = assertThrows(NullPointerException.class, call, op);
        assertMessageContains(thrown, op + ":", "null");
    }

    @Test
    void binaryOpsRejectNullOperand() {
        Tensor x = tensors().ones(2);
        assertRejectsNull("add", () -> x.add((Tensor) null));
        assertRejectsNull("div", () -> x.div((Tensor) null));
        assertRejectsNull("pow", () -> x.pow((Tensor) null));
        assertRejectsNull("maximum", () -> x.maximum(null));
        assertRejectsNull("eq", () -> x.eq(null));
        assertRejectsNull("matmul", () -> x.matmul(null));
        assertRejectsNull("index", () -> x.index(null));
    }

    @Test
    void shapeAndDimArgumentsRejectNull() {
        Tensor x = tensors().ones(2, 3);
        assertRejectsNull("reshape", () -> x.reshape((int[]) null));
        assertRejectsNull("reshape", () -> x.reshape((Shape) null));
        assertRejectsNull("expand", () -> x.expand((int[]) null));
        assertRejectsNull("expand", () -> x.expand((Shape) null));
        assertRejectsNull("permute", () -> x.permute((int[]) null));
        assertRejectsNull("sum", () -> x.sum(null, false));
        assertRejectsNull("mean", () -> x.mean(null, false));
        assertRejectsNull("cast", () -> x.cast(null));
        assertRejectsNull("to", () -> x.to(null));
    }

    @Test
    void joinsRejectNullListAndElement() {
        Tensor x = tensors().ones(2);
        assertRejectsNull("cat", () -> Tensor.cat(null, 0));
        assertRejectsNull("stack", () -> Tensor.stack(null, 0));
        NullPointerException cat = assertThrows(NullPointerException.class,
                () -> Tensor.cat(Arrays.asList(x, null), 0));
        assertMessageContains(cat, "cat:", "tensor 1");
        NullPointerException stack = assertThrows(NullPointerException.class,
                () -> Tensor.stack(Arrays.asList(x, null), 0));
        assertMessageContains(stack, "stack:", "tensor 1");
    }

    @Test
    void factoryRejectsNullDataShapeAndDtype() {
        Tensors t = tensors();
        assertRejectsNull("of", () -> t.of((float[]) null));
        assertRejectsNull("of", () -> t.of((double[][]) null));
        assertRejectsNull("fromArray", () -> t.fromArray((long[]) null, 2));
        assertRejectsNull("fromArray", () -> t.fromArray(new float[2], (int[]) null));
        assertRejectsNull("zeros", () -> t.zeros((int[]) null));
        assertRejectsNull("zeros", () -> t.zeros((DType) null, 2));
        assertRejectsNull("ones", () -> t.ones((DType) null, 2));
        assertRejectsNull("full", () -> t.full(1, null, 2));
        assertRejectsNull("scalar", () -> t.scalar(1, null));
        assertRejectsNull("Tensors", () -> new Tensors(null));
        NullPointerException row = assertThrows(NullPointerException.class,
                () -> t.of(new float[][] {{1}, null}));
        assertMessageContains(row, "of:", "row 1");
    }

    @Test
    void randomFactoryRejectsNullGeneratorEvenWhenEmpty() {
        Tensors t = tensors();
        assertRejectsNull("rand", () -> t.rand(null, 2));
        assertRejectsNull("rand", () -> t.rand(null, 0));
        assertRejectsNull("rand", () -> t.rand(new Generator(1), (DType) null, 2));
        assertRejectsNull("randn", () -> t.randn(null, 2));
        assertRejectsNull("randn", () -> t.randn(new Generator(1), (DType) null, 2));
        assertRejectsNull("randint", () -> t.randint(null, 0, 5, 0));
        assertRejectsNull("randperm", () -> t.randperm(null, 0));
    }

    @Test
    void memoryScopeRejectsNullTensor() {
        assertRejectsNull("MemoryScope.keep", () -> MemoryScope.keep(null));
        assertRejectsNull("MemoryScope.attach", () -> MemoryScope.attach(null));
    }

    @Test
    void autogradRejectsNullRootAndNodeParts() {
        Tensor x = tensors().ones(1).requiresGrad(true);
        assertRejectsNull("backward", () -> Engine.backward(null, null, false));
        assertRejectsNull("Node", () -> new Node(null, new Tensor[] {x}, (g, needs) -> new Tensor[] {g}));
        assertRejectsNull("Node mul", () -> new Node("mul", null, (g, needs) -> new Tensor[] {g}));
        assertRejectsNull("Node mul", () -> new Node("mul", new Tensor[] {x}, null));
        assertRejectsNull("Node mul", () -> new Node("mul", new Tensor[] {x, null}, (g, needs) -> new Tensor[] {g}));
    }

    @Test
    void parameterRejectsNullValueAndOperand() {
        Parameter p = new Parameter(tensors().ones(2));
        assertRejectsNull("Parameter", () -> new Parameter(null));
        assertRejectsNull("add in place", () -> p.addInPlace(null));
        assertRejectsNull("sub in place", () -> p.subInPlace(null));
        assertRejectsNull("mul in place", () -> p.mulInPlace(null));
        assertRejectsNull("copyFrom", () -> p.copyFrom(null));
    }

    @Test
    void layersRejectNullArguments() {
        Generator generator = new Generator(2);
        assertRejectsNull("Linear", () -> new Linear(null, 2, 3, generator));
        assertRejectsNull("Linear", () -> new Linear(tensors(), 2, 3, null));
        assertRejectsNull("Linear", () -> new Linear(tensors(), 2, 3, true, null, generator));
        assertRejectsNull("Linear", () -> new Linear(tensors(), 2, 3, generator).forward(null));
        assertRejectsNull("relu", () -> Activations.relu().forward(null));
        assertRejectsNull("tanh", () -> Activations.tanh().forward(null));
        assertRejectsNull("Sequential", () -> new Sequential((Module[]) null));
        NullPointerException layer = assertThrows(NullPointerException.class,
                () -> new Sequential(Activations.relu(), null));
        assertMessageContains(layer, "Sequential:", "layer 1");
    }

    @Test
    void initsRejectNullGeneratorWhenMade() {
        assertRejectsNull("normal init", () -> Init.normal(0, 1, null));
        assertRejectsNull("uniform init", () -> Init.uniform(0, 1, null));
        assertRejectsNull("xavierUniform init", () -> Init.xavierUniform(null));
        assertRejectsNull("kaimingUniform init", () -> Init.kaimingUniform(null));
        assertRejectsNull("normal init", () -> Init.normal(0, 1, new Generator(3)).create(null, DType.FLOAT32, 2));
        assertRejectsNull("uniform init", () -> Init.uniform(0, 1, new Generator(3)).create(tensors(), null, 2));
    }

    @Test
    void lossesRejectNullInputTargetAndReduction() {
        Tensor logits = tensors().zeros(1, 2);
        Tensor target = tensors().of(0L);
        assertRejectsNull("MSELoss", () -> new MSELoss().forward(null, logits));
        assertRejectsNull("MSELoss", () -> new MSELoss().forward(logits, null));
        assertRejectsNull("CrossEntropyLoss", () -> new CrossEntropyLoss().forward(null, target));
        assertRejectsNull("CrossEntropyLoss", () -> new CrossEntropyLoss().forward(logits, null));
        assertRejectsNull("MSELoss", () -> new MSELoss(null));
    }

    @Test
    void optimizersRejectNullListAndParameter() {
        Parameter p = new Parameter(tensors().ones(2));
        assertRejectsNull("SGD", () -> new SGD(null, 0.1));
        assertRejectsNull("Adam", () -> new Adam(null, 0.1));
        NullPointerException element = assertThrows(NullPointerException.class,
                () -> new SGD(Arrays.asList(p, null), 0.1));
        assertMessageContains(element, "SGD:", "parameter 1");
    }

    @Test
    void dataRejectsNullTensorsIndicesAndGenerator() {
        TensorDataset dataset = new TensorDataset(tensors().ones(3, 2));
        assertRejectsNull("TensorDataset", () -> new TensorDataset((Tensor[]) null));
        assertRejectsNull("TensorDataset", () -> new TensorDataset(tensors().ones(3), null));
        assertRejectsNull("TensorDataset.getBatch", () -> dataset.getBatch(null));
        assertRejectsNull("DataLoader", () -> DataLoader.builder(null));
        assertRejectsNull("DataLoader", () -> DataLoader.builder(dataset).shuffle((Generator) null));
    }

    @Test
    void backendNameRejectsNull() {
        NullPointerException thrown = assertThrows(NullPointerException.class, () -> BackendModules.named(null));
        assertMessageContains(thrown, "backend name is null", "available backends");
    }
}
