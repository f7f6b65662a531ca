package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * matmul with the semantics of {@code torch.matmul}: 2-D, batched, broadcast batch dimensions
 * and 1-D operands, against hand-computed products; and the messages of shapes that cannot be
 * multiplied, which name matmul and both shapes. Tolerances are those of {@link ConformanceBase}.
 */
public abstract class MatmulChecks extends ConformanceBase {
    private static final double[] LEFT = {1, 2, 3, 4, 5, 6};
    private static final double[] RIGHT = {7, 8, 9, 10, 11, 12};
    private static final double[] PRODUCT = {58, 64, 139, 154};

    /** Two 2 x 2 matrices stacked: [[1, 2], [3, 4]] and [[5, 6], [7, 8]]. */
    private static final double[] BATCH_A = {1, 2, 3, 4, 5, 6, 7, 8};
    /** Two 2 x 2 matrices stacked: [[2, 0], [1, 1]] and [[0, 1], [1, 0]]. */
    private static final double[] BATCH_B = {2, 0, 1, 1, 0, 1, 1, 0};

    @ParameterizedTest
    @EnumSource(DType.class)
    void twoDimensionalPerDtype(DType dtype) {
        Tensor product = tensor(dtype, dims(2, 3), LEFT).matmul(tensor(dtype, dims(3, 2), RIGHT));
        assertTensor(dtype, PRODUCT, dims(2, 2), product);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void leftOperandOnEveryLayout(Layout layout) {
        Tensor product = matrix(layout, DType.FLOAT64, 2, 3, LEFT).matmul(f64(dims(3, 2), RIGHT));
        assertTensor(DType.FLOAT64, PRODUCT, dims(2, 2), product);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void rightOperandOnEveryLayout(Layout layout) {
        Tensor product = tensor(DType.FLOAT32, dims(2, 3), LEFT).matmul(matrix(layout, DType.FLOAT32, 3, 2, RIGHT));
        assertTensor(DType.FLOAT32, PRODUCT, dims(2, 2), product);
    }

    @Test
    void expandedRightOperand() {
        Tensor column = f64(dims(3, 1), 1, 0, -1).expand(3, 2);
        assertTensor(DType.FLOAT64, new double[] {-2, -2, -2, -2}, dims(2, 2), f64(dims(2, 3), LEFT).matmul(column));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void batchedPerDtype(DType dtype) {
        Tensor product = tensor(dtype, dims(2, 2, 2), BATCH_A).matmul(tensor(dtype, dims(2, 2, 2), BATCH_B));
        assertTensor(dtype, new double[] {4, 2, 10, 4, 6, 5, 8, 7}, dims(2, 2, 2), product);
    }

    @Test
    void batchedRightBroadcast() {
        Tensor b0 = f64(dims(2, 2), 2, 0, 1, 1);
        Tensor product = f64(dims(2, 2, 2), BATCH_A).matmul(b0);
        assertTensor(DType.FLOAT64, new double[] {4, 2, 10, 4, 16, 6, 22, 8}, dims(2, 2, 2), product);
    }

    @Test
    void batchedLeftBroadcast() {
        Tensor a0 = f64(dims(1, 2, 2), 1, 2, 3, 4);
        Tensor product = a0.matmul(f64(dims(2, 2, 2), BATCH_B));
        assertTensor(DType.FLOAT64, new double[] {4, 2, 10, 4, 2, 1, 4, 3}, dims(2, 2, 2), product);
    }

    @Test
    void batchDimensionsBroadcastBothWays() {
        Tensor a = f64(dims(2, 1, 1, 2), 1, 0, 0, 1);
        Tensor b = f64(dims(3, 2, 1), 1, 2, 3, 4, 5, 6);
        Tensor product = a.matmul(b);
        assertTensor(DType.FLOAT64, new double[] {1, 3, 5, 2, 4, 6}, dims(2, 3, 1, 1), product);
    }

    @Test
    void vectorTimesVectorIsZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {32}, dims(), f64(dims(3), 1, 2, 3).matmul(f64(dims(3), 4, 5, 6)));
    }

    @Test
    void vectorTimesMatrix() {
        Tensor product = f64(dims(2), 1, 2).matmul(f64(dims(2, 3), LEFT));
        assertTensor(DType.FLOAT64, new double[] {9, 12, 15}, dims(3), product);
    }

    @Test
    void matrixTimesVector() {
        Tensor product = f64(dims(2, 3), LEFT).matmul(f64(dims(3), 1, 0, -1));
        assertTensor(DType.FLOAT64, new double[] {-2, -2}, dims(2), product);
    }

    @Test
    void vectorTimesBatch() {
        Tensor product = f64(dims(2), 1, 1).matmul(f64(dims(2, 2, 2), BATCH_A));
        assertTensor(DType.FLOAT64, new double[] {4, 6, 12, 14}, dims(2, 2), product);
    }

    @Test
    void batchTimesVector() {
        Tensor product = f64(dims(2, 2, 2), BATCH_A).matmul(f64(dims(2), 1, -1));
        assertTensor(DType.FLOAT64, new double[] {-1, -1, -1, -1}, dims(2, 2), product);
    }

    @Test
    void sizeOneMatrices() {
        assertTensor(DType.FLOAT64, new double[] {-6}, dims(1, 1), f64(dims(1, 1), 2).matmul(f64(dims(1, 1), -3)));
    }

    @Test
    void zeroRowsGiveZeroRows() {
        assertTensor(DType.FLOAT64, new double[0], dims(0, 2), f64(dims(0, 3)).matmul(f64(dims(3, 2), RIGHT)));
    }

    @Test
    void zeroInnerSizeGivesZeros() {
        assertTensor(DType.FLOAT64, new double[6], dims(2, 3), f64(dims(2, 0)).matmul(f64(dims(0, 3))));
    }

    @Test
    void zeroColumnsGiveZeroColumns() {
        assertTensor(DType.FLOAT64, new double[0], dims(2, 0), f64(dims(2, 3), LEFT).matmul(f64(dims(3, 0))));
    }

    @Test
    void mixedDtypesPromote() {
        Tensor product = tensor(DType.INT64, dims(2, 3), LEFT).matmul(tensor(DType.FLOAT32, dims(3, 2), RIGHT));
        assertTensor(DType.FLOAT32, PRODUCT, dims(2, 2), product);
    }

    @Test
    void onesMatrixTimesOnesVector() {
        Tensor product = tensors().ones(2, 3).matmul(tensors().ones(3));
        assertTensor(DType.FLOAT32, new double[] {3, 3}, dims(2), product);
    }

    @Test
    void onesMatrixTimesOnesMatrix() {
        Tensor product = tensors().ones(2, 3).matmul(tensors().ones(3, 4));
        assertTensor(DType.FLOAT32, new double[] {3, 3, 3, 3, 3, 3, 3, 3}, dims(2, 4), product);
    }

    @Test
    void mismatchOfTwoMatricesThrows() {
        Tensor a = tensors().zeros(2, 3);
        Tensor b = tensors().zeros(2, 3);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertMessageContains(thrown, "matmul", "[2, 3] and [2, 3]");
    }

    @Test
    void mismatchOfMatrixAndVectorThrows() {
        Tensor a = tensors().zeros(2, 3);
        Tensor b = tensors().zeros(4);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertMessageContains(thrown, "matmul", "[2, 3] and [4]");
    }

    @Test
    void mismatchOfTwoVectorsThrows() {
        Tensor a = tensors().zeros(3);
        Tensor b = tensors().zeros(4);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertMessageContains(thrown, "matmul", "[3] and [4]");
    }

    @Test
    void mismatchOfBatchDimensionsThrows() {
        Tensor a = tensors().zeros(2, 2, 3);
        Tensor b = tensors().zeros(3, 3, 4);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertMessageContains(thrown, "matmul", "[2, 2, 3]", "[3, 3, 4]");
    }

    @Test
    void zeroDimOperandThrows() {
        Tensor a = tensors().zeros(2, 3);
        Tensor scalar = tensors().zeros();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> a.matmul(scalar));
        assertMessageContains(thrown, "matmul", "[2, 3] and []");
    }
}
