package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ops that rearrange elements without computing new values: reshape (with -1), unsqueeze,
 * squeeze, transpose, permute and expand, on every dtype and on views. Values are compared
 * exactly, because no arithmetic happens.
 */
public abstract class ShapeChecks extends ConformanceBase {
    private static final double[] M = {1, 2, 3, 4, 5, 6};

    @ParameterizedTest
    @EnumSource(DType.class)
    void reshapeKeepsRowMajorOrder(DType dtype) {
        Tensor x = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, M, dims(3, 2), x.reshape(3, 2));
        assertTensor(dtype, M, dims(6), x.reshape(-1));
        assertTensor(dtype, M, dims(3, 2), x.reshape(-1, 2));
        assertTensor(dtype, M, dims(1, 2, 3), x.reshape(1, -1, 3));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void reshapeOfViewFollowsLogicalOrder(Layout layout) {
        Tensor x = matrix(layout, DType.FLOAT64, 2, 3, M);
        assertTensor(DType.FLOAT64, M, dims(6), x.reshape(-1));
        assertTensor(DType.FLOAT64, M, dims(3, 2), x.reshape(3, 2));
    }

    @Test
    void reshapeOfTransposeReordersElements() {
        Tensor t = f64(dims(2, 3), M).transpose(0, 1);
        assertTensor(DType.FLOAT64, new double[] {1, 4, 2, 5, 3, 6}, dims(6), t.reshape(-1));
    }

    @Test
    void reshapeBetweenZeroDimAndOne() {
        assertTensor(DType.FLOAT64, new double[] {7}, dims(), f64(dims(1, 1), 7).reshape());
        assertTensor(DType.FLOAT64, new double[] {7}, dims(1), f64(7).reshape(-1));
    }

    @Test
    void reshapeOfEmptyInfersZero() {
        assertEquals(Shape.of(0, 3), f64(dims(3, 0)).reshape(-1, 3).shape());
        assertEquals(Shape.of(3, 0), f64(dims(0, 3)).reshape(3, -1).shape());
    }

    @Test
    void reshapeWithTwoUnknownsThrows() {
        Tensor x = f64(dims(2, 3), M);
        assertThrows(IllegalArgumentException.class, () -> x.reshape(-1, -1));
    }

    @Test
    void reshapeChangingCountThrows() {
        Tensor x = f64(dims(2, 3), M);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> x.reshape(4, 2));
        assertMessageContains(thrown, "reshape", "[2, 3]", "[4, 2]");
        assertThrows(IllegalArgumentException.class, () -> x.reshape(4, -1));
    }

    @Test
    void unsqueezeAtEachPosition() {
        Tensor x = f64(dims(2, 3), M);
        assertTensor(DType.FLOAT64, M, dims(1, 2, 3), x.unsqueeze(0));
        assertTensor(DType.FLOAT64, M, dims(2, 1, 3), x.unsqueeze(1));
        assertTensor(DType.FLOAT64, M, dims(2, 3, 1), x.unsqueeze(2));
        assertTensor(DType.FLOAT64, M, dims(2, 3, 1), x.unsqueeze(-1));
        assertTensor(DType.FLOAT64, M, dims(1, 2, 3), x.unsqueeze(-3));
    }

    @Test
    void unsqueezeOfZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {4}, dims(1), f64(4).unsqueeze(0));
    }

    @Test
    void unsqueezeOutOfRangeThrows() {
        Tensor x = f64(dims(2, 3), M);
        assertThrows(IndexOutOfBoundsException.class, () -> x.unsqueeze(3));
        assertThrows(IndexOutOfBoundsException.class, () -> x.unsqueeze(-4));
    }

    @Test
    void squeezeRemovesSizeOneOnly() {
        Tensor x = f64(dims(1, 3, 1), 1, 2, 3);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(3, 1), x.squeeze(0));
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(1, 3), x.squeeze(-1));
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(1, 3, 1), x.squeeze(1));
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(3), x.squeeze());
    }

    @Test
    void squeezeAllOfOnesGivesZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {5}, dims(), f64(dims(1, 1, 1), 5).squeeze());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void transposeSwapsDimensions(DType dtype) {
        Tensor x = tensor(dtype, dims(2, 3), M);
        assertTensor(dtype, new double[] {1, 4, 2, 5, 3, 6}, dims(3, 2), x.transpose(0, 1));
        assertTensor(dtype, new double[] {1, 4, 2, 5, 3, 6}, dims(3, 2), x.transpose(-1, -2));
    }

    @Test
    void transposeTwiceRestores() {
        Tensor x = f64(dims(2, 3), M);
        assertTensor(DType.FLOAT64, M, dims(2, 3), x.transpose(0, 1).transpose(1, 0));
    }

    @Test
    void transposeLastTwoOfBatch() {
        Tensor x = f64(dims(2, 2, 2), 1, 2, 3, 4, 5, 6, 7, 8);
        assertTensor(DType.FLOAT64, new double[] {1, 3, 2, 4, 5, 7, 6, 8}, dims(2, 2, 2), x.transpose(-1, -2));
    }

    /** Element [k, i, j] of x.permute(2, 0, 1) is element [i, j, k] of x, whose value is 12i + 4j + k. */
    @Test
    void permuteMovesEveryElement() {
        double[] values = new double[24];
        for (int i = 0; i < 24; i++) {
            values[i] = i;
        }
        Tensor permuted = f64(dims(2, 3, 4), values).permute(2, 0, 1);
        double[] expected = new double[24];
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    expected[k * 6 + i * 3 + j] = 12 * i + 4 * j + k;
                }
            }
        }
        assertTensor(DType.FLOAT64, expected, dims(4, 2, 3), permuted);
    }

    @Test
    void permuteWithNegativeAxes() {
        Tensor x = tensor(DType.INT64, dims(2, 3), M);
        assertTensor(DType.INT64, new double[] {1, 4, 2, 5, 3, 6}, dims(3, 2), x.permute(-1, 0));
    }

    @Test
    void permuteOfZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {3}, dims(), f64(3).permute());
    }

    @Test
    void permuteWithWrongAxesThrows() {
        Tensor x = f64(dims(2, 3), M);
        assertThrows(IllegalArgumentException.class, () -> x.permute(0));
        assertThrows(IllegalArgumentException.class, () -> x.permute(1, 1));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void expandRepeatsSizeOne(DType dtype) {
        assertTensor(dtype, new double[] {1, 2, 3, 1, 2, 3}, dims(2, 3), tensor(dtype, dims(3), 1, 2, 3).expand(2, 3));
        assertTensor(dtype, new double[] {1, 1, 1, 2, 2, 2}, dims(2, 3), tensor(dtype, dims(2, 1), 1, 2).expand(2, 3));
    }

    @Test
    void expandOfZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {9, 9, 9, 9}, dims(2, 2), f64(9).expand(2, 2));
    }

    @Test
    void expandToZeroSize() {
        assertTensor(DType.FLOAT64, new double[0], dims(0, 3), f64(dims(1, 3), 1, 2, 3).expand(0, 3));
    }

    @Test
    void expandOfTransposedView() {
        Tensor column = f64(dims(1, 2), 1, 2).transpose(0, 1);
        assertTensor(DType.FLOAT64, new double[] {1, 1, 1, 2, 2, 2}, dims(2, 3), column.expand(2, 3));
    }

    @Test
    void expandOfNonSingletonThrows() {
        Tensor x = f64(dims(2, 3), M);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> x.expand(4, 3));
        assertMessageContains(thrown, "expand", "[2, 3]", "[4, 3]");
        assertThrows(IllegalArgumentException.class, () -> x.expand(3));
    }

    /** With another size 0, any size for -1 gives 0 elements, so the size for -1 is ambiguous. */
    @Test
    void reshapeOfUnknownNextToZeroThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> f64(dims(0, 3)).reshape(0, -1));
        assertMessageContains(thrown, "reshape:", "[0, -1]", "any size", "explicitly");
    }
}
