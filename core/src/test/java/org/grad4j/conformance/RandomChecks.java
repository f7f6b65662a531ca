package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Random tensors stay in their half-open ranges. A float32 rand built by rounding a random double
 * can return 1.0. Float32 rounding can also carry lo + r * n up to lo + n, so an index drawn that
 * way equals the size about once in 2^24 draws. That is too rare for a short test to meet by
 * chance, so the arithmetic checks use the largest float32 below 1 directly.
 */
public abstract class RandomChecks extends ConformanceBase {
    /** 1 - 2^-24, the largest float32 below 1 and the largest value a float32 rand may return. */
    private static final float R = 0.99999994f;

    private Tensor r() {
        return tensors().of(R);
    }

    @Test
    void float32ScaledShiftReachesBound() {
        Tensor value = r().mul(16.0).add(5.0);
        assertArrayEquals(new float[] {21f}, value.toFloatArray());
        assertArrayEquals(new float[] {21f}, value.floor().toFloatArray());
    }

    @Test
    void float32ShortRangeReachesBound() {
        Tensor value = r().mul(3.0).add(2.0);
        assertArrayEquals(new float[] {5f}, value.toFloatArray());
        assertArrayEquals(new float[] {5f}, value.floor().toFloatArray());
    }

    @Test
    void float32PlainProductsStayBelow() {
        assertArrayEquals(new float[] {2f}, r().mul(3.0).floor().toFloatArray());
        assertArrayEquals(new float[] {999f}, r().mul(1000.0).floor().toFloatArray());
        assertArrayEquals(new float[] {33554430f}, r().mul(33554432.0).floor().toFloatArray());
    }

    @Test
    void float32CastOfNearOneIsOne() {
        assertArrayEquals(new float[] {1f}, tensors().of(0.99999999).cast(DType.FLOAT32).toFloatArray());
    }

    @Test
    void float32RandStaysBelowOne() {
        Tensor values = tensors().rand(new Generator(20), 10_000_000);
        assertEquals(DType.FLOAT32, values.dtype());
        assertTrue(values.max().item() < 1.0, "max of rand is below 1");
        assertTrue(values.min().item() >= 0.0, "min of rand is at least 0");
    }

    @Test
    void float64RandStaysInRange() {
        Tensor values = tensors().rand(new Generator(21), DType.FLOAT64, 100_000);
        assertEquals(DType.FLOAT64, values.dtype());
        assertTrue(values.max().item() < 1.0, "max of rand is below 1");
        assertTrue(values.min().item() >= 0.0, "min of rand is at least 0");
    }

    /** With 100000 draws from 16 values, each value occurs, so both bounds are met. */
    @Test
    void randintCoversClosedRange() {
        Tensor values = tensors().randint(new Generator(22), 5, 21, 100_000);
        assertEquals(DType.INT64, values.dtype());
        assertEquals(20.0, values.max().item());
        assertEquals(5.0, values.min().item());
    }

    @Test
    void sameSeedGivesSameValues() {
        float[] first = tensors().rand(new Generator(23), 3, 4).toFloatArray();
        float[] second = tensors().rand(new Generator(23), 3, 4).toFloatArray();
        assertArrayEquals(first, second);
    }

    @Test
    void randpermIsPermutation() {
        long[] order = tensors().randperm(new Generator(24), 50).sort(0, false).values().toLongArray();
        long[] expected = new long[50];
        for (int i = 0; i < 50; i++) {
            expected[i] = i;
        }
        assertArrayEquals(expected, order);
    }

    @Test
    void randnHasUnitMoments() {
        Tensor values = tensors().randn(new Generator(25), DType.FLOAT64, 100_000);
        double mean = values.mean().item();
        double variance = values.sub(mean).pow(2.0).mean().item();
        assertEquals(0.0, mean, 0.02, "mean of randn");
        assertEquals(1.0, variance, 0.02, "variance of randn");
    }

    @Test
    void randintOverWholeLongRange() {
        long[] values = tensors().randint(new Generator(21), Long.MIN_VALUE, Long.MAX_VALUE, 1000).toLongArray();
        assertTrue(Arrays.stream(values).anyMatch(v -> v < 0), "no negative value in 1000 draws");
        assertTrue(Arrays.stream(values).anyMatch(v -> v > 0), "no positive value in 1000 draws");
        assertTrue(Arrays.stream(values).allMatch(v -> v < Long.MAX_VALUE), "a value reached the exclusive high");
        assertArrayEquals(values,
                tensors().randint(new Generator(21), Long.MIN_VALUE, Long.MAX_VALUE, 1000).toLongArray());
    }

    @Test
    void randintOverHalfTheLongRange() {
        long[] values = tensors().randint(new Generator(22), -1, Long.MAX_VALUE, 1000).toLongArray();
        assertTrue(Arrays.stream(values).allMatch(v -> v >= -1), "a value below the low bound -1");
        assertTrue(Arrays.stream(values).allMatch(v -> v < Long.MAX_VALUE), "a value reached the exclusive high");
        assertTrue(Arrays.stream(values).anyMatch(v -> v > Long.MAX_VALUE / 2), "no value in the upper half");
    }
}
