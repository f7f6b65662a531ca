package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * cast between dtypes (floating point to INT64 truncates toward zero), item and longItem, and
 * the copies out to Java arrays, which are in row-major order of the logical shape whatever the
 * layout. Values are compared exactly: each expected value is the exactly rounded conversion.
 */
public abstract class ConversionChecks extends ConformanceBase {
    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void castToInt64TruncatesTowardZero(DType dtype) {
        Tensor x = tensor(dtype, dims(6), -2.7, -0.5, 0.5, 2.7, -3.0, 3.0);
        assertArrayEquals(new long[] {-2, 0, 0, 2, -3, 3}, x.cast(DType.INT64).toLongArray());
    }

    @Test
    void castFloat64ToFloat32Rounds() {
        Tensor x = tensors().of(0.1, 16777217.0).cast(DType.FLOAT32);
        assertEquals(DType.FLOAT32, x.dtype());
        assertArrayEquals(new float[] {0.1f, 16777216f}, x.toFloatArray());
    }

    @Test
    void castFloat32ToFloat64IsExact() {
        Tensor x = tensors().of(0.1f).cast(DType.FLOAT64);
        assertArrayEquals(new double[] {0.10000000149011612}, x.toDoubleArray());
    }

    @Test
    void castInt64ToFloatingRounds() {
        Tensor x = tensors().of(9007199254740993L, 16777217L);
        assertArrayEquals(new double[] {9007199254740992.0, 16777217.0}, x.cast(DType.FLOAT64).toDoubleArray());
        assertArrayEquals(new float[] {9007199254740992f, 16777216f}, x.cast(DType.FLOAT32).toFloatArray());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void castToSameDtypeKeepsValues(DType dtype) {
        Tensor x = tensor(dtype, dims(2), 3, -4);
        assertTensor(dtype, new double[] {3, -4}, dims(2), x.cast(dtype));
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void castOfEveryLayout(Layout layout) {
        Tensor x = matrix(layout, DType.FLOAT64, 2, 2, 1.5, -1.5, 2.5, -2.5);
        assertTensor(DType.INT64, new double[] {1, -1, 2, -2}, dims(2, 2), x.cast(DType.INT64));
        assertTensor(DType.FLOAT32, new double[] {1.5, -1.5, 2.5, -2.5}, dims(2, 2), x.cast(DType.FLOAT32));
    }

    @Test
    void castOfEmptyAndZeroDim() {
        assertTensor(DType.INT64, new double[0], dims(0, 2), f64(dims(0, 2)).cast(DType.INT64));
        assertTensor(DType.FLOAT32, new double[] {-7}, dims(), f64(-7.9).cast(DType.INT64).cast(DType.FLOAT32));
    }

    @Test
    void castKeepsGradientOnFloatingOnly() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        assertTrue(x.cast(DType.FLOAT32).requiresGrad(), "cast to float32 requires grad");
        assertFalse(x.cast(DType.INT64).requiresGrad(), "cast to int64 requires grad");
    }

    @Test
    void itemOfOneElementShapes() {
        assertEquals(2.5, f64(2.5).item());
        assertEquals(2.5, f64(dims(1), 2.5).item());
        assertEquals(2.5, f64(dims(1, 1), 2.5).item());
        assertEquals(0.10000000149011612, tensors().of(0.1f).item());
        assertEquals(-3.0, tensors().of(-3L).item());
    }

    @Test
    void itemOfManyElementsThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> f64(dims(2), 1, 2).item());
        assertMessageContains(thrown, "item", "[2]");
        assertThrows(IllegalArgumentException.class, () -> f64(dims(0)).item());
    }

    @Test
    void longItemTruncatesTowardZero() {
        assertEquals(-2L, f64(-2.7).longItem());
        assertEquals(9007199254740993L, tensors().of(9007199254740993L).longItem());
    }

    @Test
    void arraysFollowLogicalOrderOfViews() {
        Tensor t = f64(dims(2, 3), 1, 2, 3, 4, 5, 6).transpose(0, 1);
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, t.toDoubleArray());
        assertArrayEquals(new float[] {1, 4, 2, 5, 3, 6}, t.toFloatArray());
        assertArrayEquals(new long[] {1, 4, 2, 5, 3, 6}, t.toLongArray());
    }

    @Test
    void arraysConvertDtype() {
        Tensor x = tensors().of(-1.5f, 2.75f);
        assertArrayEquals(new double[] {-1.5, 2.75}, x.toDoubleArray());
        assertArrayEquals(new long[] {-1, 2}, x.toLongArray());
        assertArrayEquals(new float[] {3f, -4f}, tensors().of(3L, -4L).toFloatArray());
    }

    @Test
    void arraysOfZeroDimAndEmpty() {
        assertArrayEquals(new double[] {4}, f64(4).toDoubleArray());
        assertArrayEquals(new long[0], tensors().of(new long[0]).toLongArray());
    }

    /** NaN, infinities and values outside the long range have no long value, as in Python's int(). */
    @Test
    void longItemWithoutLongValueThrows() {
        ArithmeticException nan = assertThrows(ArithmeticException.class, () -> f64(Double.NaN).longItem());
        assertMessageContains(nan, "longItem:", "NaN", "item()");
        assertThrows(ArithmeticException.class, () -> tensors().of(Float.POSITIVE_INFINITY).longItem());
        assertThrows(ArithmeticException.class, () -> f64(Double.NEGATIVE_INFINITY).longItem());
        assertThrows(ArithmeticException.class, () -> f64(0x1p63).longItem());
        assertEquals(Long.MIN_VALUE, f64(-0x1p63).longItem());
    }
}
