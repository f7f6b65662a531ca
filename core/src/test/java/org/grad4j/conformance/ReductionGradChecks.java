package org.grad4j.conformance;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of sum, mean, max and min over all elements, per dimension and with keepDim,
 * on contiguous, transposed and expanded inputs. Inputs of max and min contain distinct values, so
 * the central difference is defined. Ties are checked separately against the rule that they
 * share the gradient evenly. Tolerances are those of {@link GradCheck}.
 */
public abstract class ReductionGradChecks extends GradCheckBase {
    private static final double[] DISTINCT = {0.3, 1.9, -0.7, 1.1, -1.6, 0.8};

    @Test
    void sumGradient() {
        GradCheck.check(x -> x[0].sum(), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].sum(0, false), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].sum(1, true), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].sum(new int[] {0, 2}, false), sampleLeaf(dims(2, 3, 2), 0));
    }

    @Test
    void meanGradient() {
        GradCheck.check(x -> x[0].mean(), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].mean(-1, false), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].mean(0, true), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].mean(new int[] {1, 2}, true), sampleLeaf(dims(2, 3, 2), 0));
    }

    @Test
    void maxGradient() {
        GradCheck.check(x -> x[0].max(), leaf(dims(2, 3), DISTINCT));
        GradCheck.check(x -> x[0].max(0, false), leaf(dims(2, 3), DISTINCT));
        GradCheck.check(x -> x[0].max(1, true), leaf(dims(2, 3), DISTINCT));
    }

    @Test
    void minGradient() {
        GradCheck.check(x -> x[0].min(), leaf(dims(2, 3), DISTINCT));
        GradCheck.check(x -> x[0].min(1, false), leaf(dims(2, 3), DISTINCT));
        GradCheck.check(x -> x[0].min(0, true), leaf(dims(2, 3), DISTINCT));
    }

    @Test
    void reductionsOfTransposedLeaf() {
        GradCheck.check(x -> x[0].sum(0, false).mul(x[0].max(1, false).sum()), transposedLeaf(2, 3, DISTINCT));
        GradCheck.check(x -> x[0].mean(1, true).add(x[0].min(0, true)), transposedLeaf(2, 3, DISTINCT));
    }

    @Test
    void sumOfExpandedInput() {
        GradCheck.check(x -> x[0].expand(4, 3).mul(x[0]).sum(0, false), sampleLeaf(dims(3), 0));
    }

    @Test
    void reductionsOfZeroDim() {
        GradCheck.check(x -> x[0].sum().add(x[0].mean()).add(x[0].max()), leaf(dims(), 0.7));
    }

    @Test
    void maxTiesShareGradient() {
        Tensor x = f64(dims(2, 3), 1, 3, 3, 2, 2, 2).requiresGrad(true);
        x.max(1, false).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {0, 0.5, 0.5, 1.0 / 3, 1.0 / 3, 1.0 / 3}, dims(2, 3), x.grad());
    }

    @Test
    void minTiesShareGradient() {
        Tensor x = f64(dims(4), 1, 5, 1, 1).requiresGrad(true);
        x.min().backward();
        assertTensor(DType.FLOAT64, new double[] {1.0 / 3, 0, 1.0 / 3, 1.0 / 3}, dims(4), x.grad());
    }
}
