package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * index gathers rows by an INT64 tensor X of any shape; the result has shape
 * {@code X.shape + source.shape[1:]}. An index i is valid for a dimension of size n when
 * -n &lt;= i &lt; n, negative indices count from the end, and any other index throws: it is never
 * clamped to a real-looking row. Values are compared exactly.
 */
public abstract class IndexChecks extends ConformanceBase {
    /** [[1, 2, 3], [4, 5, 6], [7, 8, 9]]. */
    private static final double[] GRID = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    @ParameterizedTest
    @EnumSource(DType.class)
    void rowsByVectorPerDtype(DType dtype) {
        Tensor grid = tensor(dtype, dims(3, 3), GRID);
        assertTensor(dtype, new double[] {7, 8, 9, 1, 2, 3}, dims(2, 3), grid.index(longs(2, 0)));
    }

    @Test
    void rowsByMatrixOfIndices() {
        Tensor grid = f64(dims(3, 3), GRID);
        Tensor x = tensors().of(new long[][] {{0, 2}, {1, 1}});
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3, 7, 8, 9, 4, 5, 6, 4, 5, 6}, dims(2, 2, 3), grid.index(x));
    }

    @Test
    void vectorByMatrixOfIndices() {
        Tensor grid = f64(dims(3), 10, 20, 30);
        Tensor x = tensors().of(new long[][] {{0, 2}, {2, 2}});
        assertTensor(DType.FLOAT64, new double[] {10, 30, 30, 30}, dims(2, 2), grid.index(x));
    }

    @Test
    void rowByZeroDimIndex() {
        Tensor grid = f64(dims(3, 3), GRID);
        Tensor x = tensors().fromArray(new long[] {1}, new int[0]);
        assertTensor(DType.FLOAT64, new double[] {4, 5, 6}, dims(3), grid.index(x));
    }

    @Test
    void negativeIndicesCountFromEnd() {
        Tensor grid = f64(dims(3), 10, 20, 30);
        assertTensor(DType.FLOAT64, new double[] {30, 10, 30}, dims(3), grid.index(longs(-1, 0, -1)));
    }

    @Test
    void lastValidIndexGivesLastRow() {
        assertTensor(DType.FLOAT64, new double[] {7, 8, 9}, dims(1, 3), f64(dims(3, 3), GRID).index(longs(2)));
    }

    @Test
    void lowestNegativeIndexGivesFirstRow() {
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(1, 3), f64(dims(3, 3), GRID).index(longs(-3)));
    }

    @Test
    void indexPastEndThrows() {
        Tensor grid = f64(dims(3, 3), GRID);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class, () -> grid.index(longs(4)));
        assertMessageContains(thrown, "index 4", "dimension 0", "size 3");
    }

    @Test
    void indexEqualToSizeThrows() {
        Tensor grid = f64(dims(3, 3), GRID);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class, () -> grid.index(longs(3)));
        assertMessageContains(thrown, "index 3", "dimension 0", "size 3");
    }

    @Test
    void indexBelowNegativeSizeThrows() {
        Tensor grid = f64(dims(3, 3), GRID);
        IndexOutOfBoundsException alone = assertThrows(IndexOutOfBoundsException.class, () -> grid.index(longs(-4)));
        assertMessageContains(alone, "index -4", "dimension 0", "size 3");
        IndexOutOfBoundsException afterValid = assertThrows(IndexOutOfBoundsException.class,
                () -> grid.index(longs(0, -4)));
        assertMessageContains(afterValid, "index -4", "dimension 0", "size 3");
    }

    /** The view's buffer goes on past its last row, so only a per-dimension check catches this. */
    @Test
    void indexPastEndOfViewThrows() {
        Tensor firstTwoRows = f64(dims(3, 3), GRID).slice(0, 0, 2);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> firstTwoRows.index(longs(2)));
        assertMessageContains(thrown, "index 2", "size 2");
    }

    @Test
    void emptyIndexGivesNoRows() {
        Tensor grid = f64(dims(3, 3), GRID);
        assertTensor(DType.FLOAT64, new double[0], dims(0, 3), grid.index(tensors().of(new long[0])));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void sourceOnEveryLayout(Layout layout) {
        Tensor grid = matrix(layout, DType.FLOAT32, 3, 3, GRID);
        assertTensor(DType.FLOAT32, new double[] {4, 5, 6, 4, 5, 6, 1, 2, 3}, dims(3, 3), grid.index(longs(1, -2, 0)));
    }

    @Test
    void indexTensorAsView() {
        Tensor grid = f64(dims(3), 10, 20, 30);
        Tensor strided = longs(2, 9, 0, 9, 1).slice(0, 0, 5, 2);
        assertTensor(DType.FLOAT64, new double[] {30, 10, 20}, dims(3), grid.index(strided));
        Tensor expanded = longs(2).expand(2, 2);
        assertTensor(DType.FLOAT64, new double[] {30, 30, 30, 30}, dims(2, 2), grid.index(expanded));
        Tensor transposed = tensors().of(new long[][] {{0, 1}, {2, 0}}).transpose(0, 1);
        assertTensor(DType.FLOAT64, new double[] {10, 30, 20, 10}, dims(2, 2), grid.index(transposed));
    }

    @Test
    void floatingIndexThrows() {
        Tensor grid = f64(dims(3), 10, 20, 30);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> grid.index(tensors().of(1.0)));
        assertMessageContains(thrown, "index", "int64");
    }

    @Test
    void zeroDimSourceThrows() {
        assertThrows(IllegalArgumentException.class, () -> f64(5).index(longs(0)));
    }

    @Test
    void sourceLeftUnchanged() {
        Tensor grid = f64(dims(3), 10, 20, 30);
        grid.index(longs(2, 2, 0));
        assertTensor(DType.FLOAT64, new double[] {10, 20, 30}, dims(3), grid);
    }
}
