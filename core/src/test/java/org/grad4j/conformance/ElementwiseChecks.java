package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Arithmetic ops (add, sub, mul, div, neg, pow) against hand-computed values, for every dtype,
 * memory layout and broadcasting position. Tolerances are those of {@link ConformanceBase}.
 */
public abstract class ElementwiseChecks extends ConformanceBase {
    private static final double[] A = {1, 2, 3, 4, 5, 6};
    private static final double[] B = {6, -5, 4, -3, 2, -1};

    @Test
    void addBroadcastsRowVector() {
        Tensor a = tensors().of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor b = tensors().of(10.0, 20, 30);
        assertClose(new double[] {11, 22, 33, 14, 25, 36}, a.add(b), new int[] {2, 3}, 0, 0);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void addPerDtype(DType dtype) {
        Tensor sum = tensor(dtype, dims(2, 3), A).add(tensor(dtype, dims(2, 3), B));
        assertTensor(dtype, new double[] {7, -3, 7, 1, 7, 5}, dims(2, 3), sum);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void subPerDtype(DType dtype) {
        Tensor difference = tensor(dtype, dims(2, 3), A).sub(tensor(dtype, dims(2, 3), B));
        assertTensor(dtype, new double[] {-5, 7, -1, 7, 3, 7}, dims(2, 3), difference);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void mulPerDtype(DType dtype) {
        Tensor product = tensor(dtype, dims(2, 3), A).mul(tensor(dtype, dims(2, 3), B));
        assertTensor(dtype, new double[] {6, -10, 12, -12, 10, -6}, dims(2, 3), product);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void negPerDtype(DType dtype) {
        assertTensor(dtype, new double[] {-6, 5, -4, 3, -2, 1}, dims(2, 3), tensor(dtype, dims(2, 3), B).neg());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void divPerFloatingDtype(DType dtype) {
        Tensor quotient = tensor(dtype, dims(3), 1, -3, 7).div(tensor(dtype, dims(3), 2, 4, -8));
        assertTensor(dtype, new double[] {0.5, -0.75, -0.875}, dims(3), quotient);
    }

    @Test
    void divOfInt64GivesFloat32Quotient() {
        Tensor quotient = tensors().of(7L, -7L, 1L).div(tensors().of(2L, 2L, 3L));
        assertTensor(DType.FLOAT32, new double[] {3.5, -3.5, 1.0 / 3}, dims(3), quotient);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void divByZeroFollowsIeee(DType dtype) {
        Tensor quotient = tensor(dtype, dims(3), 1, -1, 0).div(tensor(dtype, dims(3), 0, 0, 0));
        assertTensor(dtype, new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}, dims(3),
                quotient);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void powPerFloatingDtype(DType dtype) {
        Tensor power = tensor(dtype, dims(5), 2, 3, 4, 0, -8).pow(tensor(dtype, dims(5), 3, 0.5, -1, 0, 2));
        assertTensor(dtype, new double[] {8, 1.7320508075688772, 0.25, 1, 64}, dims(5), power);
    }

    @Test
    void powOfNegativeBaseFractionalIsNaN() {
        assertTensor(DType.FLOAT64, new double[] {Double.NaN}, dims(1), f64(dims(1), -8).pow(1.0 / 3));
    }

    @Test
    void powOfInt64GivesFloat32() {
        assertTensor(DType.FLOAT32, new double[] {9, 1, 0.5}, dims(3), tensors().of(3L, 1L, 2L).pow(tensors().of(2L, 5L, -1L)));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void addOnEveryLayout(Layout layout) {
        Tensor sum = matrix(layout, DType.FLOAT64, 2, 3, A).add(matrix(layout, DType.FLOAT64, 2, 3, B));
        assertTensor(DType.FLOAT64, new double[] {7, -3, 7, 1, 7, 5}, dims(2, 3), sum);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void mulOfTransposedAndStrided(DType dtype) {
        Tensor product = matrix(Layout.TRANSPOSED, dtype, 2, 3, A).mul(matrix(Layout.STRIDED, dtype, 2, 3, B));
        assertTensor(dtype, new double[] {6, -10, 12, -12, 10, -6}, dims(2, 3), product);
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void subOfStridedAndBroadcastRow(Layout layout) {
        Tensor difference = matrix(layout, DType.FLOAT32, 2, 3, A).sub(tensor(DType.FLOAT32, dims(3), 1, 2, 3));
        assertTensor(DType.FLOAT32, new double[] {0, 0, 0, 3, 3, 3}, dims(2, 3), difference);
    }

    @Test
    void divOfExpandedOperand() {
        Tensor column = f64(dims(2, 1), 2, 4).expand(2, 3);
        Tensor quotient = f64(dims(2, 3), A).div(column);
        assertTensor(DType.FLOAT64, new double[] {0.5, 1, 1.5, 1, 1.25, 1.5}, dims(2, 3), quotient);
    }

    @Test
    void broadcastRightRowVector() {
        Tensor sum = f64(dims(2, 3), A).add(f64(dims(3), 10, 20, 30));
        assertTensor(DType.FLOAT64, new double[] {11, 22, 33, 14, 25, 36}, dims(2, 3), sum);
    }

    @Test
    void broadcastLeftRowVector() {
        Tensor difference = f64(dims(3), 10, 20, 30).sub(f64(dims(2, 3), A));
        assertTensor(DType.FLOAT64, new double[] {9, 18, 27, 6, 15, 24}, dims(2, 3), difference);
    }

    @Test
    void broadcastRightColumn() {
        Tensor product = f64(dims(2, 3), A).mul(f64(dims(2, 1), 10, -1));
        assertTensor(DType.FLOAT64, new double[] {10, 20, 30, -4, -5, -6}, dims(2, 3), product);
    }

    @Test
    void broadcastLeftColumn() {
        Tensor quotient = f64(dims(2, 1), 12, 60).div(f64(dims(2, 3), A));
        assertTensor(DType.FLOAT64, new double[] {12, 6, 4, 15, 12, 10}, dims(2, 3), quotient);
    }

    @Test
    void broadcastColumnAgainstRow() {
        Tensor sum = f64(dims(2, 1), 100, 200).add(f64(dims(1, 3), 1, 2, 3));
        assertTensor(DType.FLOAT64, new double[] {101, 102, 103, 201, 202, 203}, dims(2, 3), sum);
    }

    @Test
    void broadcastZeroDimOnEitherSide() {
        assertTensor(DType.FLOAT64, new double[] {2, 4, 6, 8, 10, 12}, dims(2, 3), f64(dims(2, 3), A).mul(f64(2)));
        assertTensor(DType.FLOAT64, new double[] {9, 8, 7, 6, 5, 4}, dims(2, 3), f64(10).sub(f64(dims(2, 3), A)));
    }

    @Test
    void broadcastAddsLeadingDimensions() {
        Tensor a = f64(dims(2, 1, 3), 1, 2, 3, 4, 5, 6);
        Tensor b = f64(dims(2, 1), 10, 20);
        Tensor sum = a.add(b);
        assertTensor(DType.FLOAT64, new double[] {
            11, 12, 13, 21, 22, 23,
            14, 15, 16, 24, 25, 26}, dims(2, 2, 3), sum);
    }

    @Test
    void broadcastOfSizeOneDimensions() {
        assertTensor(DType.FLOAT64, new double[] {5}, dims(1, 1), f64(dims(1, 1), 2).add(f64(dims(1), 3)));
    }

    @Test
    void zeroDimOperandsGiveZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {-6}, dims(), f64(2).mul(f64(-3)));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void zeroSizeBroadcastStaysEmpty(DType dtype) {
        Tensor empty = tensor(dtype, dims(0, 3)).add(tensor(dtype, dims(3), 1, 2, 3));
        assertTensor(dtype, new double[0], dims(0, 3), empty);
    }

    @Test
    void zeroSizeAgainstSizeOne() {
        Tensor empty = f64(dims(2, 0)).mul(f64(dims(2, 1), 1, 2));
        assertTensor(DType.FLOAT64, new double[0], dims(2, 0), empty);
    }

    @Test
    void incompatibleShapesThrowNamingBoth() {
        Tensor a = f64(dims(2, 3), A);
        Tensor b = f64(dims(4), 1, 2, 3, 4);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> a.add(b));
        assertMessageContains(thrown, "add", "[2, 3]", "[4]");
    }

    @Test
    void operandsAreLeftUnchanged() {
        Tensor a = f64(dims(3), 1, 2, 3);
        Tensor b = f64(dims(3), 4, 5, 6);
        a.mul(b).add(a).sub(b).neg().div(a).pow(b);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(3), a);
        assertTensor(DType.FLOAT64, new double[] {4, 5, 6}, dims(3), b);
    }
}
