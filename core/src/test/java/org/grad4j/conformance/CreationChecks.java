package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tensors' creation methods (of, fromArray, scalar, zeros, ones, full, arange) and the
 * tensor-like factories, with their dtypes and the messages of data that does not fit its
 * shape. Values are compared exactly.
 */
public abstract class CreationChecks extends ConformanceBase {
    @Test
    void ofGivesDtypePerJavaType() {
        assertTensor(DType.FLOAT32, new double[] {1, 2.5}, dims(2), tensors().of(1f, 2.5f));
        assertTensor(DType.FLOAT64, new double[] {1, 2.5}, dims(2), tensors().of(1.0, 2.5));
        assertTensor(DType.INT64, new double[] {1, -2}, dims(2), tensors().of(1L, -2L));
    }

    @Test
    void ofRowsGivesMatrix() {
        assertTensor(DType.FLOAT32, new double[] {1, 2, 3, 4}, dims(2, 2), tensors().of(new float[][] {{1, 2}, {3, 4}}));
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(1, 3), tensors().of(new double[][] {{1, 2, 3}}));
        assertTensor(DType.INT64, new double[] {5, 6}, dims(2, 1), tensors().of(new long[][] {{5}, {6}}));
    }

    @Test
    void raggedRowsThrow() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> tensors().of(new double[][] {{1, 2}, {3}}));
        assertMessageContains(thrown, "row 1", "1", "2");
    }

    @Test
    void fromArrayOfWrongLengthThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> tensors().fromArray(new double[] {1, 2, 3}, 2, 2));
        assertMessageContains(thrown, "3", "[2, 2]", "4");
    }

    @Test
    void fromArrayCopiesData() {
        double[] data = {1, 2};
        Tensor x = tensors().fromArray(data, 2);
        data[0] = 99;
        assertTensor(DType.FLOAT64, new double[] {1, 2}, dims(2), x);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void filledPerDtype(DType dtype) {
        assertTensor(dtype, new double[] {0, 0, 0, 0}, dims(2, 2), tensors().zeros(dtype, 2, 2));
        assertTensor(dtype, new double[] {1, 1, 1}, dims(3), tensors().ones(dtype, 3));
        assertTensor(dtype, new double[] {-3, -3}, dims(1, 2), tensors().full(-3, dtype, 1, 2));
        assertTensor(dtype, new double[] {7}, dims(), tensors().scalar(7, dtype));
    }

    @Test
    void defaultsAreFloat32() {
        assertEquals(DType.FLOAT32, tensors().zeros(2).dtype());
        assertEquals(DType.FLOAT32, tensors().ones(2).dtype());
    }

    @Test
    void fullInt64TruncatesFraction() {
        assertArrayEquals(new long[] {2, 2}, tensors().full(2.7, DType.INT64, 2).toLongArray());
        assertArrayEquals(new long[] {-2}, tensors().full(-2.7, DType.INT64, 1).toLongArray());
    }

    @Test
    void arangeCountsUp() {
        assertArrayEquals(new long[] {0, 1, 2, 3, 4}, tensors().arange(5).toLongArray());
        assertArrayEquals(new long[] {2, 5, 8}, tensors().arange(2, 10, 3).toLongArray());
        assertArrayEquals(new long[] {2, 5, 8}, tensors().arange(2, 9, 3).toLongArray());
        assertEquals(DType.INT64, tensors().arange(3).dtype());
    }

    @Test
    void arangeCountsDown() {
        assertArrayEquals(new long[] {5, 3, 1}, tensors().arange(5, 0, -2).toLongArray());
        assertArrayEquals(new long[] {-1, -2}, tensors().arange(-1, -3, -1).toLongArray());
    }

    @Test
    void arangeOfEmptyRange() {
        assertArrayEquals(new long[0], tensors().arange(0).toLongArray());
        assertArrayEquals(new long[0], tensors().arange(3, 3, 1).toLongArray());
        assertArrayEquals(new long[0], tensors().arange(3, 5, -1).toLongArray());
    }

    @Test
    void arangeWithZeroStepThrows() {
        assertThrows(IllegalArgumentException.class, () -> tensors().arange(0, 5, 0));
    }

    @Test
    void likeFactoriesCopyShapeAndDtype() {
        Tensor x = tensors().of(new long[][] {{1, 2, 3}});
        assertTensor(DType.INT64, new double[] {0, 0, 0}, dims(1, 3), x.zerosLike());
        assertTensor(DType.INT64, new double[] {1, 1, 1}, dims(1, 3), x.onesLike());
        assertTensor(DType.FLOAT64, new double[] {0.5, 0.5}, dims(2), f64(dims(2), 1, 2).fullLike(0.5));
    }

    @Test
    void createdTensorsAreLeavesWithoutGrad() {
        Tensor x = tensors().ones(2);
        assertFalse(x.requiresGrad(), "new tensor requires grad");
        assertEquals(null, x.grad());
    }

    @Test
    void arangeOverWholeLongRange() {
        assertArrayEquals(new long[] {Long.MIN_VALUE, -1, Long.MAX_VALUE - 1},
                tensors().arange(Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE).toLongArray());
        assertArrayEquals(new long[] {Long.MAX_VALUE, -1},
                tensors().arange(Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE).toLongArray());
    }

    @Test
    void arangeWithMoreElementsThanAnArrayThrows() {
        IllegalArgumentException up = assertThrows(IllegalArgumentException.class,
                () -> tensors().arange(Long.MIN_VALUE, Long.MAX_VALUE, 1));
        assertMessageContains(up, "arange(", "18446744073709551615 elements", "Java array");
        IllegalArgumentException down = assertThrows(IllegalArgumentException.class,
                () -> tensors().arange(Long.MAX_VALUE, Long.MIN_VALUE, -1));
        assertMessageContains(down, "arange(", "18446744073709551615 elements", "Java array");
    }
}
