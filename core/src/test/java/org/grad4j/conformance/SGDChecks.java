package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.grad4j.nn.Parameter;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.DType;
import org.junit.jupiter.api.Test;

/**
 * SGD follows PyTorch's rule: g = g + weightDecay * w; with momentum mu, the buffer is g on the
 * first step and mu * buf + (1 - dampening) * g later, and g becomes the buffer (or
 * g + mu * buf with Nesterov); then w = w - lr * g. Values are hand-computed for a scalar
 * parameter starting at 1 and compared within 1e-9 relative in FLOAT64 and 1e-6 in FLOAT32.
 */
public abstract class SGDChecks extends ConformanceBase {
    private static final double RTOL_FLOAT64 = 1e-9;

    private Parameter scalarParameter() {
        return new Parameter(f64(1.0));
    }

    private void stepWithGradient(SGD sgd, Parameter w, double gradient) {
        w.setGrad(f64(gradient));
        sgd.step();
    }

    private static void assertWeight(double expected, Parameter w) {
        assertClose(new double[] {expected}, w, new int[0], RTOL_FLOAT64, 0);
    }

    /** Skipping weight decay gives 0.95 and 0.90. */
    @Test
    void weightDecayWithoutMomentum() {
        Parameter w = scalarParameter();
        SGD sgd = new SGD(List.of(w), 0.1, 0, 0, 0.1, false);
        stepWithGradient(sgd, w, 0.5);
        assertWeight(0.94, w);
        stepWithGradient(sgd, w, 0.5);
        assertWeight(0.8806, w);
    }

    /** Dampening the first step gives 0.95 after it. */
    @Test
    void dampeningSkipsFirstStep() {
        Parameter w = scalarParameter();
        SGD sgd = new SGD(List.of(w), 0.1, 0.9, 0.5, 0, false);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.9, w);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.76, w);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.584, w);
    }

    @Test
    void momentumAccumulates() {
        Parameter w = scalarParameter();
        SGD sgd = new SGD(List.of(w), 0.1, 0.9, 0, 0, false);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.9, w);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.71, w);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.439, w);
    }

    /** f(w) = w^2, so the gradient 2w comes from backward on each step. */
    @Test
    void momentumWithWeightDecayOnSquare() {
        Parameter w = scalarParameter();
        SGD sgd = new SGD(List.of(w), 0.1, 0.9, 0, 0.01, false);
        double[] expected = {0.799, 0.457501, 0.058194199};
        for (double weight : expected) {
            sgd.zeroGrad();
            w.mul(w).backward();
            sgd.step();
            assertWeight(weight, w);
        }
    }

    /** With Nesterov, g = g + mu * buf: steps of 1.9 and 2.71. */
    @Test
    void nesterovLooksAhead() {
        Parameter w = scalarParameter();
        SGD sgd = new SGD(List.of(w), 0.1, 0.9, 0, 0, true);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.81, w);
        stepWithGradient(sgd, w, 1);
        assertWeight(0.539, w);
    }

    @Test
    void parameterWithoutGradientIsSkipped() {
        Parameter used = scalarParameter();
        Parameter unused = scalarParameter();
        SGD sgd = new SGD(List.of(used, unused), 0.5);
        stepWithGradient(sgd, used, 1);
        assertWeight(0.5, used);
        assertWeight(1.0, unused);
    }

    @Test
    void float32MatrixParameter() {
        Parameter w = new Parameter(tensors().fromArray(new float[] {1, 2, 3, 4}, 2, 2));
        SGD sgd = new SGD(List.of(w), 0.5, 0, 0, 0.5, false);
        w.setGrad(tensors().fromArray(new float[] {2, 0, -2, 1}, 2, 2));
        sgd.step();
        assertTensor(DType.FLOAT32, new double[] {-0.25, 1.5, 3.25, 2.5}, dims(2, 2), w);
    }

    /** Weight decay and momentum work on copies, so the stored gradient stays 1. */
    @Test
    void stepLeavesGradientUnchanged() {
        Parameter w = scalarParameter();
        SGD sgd = new SGD(List.of(w), 0.1, 0.9, 0, 0.1, false);
        stepWithGradient(sgd, w, 1);
        assertClose(new double[] {1}, w.grad(), new int[0], 0, 0);
        assertTrue(w.isLeaf(), "parameter is still a leaf");
        assertTrue(w.requiresGrad(), "parameter still requires grad");
        assertWeight(0.89, w);
    }

    /** A parameter listed twice would take two steps per step() call. */
    @Test
    void sameParameterTwiceThrows() {
        Parameter w = scalarParameter();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new SGD(List.of(w, scalarParameter(), w), 0.1));
        assertMessageContains(thrown, "SGD:", "parameters 0 and 2", "same parameter");
    }

    @Test
    void emptyParameterListThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> new SGD(List.of(), 0.1));
        assertMessageContains(thrown, "SGD:", "empty");
    }
}
