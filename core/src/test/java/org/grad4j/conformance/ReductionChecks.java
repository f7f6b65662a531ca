package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * sum, mean, max and min over all elements, over chosen dimensions and with keepDim, on empty,
 * 0-d and non-contiguous inputs. FLOAT32 sums and means accumulate in float64 and round once,
 * so large sums stay exact to float32 rounding. Tolerances are those of {@link ConformanceBase}
 * unless a check states its own.
 */
public abstract class ReductionChecks extends ConformanceBase {
    /** [[1, 5, 3], [4, 2, 6]]: row sums 9 and 12, column sums 5, 7, 9. */
    private static final double[] M = {1, 5, 3, 4, 2, 6};

    @ParameterizedTest
    @EnumSource(DType.class)
    void sumOfAllElements(DType dtype) {
        assertTensor(dtype, new double[] {21}, dims(), tensor(dtype, dims(2, 3), M).sum());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void sumPerDimension(DType dtype) {
        Tensor m = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, new double[] {5, 7, 9}, dims(3), m.sum(0, false));
        assertTensor(dtype, new double[] {9, 12}, dims(2), m.sum(1, false));
        assertTensor(dtype, new double[] {9, 12}, dims(2), m.sum(-1, false));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void sumKeepsDimensions(DType dtype) {
        Tensor m = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, new double[] {5, 7, 9}, dims(1, 3), m.sum(0, true));
        assertTensor(dtype, new double[] {9, 12}, dims(2, 1), m.sum(1, true));
        assertTensor(dtype, new double[] {21}, dims(1, 1), m.sum(new int[] {0, 1}, true));
    }

    @Test
    void sumOverTwoOfThreeDimensions() {
        Tensor x = f64(dims(2, 2, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertTensor(DType.FLOAT64, new double[] {22, 26, 30}, dims(3), x.sum(new int[] {0, 1}, false));
        assertTensor(DType.FLOAT64, new double[] {30, 48}, dims(1, 2, 1), x.sum(new int[] {2, 0}, true));
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void meanOfAllAndPerDimension(DType dtype) {
        Tensor m = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, new double[] {3.5}, dims(), m.mean());
        assertTensor(dtype, new double[] {2.5, 3.5, 4.5}, dims(3), m.mean(0, false));
        assertTensor(dtype, new double[] {3, 4}, dims(2, 1), m.mean(1, true));
        assertTensor(dtype, new double[] {3.5}, dims(1, 1), m.mean(new int[] {1, 0}, true));
    }

    @Test
    void meanOfInt64Throws() {
        Tensor m = tensor(DType.INT64, dims(2, 3), M);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, m::mean);
        assertMessageContains(thrown, "mean", "int64");
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void maxAndMinOfAll(DType dtype) {
        Tensor m = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, new double[] {6}, dims(), m.max());
        assertTensor(dtype, new double[] {1}, dims(), m.min());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void maxAndMinPerDimension(DType dtype) {
        Tensor m = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, new double[] {4, 5, 6}, dims(3), m.max(0, false));
        assertTensor(dtype, new double[] {5, 6}, dims(2, 1), m.max(1, true));
        assertTensor(dtype, new double[] {1, 2, 3}, dims(1, 3), m.min(0, true));
        assertTensor(dtype, new double[] {1, 2}, dims(2), m.min(-1, false));
    }

    @Test
    void maxAndMinOfNegativeValues() {
        Tensor x = f64(dims(3), -5, -2, -9);
        assertTensor(DType.FLOAT64, new double[] {-2}, dims(), x.max());
        assertTensor(DType.FLOAT64, new double[] {-9}, dims(), x.min());
    }

    @Test
    void maxAndMinPropagateNaN() {
        Tensor x = f64(dims(2, 2), 1, Double.NaN, 3, 4);
        assertTensor(DType.FLOAT64, new double[] {Double.NaN, 4}, dims(2), x.max(1, false));
        assertTensor(DType.FLOAT64, new double[] {Double.NaN, 3}, dims(2), x.min(1, false));
        assertTensor(DType.FLOAT64, new double[] {Double.NaN}, dims(), x.max());
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void reductionsOnEveryLayout(Layout layout) {
        Tensor m = matrix(layout, DType.FLOAT64, 2, 3, M);
        assertTensor(DType.FLOAT64, new double[] {5, 7, 9}, dims(3), m.sum(0, false));
        assertTensor(DType.FLOAT64, new double[] {3, 4}, dims(2), m.mean(1, false));
        assertTensor(DType.FLOAT64, new double[] {5, 6}, dims(2), m.max(1, false));
        assertTensor(DType.FLOAT64, new double[] {1}, dims(), m.min());
    }

    @Test
    void sumOfExpandedView() {
        Tensor x = f64(dims(3), 1, 2, 3).expand(4, 3);
        assertTensor(DType.FLOAT64, new double[] {24}, dims(), x.sum());
        assertTensor(DType.FLOAT64, new double[] {4, 8, 12}, dims(3), x.sum(0, false));
    }

    @Test
    void reductionsOfZeroDim() {
        Tensor x = f64(2.5);
        assertTensor(DType.FLOAT64, new double[] {2.5}, dims(), x.sum());
        assertTensor(DType.FLOAT64, new double[] {2.5}, dims(), x.mean());
        assertTensor(DType.FLOAT64, new double[] {2.5}, dims(), x.max());
    }

    @Test
    void sumOfEmptyIsZero() {
        assertTensor(DType.FLOAT64, new double[] {0}, dims(), f64(dims(0)).sum());
        assertTensor(DType.INT64, new double[] {0, 0, 0}, dims(3), tensor(DType.INT64, dims(0, 3)).sum(0, false));
    }

    @Test
    void meanOfEmptyIsNaN() {
        assertTensor(DType.FLOAT64, new double[] {Double.NaN}, dims(), f64(dims(0)).mean());
    }

    @Test
    void maxOfEmptyThrows() {
        Tensor empty = f64(dims(0, 3));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, empty::max);
        assertMessageContains(thrown, "max", "[0, 3]");
        assertThrows(IllegalArgumentException.class, () -> empty.min(0, false));
    }

    @Test
    void maxAlongNonEmptyDimensionOfEmpty() {
        assertTensor(DType.FLOAT64, new double[0], dims(0), f64(dims(0, 3)).max(1, false));
    }

    @Test
    void sizeOneDimensionReduces() {
        Tensor x = f64(dims(1, 3), 1, 2, 3);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(3), x.sum(0, false));
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(1, 3), x.max(0, true));
    }

    @Test
    void repeatedDimensionThrows() {
        Tensor m = f64(dims(2, 3), M);
        assertThrows(IllegalArgumentException.class, () -> m.sum(new int[] {1, -1}, false));
    }

    @Test
    void dimensionOutOfRangeThrows() {
        Tensor m = f64(dims(2, 3), M);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class, () -> m.sum(2, false));
        assertMessageContains(thrown, "sum", "2", "rank 2");
    }

    /** A sequential float32 loop gives 100958.34 here, about 1% off. Tolerance: 1e-6 relative. */
    @Test
    void float32MillionSumIsExact() {
        Tensor x = tensors().full(0.1, DType.FLOAT32, 1_000_000);
        assertClose(new double[] {100000.0}, x.sum(), dims(), 1e-6, 0);
    }

    @Test
    void float32MillionMeanIsExact() {
        Tensor x = tensors().full(0.1, DType.FLOAT32, 1_000_000);
        assertClose(new double[] {0.1}, x.mean(), dims(), 1e-6, 0);
    }

    /** A sequential float32 loop gives 140084.78 here. Tolerance: 1e-6 relative. */
    @Test
    void float32LargeSumPerDimension() {
        Tensor x = tensors().full(0.1, DType.FLOAT32, 1_392_640);
        assertClose(new double[] {139264.0}, x.sum(), dims(), 1e-6, 0);
        Tensor rows = x.reshape(2, 696_320);
        assertClose(new double[] {69632.0, 69632.0}, rows.sum(1, false), dims(2), 1e-6, 0);
    }
}
