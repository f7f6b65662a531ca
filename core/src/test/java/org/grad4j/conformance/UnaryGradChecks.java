package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of the functions of one operand, of clamp and relu, and of cast, on
 * contiguous and transposed leaves. Inputs stay at least 0.1 away from kinks and from integers
 * where floor, ceil and sign jump. Tolerances are those of {@link GradCheck}, except for cast,
 * whose gradient is compared exactly.
 */
public abstract class UnaryGradChecks extends GradCheckBase {
    private static final double[] SIGNED = {-1.5, 0.7, 2.3, -0.4, 1.2, -2.6};

    private Tensor signed() {
        return leaf(dims(2, 3), SIGNED);
    }

    private Tensor positive() {
        return sampleLeaf(dims(2, 3), 0);
    }

    @Test
    void expGradient() {
        GradCheck.check(x -> x[0].exp(), signed());
    }

    @Test
    void logGradient() {
        GradCheck.check(x -> x[0].log(), positive());
    }

    @Test
    void sqrtGradient() {
        GradCheck.check(x -> x[0].sqrt(), positive());
    }

    @Test
    void sinGradient() {
        GradCheck.check(x -> x[0].sin(), signed());
    }

    @Test
    void cosGradient() {
        GradCheck.check(x -> x[0].cos(), signed());
    }

    @Test
    void tanhGradient() {
        GradCheck.check(x -> x[0].tanh(), signed());
    }

    @Test
    void absGradient() {
        GradCheck.check(x -> x[0].abs(), signed());
    }

    @Test
    void reluGradient() {
        GradCheck.check(x -> x[0].relu(), signed());
    }

    @Test
    void signFloorCeilHaveZeroGradient() {
        GradCheck.check(x -> x[0].sign().add(x[0].floor()).add(x[0].ceil()), signed());
    }

    @Test
    void clampGradient() {
        GradCheck.check(x -> x[0].clamp(-1, 1), signed());
    }

    @Test
    void functionsOfTransposedLeaf() {
        Tensor x = transposedLeaf(2, 3, SIGNED);
        GradCheck.check(t -> t[0].exp().add(t[0].sin()).mul(t[0].tanh()).add(t[0].abs().sqrt()), x);
    }

    @Test
    void functionsOfExpandedInput() {
        GradCheck.check(t -> t[0].expand(3, 2).cos().mul(t[0].expand(3, 2).exp()), leaf(dims(2), 0.3, -0.8));
    }

    @Test
    void castPassesGradientBack() {
        Tensor x = f64(dims(3), 1, 2, 3).requiresGrad(true);
        x.cast(DType.FLOAT32).mul(tensors().of(0.5f, -2f, 4f)).sum().backward();
        assertEquals(DType.FLOAT64, x.grad().dtype());
        assertTensor(DType.FLOAT64, new double[] {0.5, -2, 4}, dims(3), x.grad());
    }

    /** As PyTorch's clamp, the gradient is 1 on the closed interval [min, max], bounds included. */
    @Test
    void clampGradientAtBoundsIsOne() {
        Tensor x = f64(dims(5), 0, 0.5, 1, -1, 2).requiresGrad(true);
        x.clamp(0, 1).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {1, 1, 1, 0, 0}, dims(5), x.grad());
    }

    @Test
    void reluGradientAtZeroIsZero() {
        Tensor x = f64(dims(3), -1, 0, 1).requiresGrad(true);
        x.relu().sum().backward();
        assertTensor(DType.FLOAT64, new double[] {0, 0, 1}, dims(3), x.grad());
    }
}
