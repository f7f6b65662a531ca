package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Comparisons (1 where true, 0 elsewhere, in the promoted dtype), maximum, minimum and clamp,
 * including NaN, which compares false except under ne and propagates through maximum, minimum
 * and clamp. Tolerances are those of {@link ConformanceBase}.
 */
public abstract class ComparisonChecks extends ConformanceBase {
    private static final double NAN = Double.NaN;

    @ParameterizedTest
    @EnumSource(DType.class)
    void comparisonsPerDtype(DType dtype) {
        Tensor a = tensor(dtype, dims(3), 1, 2, 3);
        Tensor b = tensor(dtype, dims(3), 2, 2, 2);
        assertTensor(dtype, new double[] {0, 1, 0}, dims(3), a.eq(b));
        assertTensor(dtype, new double[] {1, 0, 1}, dims(3), a.ne(b));
        assertTensor(dtype, new double[] {1, 0, 0}, dims(3), a.lt(b));
        assertTensor(dtype, new double[] {1, 1, 0}, dims(3), a.le(b));
        assertTensor(dtype, new double[] {0, 0, 1}, dims(3), a.gt(b));
        assertTensor(dtype, new double[] {0, 1, 1}, dims(3), a.ge(b));
    }

    @Test
    void comparisonsWithNaN() {
        Tensor a = f64(dims(3), NAN, 1, NAN);
        Tensor b = f64(dims(3), 1, NAN, NAN);
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), a.eq(b));
        assertTensor(DType.FLOAT64, new double[] {1, 1, 1}, dims(3), a.ne(b));
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), a.lt(b));
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), a.le(b));
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), a.gt(b));
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), a.ge(b));
    }

    @Test
    void comparisonBroadcastsColumnAgainstRow() {
        Tensor column = f64(dims(2, 1), 1, 3);
        Tensor row = f64(dims(3), 0, 2, 4);
        assertTensor(DType.FLOAT64, new double[] {1, 0, 0, 1, 1, 0}, dims(2, 3), column.gt(row));
    }

    @Test
    void comparisonPromotesMixedDtypes() {
        Tensor compared = tensors().of(1L, 2L).lt(tensors().of(1.5f, 1.5f));
        assertTensor(DType.FLOAT32, new double[] {1, 0}, dims(2), compared);
    }

    @Test
    void comparisonOfTransposedAndStrided() {
        Tensor a = matrix(Layout.TRANSPOSED, DType.INT64, 2, 2, 1, 2, 3, 4);
        Tensor b = matrix(Layout.STRIDED, DType.INT64, 2, 2, 1, 0, 5, 4);
        assertTensor(DType.INT64, new double[] {1, 0, 0, 1}, dims(2, 2), a.eq(b));
    }

    @Test
    void comparisonNeverRequiresGrad() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        assertFalse(x.gt(f64(1.5)).requiresGrad(), "gt result requires grad");
        assertFalse(x.eq(x).requiresGrad(), "eq result requires grad");
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void maximumAndMinimumPerDtype(DType dtype) {
        Tensor a = tensor(dtype, dims(3), 1, 5, -3);
        Tensor b = tensor(dtype, dims(3), 2, 4, -3);
        assertTensor(dtype, new double[] {2, 5, -3}, dims(3), a.maximum(b));
        assertTensor(dtype, new double[] {1, 4, -3}, dims(3), a.minimum(b));
    }

    @Test
    void maximumAndMinimumPropagateNaN() {
        Tensor a = f64(dims(3), NAN, 1, 2);
        Tensor b = f64(dims(3), 0, NAN, 1);
        assertTensor(DType.FLOAT64, new double[] {NAN, NAN, 2}, dims(3), a.maximum(b));
        assertTensor(DType.FLOAT64, new double[] {NAN, NAN, 1}, dims(3), a.minimum(b));
    }

    @Test
    void maximumBroadcastsZeroDim() {
        Tensor a = f64(dims(2, 2), -1, 3, 0.5, -7);
        assertTensor(DType.FLOAT64, new double[] {0.5, 3, 0.5, 0.5}, dims(2, 2), a.maximum(f64(0.5)));
        assertTensor(DType.FLOAT64, new double[] {-1, 0.5, 0.5, -7}, dims(2, 2), f64(0.5).minimum(a));
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void clampLimitsBothSides(DType dtype) {
        Tensor x = tensor(dtype, dims(5), -2, 0.5, 3, 0, 1);
        assertTensor(dtype, new double[] {0, 0.5, 1, 0, 1}, dims(5), x.clamp(0, 1));
    }

    @Test
    void clampKeepsNaN() {
        assertTensor(DType.FLOAT64, new double[] {NAN, 1}, dims(2), f64(dims(2), NAN, 9).clamp(-1, 1));
    }

    @Test
    void clampWithEqualBounds() {
        assertTensor(DType.FLOAT64, new double[] {2, 2, 2}, dims(3), f64(dims(3), -5, 2, 5).clamp(2, 2));
    }

    /** A double bound makes an INT64 tensor FLOAT32, as a Python float does in PyTorch. */
    @Test
    void clampOfInt64PromotesToFloat32() {
        assertTensor(DType.FLOAT32, new double[] {0, 2, 3}, dims(3), tensors().of(-4L, 2L, 9L).clamp(0, 3));
    }

    @Test
    void clampOfStridedView() {
        Tensor x = matrix(Layout.STRIDED, DType.FLOAT64, 2, 2, -3, 0.25, 4, -0.5);
        assertTensor(DType.FLOAT64, new double[] {-1, 0.25, 1, -0.5}, dims(2, 2), x.clamp(-1, 1));
    }

    @Test
    void clampRejectsMinAboveMax() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> f64(dims(1), 0).clamp(2, 1));
        assertMessageContains(thrown, "clamp", "2.0", "1.0");
    }

    @Test
    void clampRejectsNaNBound() {
        IllegalArgumentException min = assertThrows(IllegalArgumentException.class,
                () -> f64(dims(1), 0).clamp(NAN, 1));
        assertMessageContains(min, "clamp:", "NaN", "infinity");
        assertThrows(IllegalArgumentException.class, () -> f64(dims(1), 0).clamp(0, NAN));
    }

    @Test
    void clampWithInfiniteBoundsLimitsOneSide() {
        Tensor x = f64(dims(3), -5, 2, 5);
        assertTensor(DType.FLOAT64, new double[] {-5, 2, 3}, dims(3), x.clamp(Double.NEGATIVE_INFINITY, 3));
        assertTensor(DType.FLOAT64, new double[] {0, 2, 5}, dims(3), x.clamp(0, Double.POSITIVE_INFINITY));
    }
}
