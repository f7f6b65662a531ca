package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.grad4j.nn.Parameter;
import org.grad4j.optim.Adam;
import org.grad4j.tensor.DType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Adam and AdamW follow PyTorch's rules: bias-corrected moments, eps added after the square root,
 * L2 decay folded into the gradient for Adam and decoupled decay w * (1 - lr * wd) for AdamW.
 * Values are hand-computed in float64 for a scalar parameter starting at 1 with lr 0.1, betas
 * (0.9, 0.999) and eps 1e-8. FLOAT64 runs must agree within 1e-9 relative. FLOAT32 runs must
 * agree within 2e-7 relative, about three float32 ulps. That holds only when the scalar factors
 * (1 - beta1^t, sqrt(1 - beta2^t), lr / (1 - beta1^t)) are computed in double. Computed in
 * float32, they move some of these weights by more than 1e-6 relative.
 */
public abstract class AdamChecks extends ConformanceBase {
    private Parameter scalarParameter(DType dtype) {
        return new Parameter(tensor(dtype, dims(), 1.0));
    }

    private void runSteps(Adam adam, Parameter w, double[] gradients, double[] expected) {
        double rtol = w.dtype() == DType.FLOAT64 ? 1e-9 : 2e-7;
        for (int t = 0; t < gradients.length; t++) {
            w.setGrad(tensor(w.dtype(), dims(), gradients[t]));
            adam.step();
            assertClose(new double[] {expected[t]}, w, new int[0], rtol, 0);
        }
    }

    private static Adam adam(Parameter w, double weightDecay, boolean decoupled) {
        return new Adam(List.of(w), 0.1, 0.9, 0.999, 1e-8, weightDecay, decoupled);
    }

    /** Without bias correction the weights would be 0.683772, 0.258813, -0.236210. */
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void biasCorrectedConstantGradient(DType dtype) {
        Parameter w = scalarParameter(dtype);
        runSteps(adam(w, 0, false), w, new double[] {0.5, 0.5, 0.5},
                new double[] {0.900000002, 0.800000004, 0.700000006});
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void changingGradients(DType dtype) {
        Parameter w = scalarParameter(dtype);
        runSteps(adam(w, 0, false), w, new double[] {0.5, -0.25, 1.0},
                new double[] {0.900000002, 0.873366299, 0.807555140});
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void l2WeightDecay(DType dtype) {
        Parameter w = scalarParameter(dtype);
        runSteps(adam(w, 0.1, false), w, new double[] {0.5, 0.5}, new double[] {0.9000000017, 0.8000473405});
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void decoupledWeightDecay(DType dtype) {
        Parameter w = scalarParameter(dtype);
        runSteps(adam(w, 0.1, true), w, new double[] {0.5, 0.5}, new double[] {0.890000002, 0.781100004});
    }

    @Test
    void elementsUpdateIndependently() {
        Parameter w = new Parameter(f64(dims(2), 1, 1));
        Adam adam = adam(w, 0, false);
        w.setGrad(f64(dims(2), 0.5, -0.25));
        adam.step();
        w.setGrad(f64(dims(2), -0.25, 0.5));
        adam.step();
        assertClose(new double[] {0.873366299, 1.063389644}, w, dims(2), 1e-9, 0);
    }

    @Test
    void sameParameterTwiceThrows() {
        Parameter w = scalarParameter(DType.FLOAT64);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Adam.adamW(List.of(w, w), 0.1));
        assertMessageContains(thrown, "Adam:", "parameters 0 and 1", "same parameter");
    }
}
