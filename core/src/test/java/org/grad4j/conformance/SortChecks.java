package org.grad4j.conformance;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Sorted;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * sort along a dimension: values and INT64 indices, stable in both directions (equal values keep
 * their input order), NaN last ascending and first descending, along any dimension of views.
 * Values are compared exactly.
 */
public abstract class SortChecks extends ConformanceBase {
    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    @ParameterizedTest
    @EnumSource(DType.class)
    void ascendingPerDtype(DType dtype) {
        Sorted sorted = tensor(dtype, dims(4), 3, -1, 2, 0).sort(0, false);
        assertTensor(dtype, new double[] {-1, 0, 2, 3}, dims(4), sorted.values());
        assertTensor(DType.INT64, new double[] {1, 3, 2, 0}, dims(4), sorted.indices());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void descendingPerDtype(DType dtype) {
        Sorted sorted = tensor(dtype, dims(4), 3, -1, 2, 0).sort(0, true);
        assertTensor(dtype, new double[] {3, 2, 0, -1}, dims(4), sorted.values());
        assertTensor(DType.INT64, new double[] {0, 2, 3, 1}, dims(4), sorted.indices());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void ascendingIsStable(DType dtype) {
        Sorted sorted = tensor(dtype, dims(5), 2, 1, 2, 1, 2).sort(0, false);
        assertTensor(dtype, new double[] {1, 1, 2, 2, 2}, dims(5), sorted.values());
        assertTensor(DType.INT64, new double[] {1, 3, 0, 2, 4}, dims(5), sorted.indices());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void descendingIsStable(DType dtype) {
        Sorted sorted = tensor(dtype, dims(5), 2, 1, 2, 1, 2).sort(0, true);
        assertTensor(dtype, new double[] {2, 2, 2, 1, 1}, dims(5), sorted.values());
        assertTensor(DType.INT64, new double[] {0, 2, 4, 1, 3}, dims(5), sorted.indices());
    }

    /** -0.0 and 0.0 are equal values, so a stable sort keeps them in input order. */
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void signedZerosAreEqual(DType dtype) {
        Tensor x = tensor(dtype, dims(4), 0.0, -0.0, 0.0, -0.0);
        assertTensor(DType.INT64, new double[] {0, 1, 2, 3}, dims(4), x.sort(0, false).indices());
        assertTensor(DType.INT64, new double[] {0, 1, 2, 3}, dims(4), x.sort(0, true).indices());
    }

    @Test
    void nanSortsLastAscending() {
        Sorted sorted = f64(dims(5), NAN, 1, NAN, -INF, INF).sort(0, false);
        assertTensor(DType.FLOAT64, new double[] {-INF, 1, INF, NAN, NAN}, dims(5), sorted.values());
        assertTensor(DType.INT64, new double[] {3, 1, 4, 0, 2}, dims(5), sorted.indices());
    }

    @Test
    void nanSortsFirstDescending() {
        Sorted sorted = f64(dims(5), NAN, 1, NAN, -INF, INF).sort(0, true);
        assertTensor(DType.FLOAT64, new double[] {NAN, NAN, INF, 1, -INF}, dims(5), sorted.values());
        assertTensor(DType.INT64, new double[] {0, 2, 4, 1, 3}, dims(5), sorted.indices());
    }

    @Test
    void sortEachRow() {
        Sorted sorted = f64(dims(2, 3), 3, 1, 2, 0, 5, 4).sort(1, false);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3, 0, 4, 5}, dims(2, 3), sorted.values());
        assertTensor(DType.INT64, new double[] {1, 2, 0, 0, 2, 1}, dims(2, 3), sorted.indices());
    }

    @Test
    void sortEachColumn() {
        Sorted sorted = f64(dims(2, 3), 3, 1, 2, 0, 5, 4).sort(0, true);
        assertTensor(DType.FLOAT64, new double[] {3, 5, 4, 0, 1, 2}, dims(2, 3), sorted.values());
        assertTensor(DType.INT64, new double[] {0, 1, 1, 1, 0, 0}, dims(2, 3), sorted.indices());
    }

    @Test
    void sortAlongNegativeDimension() {
        Sorted sorted = f64(dims(2, 3), 3, 1, 2, 0, 5, 4).sort(-1, true);
        assertTensor(DType.FLOAT64, new double[] {3, 2, 1, 5, 4, 0}, dims(2, 3), sorted.values());
    }

    @Test
    void sortMiddleDimensionOfThree() {
        Sorted sorted = f64(dims(2, 2, 2), 4, 1, 3, 2, 5, 8, 6, 7).sort(1, false);
        assertTensor(DType.FLOAT64, new double[] {3, 1, 4, 2, 5, 7, 6, 8}, dims(2, 2, 2), sorted.values());
        assertTensor(DType.INT64, new double[] {1, 0, 0, 1, 0, 1, 1, 0}, dims(2, 2, 2), sorted.indices());
    }

    @Test
    void sortOfViews() {
        Tensor t = matrix(Layout.TRANSPOSED, DType.FLOAT64, 2, 3, 3, 1, 2, 0, 5, 4);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3, 0, 4, 5}, dims(2, 3), t.sort(1, false).values());
        Tensor s = matrix(Layout.STRIDED, DType.FLOAT64, 2, 3, 3, 1, 2, 0, 5, 4);
        assertTensor(DType.INT64, new double[] {1, 2, 0, 0, 2, 1}, dims(2, 3), s.sort(1, false).indices());
    }

    @Test
    void sortOfExpandedView() {
        Tensor x = f64(dims(3), 2, 0, 1).expand(2, 3);
        assertTensor(DType.FLOAT64, new double[] {0, 1, 2, 0, 1, 2}, dims(2, 3), x.sort(1, false).values());
    }

    @Test
    void sortOfEmptyAndSizeOne() {
        assertTensor(DType.FLOAT64, new double[0], dims(2, 0), f64(dims(2, 0)).sort(1, false).values());
        assertTensor(DType.INT64, new double[] {0, 0}, dims(2, 1), f64(dims(2, 1), 5, 6).sort(1, false).indices());
    }

    @Test
    void sortLeavesInputUnchanged() {
        Tensor x = f64(dims(3), 3, 1, 2);
        x.sort(0, false);
        assertTensor(DType.FLOAT64, new double[] {3, 1, 2}, dims(3), x);
    }
}
