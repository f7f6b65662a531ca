package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.Reduction;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * CrossEntropyLoss over logits [N, C] and INT64 classes [N]. It works from log-softmax with the
 * row maximum m subtracted, loss = log(sum(exp(l - m))) - (l_t - m), so large float32 logits
 * neither overflow exp nor cancel the small differences that carry the loss, and a probability
 * that underflows to 0 never reaches a log. Tolerance: 1e-6 relative plus 1e-6 absolute.
 */
public abstract class CrossEntropyChecks extends ConformanceBase {
    private static final double RTOL = 1e-6;
    private static final double ATOL = 1e-6;

    private Tensor logits(float... values) {
        return tensors().fromArray(values, values.length / 2, 2);
    }

    private Tensor lossOf(Tensor logits, long... target) {
        return new CrossEntropyLoss().forward(logits, longs(target));
    }

    private Tensor gradientOf(float[] values, long... target) {
        Tensor logits = logits(values).requiresGrad(true);
        lossOf(logits, target).backward();
        return logits.grad();
    }

    @Test
    void equalLogitsGiveLogTwo() {
        for (float v : new float[] {1f, 1e4f, 1e6f, 1e8f}) {
            Tensor loss = lossOf(logits(v, v), 1);
            assertClose(new double[] {0.6931472}, loss, dims(), RTOL, ATOL);
        }
    }

    @Test
    void offsetLogitsKeepLoss() {
        for (float offset : new float[] {0f, 1e4f, 1e6f}) {
            Tensor loss = lossOf(logits(2 + offset, -1 + offset), 0);
            assertClose(new double[] {0.04858735}, loss, dims(), RTOL, ATOL);
        }
    }

    @Test
    void largeGapGivesGapAsLoss() {
        assertClose(new double[] {1000}, lossOf(logits(1000f, 0f), 1), dims(), RTOL, ATOL);
        assertClose(new double[] {1, -1}, gradientOf(new float[] {1000f, 0f}, 1), dims(1, 2), RTOL, ATOL);
    }

    @Test
    void meanOverRowsOfLargeGaps() {
        assertClose(new double[] {500}, lossOf(logits(1000f, 0f, 0f, 1000f), 0, 0), dims(), RTOL, ATOL);
    }

    @Test
    void hugeEqualLogitsGradient() {
        assertClose(new double[] {0.5, -0.5}, gradientOf(new float[] {1e8f, 1e8f}, 1), dims(1, 2), RTOL, ATOL);
    }

    /** A naive float32 softmax gives p = [1, 0] here, so log p is -inf and the gradient NaN. */
    @Test
    void underflowedClassStaysFinite() {
        assertClose(new double[] {200}, lossOf(logits(0f, -200f), 1), dims(), RTOL, ATOL);
        assertClose(new double[] {1, -1}, gradientOf(new float[] {0f, -200f}, 1), dims(1, 2), RTOL, ATOL);
    }

    /** The true loss, about 1.4e-87, is below float32's range, so 0 is the correct float32 result. */
    @Test
    void certainClassGivesZero() {
        assertClose(new double[] {0}, lossOf(logits(0f, -200f), 0), dims(), RTOL, ATOL);
        assertClose(new double[] {0, 0}, gradientOf(new float[] {0f, -200f}, 0), dims(1, 2), RTOL, ATOL);
    }

    @Test
    void threeClassValue() {
        Tensor loss = new CrossEntropyLoss().forward(f64(dims(1, 3), 1, 2, 3), longs(2));
        assertTensor(DType.FLOAT64, new double[] {0.40760596444438013}, dims(), loss);
    }

    @Test
    void reductionsOfTwoRows() {
        Tensor logits = f64(dims(2, 3), 0.5, -1.0, 2.0, 1.5, 0.0, -0.5);
        Tensor target = longs(0, 2);
        assertTensor(DType.FLOAT64, new double[] {2.023833504443152}, dims(),
                new CrossEntropyLoss().forward(logits, target));
        assertTensor(DType.FLOAT64, new double[] {4.047667008886304}, dims(),
                new CrossEntropyLoss(Reduction.SUM).forward(logits, target));
        assertTensor(DType.FLOAT64, new double[] {1.7413112966571571, 2.3063557122291467}, dims(2),
                new CrossEntropyLoss(Reduction.NONE).forward(logits, target));
    }

    /** The gradient of the mean is (softmax(l) - onehot(t)) / N. */
    @Test
    void meanGradientIsSoftmaxMinusOneHot() {
        Tensor logits = f64(dims(2, 3), 0.5, -1.0, 2.0, 1.5, 0.0, -0.5).requiresGrad(true);
        new CrossEntropyLoss().forward(logits, longs(0, 2)).backward();
        assertTensor(DType.FLOAT64, new double[] {-0.41235480392998164, 0.019556286635343728, 0.39279851729463794,
            0.36806236215629695, 0.08212581381254391, -0.45018817596884086}, dims(2, 3), logits.grad());
    }

    @Test
    void targetOutOfRangeThrows() {
        Tensor logits = f64(dims(2, 3), 0, 0, 0, 0, 0, 0);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new CrossEntropyLoss().forward(logits, longs(1, 3)));
        assertMessageContains(thrown, "CrossEntropyLoss", "3");
        assertThrows(IllegalArgumentException.class, () -> new CrossEntropyLoss().forward(logits, longs(-1, 0)));
    }

    @Test
    void floatingTargetThrows() {
        Tensor logits = f64(dims(2, 3), 0, 0, 0, 0, 0, 0);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new CrossEntropyLoss().forward(logits, f64(dims(2), 1, 0)));
        assertMessageContains(thrown, "CrossEntropyLoss", "int64");
    }

    @Test
    void targetLengthMismatchThrows() {
        Tensor logits = f64(dims(2, 3), 0, 0, 0, 0, 0, 0);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new CrossEntropyLoss().forward(logits, longs(1, 0, 2)));
        assertMessageContains(thrown, "CrossEntropyLoss", "[2, 3]", "[3]");
    }
}
