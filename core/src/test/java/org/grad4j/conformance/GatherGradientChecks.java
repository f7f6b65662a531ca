package org.grad4j.conformance;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The backward of index is a scatter-add, so each occurrence of a repeated index adds its own
 * gradient. A backward built on a plain scatter keeps only the last write and is silently wrong.
 * Values are hand-computed in FLOAT64 and compared within the FLOAT64 tolerance of
 * {@link ConformanceBase}.
 */
public abstract class GatherGradientChecks extends ConformanceBase {
    @Test
    void repeatedIndexAddsGradients() {
        Tensor x = f64(dims(1), 0.1).requiresGrad(true);
        Tensor y = x.index(longs(0, 0));
        y.backward(f64(dims(2), 0.2, 0.3));
        assertTensor(DType.FLOAT64, new double[] {0.5}, dims(1), x.grad());
    }

    @Test
    void repeatedIndexThroughWeightedSum() {
        Tensor x = f64(dims(1), 0.1).requiresGrad(true);
        x.index(longs(0, 0)).mul(f64(dims(2), 0.2, 0.3)).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {0.5}, dims(1), x.grad());
    }

    @Test
    void matrixOfIndicesCountsEachUse() {
        Tensor grid = f64(dims(3), 10, 20, 30).requiresGrad(true);
        Tensor out = grid.index(tensors().of(new long[][] {{0, 2}, {2, 2}}));
        assertTensor(DType.FLOAT64, new double[] {10, 30, 30, 30}, dims(2, 2), out);
        out.sum().backward();
        assertTensor(DType.FLOAT64, new double[] {1, 0, 3}, dims(3), grid.grad());
    }

    @Test
    void negativeIndicesAddToSameRow() {
        Tensor grid = f64(dims(3), 10, 20, 30).requiresGrad(true);
        Tensor out = grid.index(longs(-1, 0, -1));
        assertTensor(DType.FLOAT64, new double[] {30, 10, 30}, dims(3), out);
        out.sum().backward();
        assertTensor(DType.FLOAT64, new double[] {1, 0, 2}, dims(3), grid.grad());
    }

    @Test
    void repeatedRowsOfMatrix() {
        Tensor grid = f64(dims(3, 2), 1, 2, 3, 4, 5, 6).requiresGrad(true);
        grid.index(longs(1, 1, -2, 0)).mul(f64(dims(2), 1, 10)).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {1, 10, 3, 30, 0, 0}, dims(3, 2), grid.grad());
    }
}
