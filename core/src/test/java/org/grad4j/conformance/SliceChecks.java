package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * slice (with a step and negative bounds), select and get, which return views with an offset and
 * strides. Bounds outside the dimension throw, unlike Python's clamping. Values are compared
 * exactly.
 */
public abstract class SliceChecks extends ConformanceBase {
    /** [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]. */
    private static final double[] GRID = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

    @ParameterizedTest
    @EnumSource(DType.class)
    void sliceColumnsPerDtype(DType dtype) {
        Tensor grid = tensor(dtype, dims(3, 4), GRID);
        assertTensor(dtype, new double[] {1, 2, 5, 6, 9, 10}, dims(3, 2), grid.slice(1, 1, 3));
    }

    @Test
    void sliceRows() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertTensor(DType.FLOAT64, new double[] {4, 5, 6, 7, 8, 9, 10, 11}, dims(2, 4), grid.slice(0, 1, 3));
    }

    @Test
    void sliceWithStep() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertTensor(DType.FLOAT64, new double[] {0, 2, 4, 6, 8, 10}, dims(3, 2), grid.slice(1, 0, 4, 2));
        assertTensor(DType.FLOAT64, new double[] {1, 9}, dims(2, 1), grid.slice(0, 0, 3, 2).slice(1, 1, 4, 3));
        assertTensor(DType.FLOAT64, new double[] {0, 4, 8}, dims(3, 1), grid.slice(1, 0, 4, 5));
    }

    @Test
    void sliceWithNegativeBounds() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertTensor(DType.FLOAT64, new double[] {2, 6, 10}, dims(3, 1), grid.slice(-1, -2, -1));
        assertTensor(DType.FLOAT64, new double[] {8, 9, 10, 11}, dims(1, 4), grid.slice(0, -1, 3));
    }

    @Test
    void sliceOfSliceKeepsOffsets() {
        Tensor grid = f64(dims(3, 4), GRID);
        Tensor inner = grid.slice(0, 1, 3).slice(1, 1, 4).slice(1, 1, 3);
        assertTensor(DType.FLOAT64, new double[] {6, 7, 10, 11}, dims(2, 2), inner);
    }

    @Test
    void sliceOfTransposedView() {
        Tensor columns = f64(dims(3, 4), GRID).transpose(0, 1).slice(0, 1, 4, 2);
        assertTensor(DType.FLOAT64, new double[] {1, 5, 9, 3, 7, 11}, dims(2, 3), columns);
    }

    @Test
    void emptySlice() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertTensor(DType.FLOAT64, new double[0], dims(3, 0), grid.slice(1, 2, 2));
        assertTensor(DType.FLOAT64, new double[0], dims(0, 4), grid.slice(0, 3, 3));
    }

    @Test
    void sliceOutOfBoundsThrows() {
        Tensor grid = f64(dims(3, 4), GRID);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class, () -> grid.slice(1, 0, 5));
        assertMessageContains(thrown, "slice", "5", "size 4");
        assertThrows(IndexOutOfBoundsException.class, () -> grid.slice(0, -4, 1));
    }

    @Test
    void sliceWithEndBeforeStartThrows() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertThrows(IllegalArgumentException.class, () -> grid.slice(1, 3, 1));
    }

    @Test
    void sliceWithNonPositiveStepThrows() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertThrows(IllegalArgumentException.class, () -> grid.slice(1, 0, 4, 0));
        assertThrows(IllegalArgumentException.class, () -> grid.slice(1, 0, 4, -1));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void selectRowAndColumn(DType dtype) {
        Tensor grid = tensor(dtype, dims(3, 4), GRID);
        assertTensor(dtype, new double[] {4, 5, 6, 7}, dims(4), grid.select(0, 1));
        assertTensor(dtype, new double[] {2, 6, 10}, dims(3), grid.select(1, 2));
        assertTensor(dtype, new double[] {3, 7, 11}, dims(3), grid.select(-1, -1));
    }

    @Test
    void selectOfVectorGivesZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {20}, dims(), f64(dims(3), 10, 20, 30).select(0, 1));
    }

    @Test
    void getCountsNegativeFromEnd() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertTensor(DType.FLOAT64, new double[] {0, 1, 2, 3}, dims(4), grid.get(0));
        assertTensor(DType.FLOAT64, new double[] {8, 9, 10, 11}, dims(4), grid.get(-1));
        assertTensor(DType.FLOAT64, new double[] {0, 1, 2, 3}, dims(4), grid.get(-3));
    }

    @Test
    void selectOutOfRangeThrows() {
        Tensor grid = f64(dims(3, 4), GRID);
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class, () -> grid.select(1, 4));
        assertMessageContains(thrown, "index 4", "dimension 1", "size 4");
        assertThrows(IndexOutOfBoundsException.class, () -> grid.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.get(-4));
    }

    @Test
    void getOfSliceStaysInsideView() {
        Tensor rows = f64(dims(3, 4), GRID).slice(0, 0, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(2));
    }

    @Test
    void sliceWithHugeStepTakesFirstPosition() {
        Tensor grid = f64(dims(3, 4), GRID);
        assertTensor(DType.FLOAT64, new double[] {1, 5, 9}, dims(3, 1), grid.slice(1, 1, 4, Integer.MAX_VALUE));
        assertTensor(DType.FLOAT64, new double[] {8, 9, 10, 11}, dims(1, 4),
                grid.slice(0, 2, 3, Integer.MAX_VALUE - 1));
    }
}
