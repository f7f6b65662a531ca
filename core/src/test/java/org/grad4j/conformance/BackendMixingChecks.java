package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.grad4j.data.TensorDataset;
import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Tensors of two backend instances never meet in a kernel: every op, in-place update, gradient,
 * loss and dataset that combines them throws {@link IllegalArgumentException} naming the op, both
 * backends and the fix, {@code tensor.to(backend)}. Two instances with the same name, as two
 * {@code new PureBackend()} calls give, are named as two instances of that backend. The second
 * backend is a {@link StorageOnlyBackend}, whose kernels fail the test if core runs one.
 */
public abstract class BackendMixingChecks extends ConformanceBase {
    /** Returns a factory on a second backend instance that has the name of the backend under test. */
    private Tensors sameNameFactory() {
        return new Tensors(new StorageOnlyBackend(backend().name()));
    }

    private void assertRejectsMix(String op, Executable call) {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, call, op);
        assertMessageContains(thrown, op + ":", "two different instances of the " + backend().name() + " backend",
                ".to(");
    }

    @Test
    void messageNamesBothBackendsByName() {
        Tensor foreign = new Tensors(new StorageOnlyBackend("other")).ones(2);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> tensors().ones(2).add(foreign));
        assertMessageContains(thrown, "add:", "different backends (" + backend().name() + " and other)",
                "tensor.to(backend)");
    }

    @Test
    void opsRejectOperandOfAnotherInstance() {
        Tensor x = tensors().ones(2, 2);
        Tensor foreign = sameNameFactory().ones(2, 2);
        assertRejectsMix("add", () -> x.add(foreign));
        assertRejectsMix("div", () -> x.div(foreign));
        assertRejectsMix("pow", () -> x.pow(foreign));
        assertRejectsMix("lt", () -> x.lt(foreign));
        assertRejectsMix("remainder", () -> x.remainder(foreign));
        assertRejectsMix("matmul", () -> x.matmul(foreign));
        assertRejectsMix("index", () -> x.index(sameNameFactory().of(0L)));
        assertRejectsMix("cat", () -> Tensor.cat(List.of(x, foreign), 0));
        assertRejectsMix("stack", () -> Tensor.stack(List.of(x, foreign), 0));
    }

    @Test
    void gradientsRejectTensorOfAnotherInstance() {
        Tensor x = tensors().ones(2).requiresGrad(true);
        Tensor foreignGradient = sameNameFactory().ones(2);
        assertRejectsMix("setGrad", () -> x.setGrad(foreignGradient));
        assertRejectsMix("backward", () -> x.mul(2.0).backward(foreignGradient));
    }

    @Test
    void inPlaceUpdatesRejectOperandOfAnotherInstance() {
        Parameter p = new Parameter(tensors().ones(2));
        Tensor foreign = sameNameFactory().ones(2);
        assertRejectsMix("add in place", () -> p.addInPlace(foreign));
        assertRejectsMix("sub in place", () -> p.subInPlace(foreign));
        assertRejectsMix("mul in place", () -> p.mulInPlace(foreign));
    }

    @Test
    void lossesRejectTargetOfAnotherInstance() {
        assertRejectsMix("MSELoss", () -> new MSELoss().forward(tensors().zeros(2), sameNameFactory().zeros(2)));
        assertRejectsMix("CrossEntropyLoss",
                () -> new CrossEntropyLoss().forward(tensors().zeros(1, 2), sameNameFactory().of(0L)));
    }

    @Test
    void datasetRejectsTensorOfAnotherInstance() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new TensorDataset(tensors().zeros(2, 3), sameNameFactory().zeros(2)));
        assertMessageContains(thrown, "TensorDataset:", "tensor 1",
                "two different instances of the " + backend().name() + " backend");
    }

    @Test
    void copyWithToMakesTheMixWork() {
        Tensor foreign = sameNameFactory().of(1.0, 2.0);
        Tensor sum = tensors().of(10.0, 20.0).add(foreign.to(backend()));
        assertTensor(DType.FLOAT64, new double[] {11, 22}, dims(2), sum);
    }
}
