package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * floor, floorDivide and remainder round toward negative infinity, so remainder takes the sign
 * of the divisor. Java's {@code (int)} cast and integer {@code /} truncate toward zero instead,
 * which picks the wrong element when the result is used as an index. Tolerances are those of
 * {@link ConformanceBase}.
 */
public abstract class FloorSemanticsChecks extends ConformanceBase {
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void floorRoundsTowardNegativeInfinity(DType dtype) {
        Tensor floored = tensor(dtype, dims(6), -2.5, -0.5, -0.0, 0.5, 2.5, -3.0).floor();
        assertTensor(dtype, new double[] {-3, -1, -0.0, 0, 2, -3}, dims(6), floored);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void floorKeepsNegativeZero(DType dtype) {
        double floored = tensor(dtype, dims(1), -0.0).floor().toDoubleArray()[0];
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(floored), "floor(-0.0) is -0.0");
    }

    @Test
    void floorDivideInt64RoundsDown() {
        Tensor quotient = tensors().of(1L, 2L, -3L).floorDivide(tensors().of(-2L, 1L, 2L));
        assertTensor(DType.INT64, new double[] {-1, 2, -2}, dims(3), quotient);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void floorDivideRoundsDownPerDtype(DType dtype) {
        Tensor quotient = tensor(dtype, dims(4), 7, -7, 7, -7).floorDivide(tensor(dtype, dims(4), 2, 2, -2, -2));
        assertTensor(dtype, new double[] {3, -4, -4, 3}, dims(4), quotient);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void remainderTakesDivisorSign(DType dtype) {
        Tensor remainder = tensor(dtype, dims(4), 7, -7, 7, -7).remainder(tensor(dtype, dims(4), 2, 2, -2, -2));
        assertTensor(dtype, new double[] {1, 1, -1, -1}, dims(4), remainder);
    }

    @Test
    void remainderOfMinusSevenByTwo() {
        assertTensor(DType.FLOAT64, new double[] {1}, dims(), f64(-7).remainder(f64(2)));
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void remainderOfFractions(DType dtype) {
        Tensor remainder = tensor(dtype, dims(3), -7.5, 7.5, 5.25).remainder(tensor(dtype, dims(3), 2, -2, 0.5));
        assertTensor(dtype, new double[] {0.5, -0.5, 0.25}, dims(3), remainder);
    }

    /**
     * 0.1 is stored as 0.1000000000000000055511151231257827, so 1.0 / 0.1 lies just below 10 and
     * its floor is 9, as Python's {@code 1.0 // 0.1} gives. Rounding the quotient to the double
     * 10.0 first gives 10, which breaks {@code a == floorDivide(a, b) * b + remainder(a, b)}.
     */
    @Test
    void floorDivideAgreesWithRemainder() {
        Tensor a = f64(dims(3), 1.0, -1.0, 0.3);
        Tensor b = f64(dims(3), 0.1, 0.1, 0.1);
        assertTensor(DType.FLOAT64, new double[] {9, -10, 2}, dims(3), a.floorDivide(b));
        assertTensor(DType.FLOAT64, new double[] {0.09999999999999995, 5.551115123125783e-17, 0.09999999999999998},
                dims(3), a.remainder(b));
    }

    /** float32 0.1 is 0.100000001490116, so 1 / 0.1f lies just below 10 and its floor is 9. */
    @Test
    void floorDivideFloat32AgreesWithRemainder() {
        Tensor a = tensor(DType.FLOAT32, dims(1), 1.0);
        Tensor b = tensor(DType.FLOAT32, dims(1), 0.1);
        assertTensor(DType.FLOAT32, new double[] {9}, dims(1), a.floorDivide(b));
        assertTensor(DType.FLOAT32, new double[] {0.09999998658895493}, dims(1), a.remainder(b));
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void floatDivisionByZeroFollowsIeee(DType dtype) {
        Tensor a = tensor(dtype, dims(3), 1, -1, 0);
        Tensor zero = tensor(dtype, dims(3), 0, 0, 0);
        double inf = Double.POSITIVE_INFINITY;
        assertTensor(dtype, new double[] {inf, -inf, Double.NaN}, dims(3), a.floorDivide(zero));
        assertTensor(dtype, new double[] {Double.NaN, Double.NaN, Double.NaN}, dims(3), a.remainder(zero));
    }

    @Test
    void int64DivisionByZeroThrows() {
        Tensor a = tensors().of(1L, 2L);
        Tensor zero = tensors().of(1L, 0L);
        assertThrows(ArithmeticException.class, () -> a.floorDivide(zero));
        assertThrows(ArithmeticException.class, () -> a.remainder(zero));
    }

    /** An {@code (int)} cast gives 0 for -0.5 and silently picks 10. */
    @Test
    void floorThenCastPicksRightRow() {
        Tensor grid = f64(dims(3), 10, 20, 30);
        Tensor positions = tensors().of(-0.5, 2.7).floor().cast(DType.INT64);
        assertTensor(DType.INT64, new double[] {-1, 2}, dims(2), positions);
        assertTensor(DType.FLOAT64, new double[] {30, 30}, dims(2), grid.index(positions));
    }

    @Test
    void floorDivideBroadcastsTransposed() {
        Tensor a = matrix(Layout.TRANSPOSED, DType.INT64, 2, 2, -5, 5, -6, 6);
        Tensor quotient = a.floorDivide(tensors().of(4L));
        assertTensor(DType.INT64, new double[] {-2, 1, -2, 1}, dims(2, 2), quotient);
    }

    @Test
    void remainderOfStridedInt64() {
        Tensor a = matrix(Layout.STRIDED, DType.INT64, 2, 2, -5, 5, -6, 6);
        Tensor remainder = a.remainder(tensors().of(new long[][] {{4}, {-4}}));
        assertTensor(DType.INT64, new double[] {3, 1, -2, -2}, dims(2, 2), remainder);
    }
}
