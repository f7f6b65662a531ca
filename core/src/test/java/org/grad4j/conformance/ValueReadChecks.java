package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.autograd.AnomalyMode;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Reading values out of a tensor (item, toFloatArray and the other copies, toString) is not an
 * op. It returns NaN and infinity as they are, also under anomaly mode, records no graph and
 * leaves nothing for a memory scope to release. Conversions between dtypes follow Java's casts on
 * every backend.
 */
public abstract class ValueReadChecks extends ConformanceBase {
    @Test
    void float32NaNReadsUnderAnomalyMode() {
        Tensor x = tensor(DType.FLOAT32, dims(2), Double.NaN, 1);
        Tensor first = x.slice(0, 0, 1);
        try (var scope = AnomalyMode.enable()) {
            assertTrue(Double.isNaN(x.toDoubleArray()[0]), "toDoubleArray");
            assertTrue(Float.isNaN(x.toFloatArray()[0]), "toFloatArray");
            assertEquals(0L, x.toLongArray()[0], "toLongArray");
            assertTrue(Double.isNaN(first.item()), "item");
            assertTrue(x.toString().contains("nan"), x.toString());
        }
    }

    @Test
    void float64InfinityReadsUnderAnomalyMode() {
        Tensor x = f64(dims(2), Double.POSITIVE_INFINITY, 1);
        try (var scope = AnomalyMode.enable()) {
            assertEquals(Float.POSITIVE_INFINITY, x.toFloatArray()[0], "toFloatArray");
            assertEquals(Double.POSITIVE_INFINITY, x.toDoubleArray()[0], "toDoubleArray");
            assertEquals(Long.MAX_VALUE, x.toLongArray()[0], "toLongArray");
            assertTrue(x.toString().contains("inf"), x.toString());
        }
    }

    @Test
    void readingRecordsNoGraphInScope() {
        Tensor x = tensor(DType.FLOAT32, dims(2), 1.5, -2.5).requiresGrad(true);
        try (var scope = MemoryScope.open()) {
            x.toDoubleArray();
            x.toLongArray();
            x.slice(0, 0, 1).item();
            assertEquals(1, scope.size(), "arrays in the scope after reading: only the slice");
        }
    }

    @Test
    void conversionsFollowJavaCasts() {
        double[] doubles = {0.1, -2.9, 1e300, -0.0};
        Tensor x = f64(dims(4), doubles);
        float[] expectedFloats = new float[doubles.length];
        long[] expectedLongs = new long[doubles.length];
        for (int i = 0; i < doubles.length; i++) {
            expectedFloats[i] = (float) doubles[i];
            expectedLongs[i] = (long) doubles[i];
        }
        assertArrayEquals(expectedFloats, x.toFloatArray(), "float64 read as floats");
        assertArrayEquals(expectedLongs, x.toLongArray(), "float64 read as longs");

        long big = (1L << 53) + 1;
        Tensor longs = longs(big, -big, Long.MAX_VALUE);
        assertArrayEquals(new double[] {big, -big, Long.MAX_VALUE}, longs.toDoubleArray(), "int64 read as doubles");
        assertArrayEquals(new float[] {big, -big, Long.MAX_VALUE}, longs.toFloatArray(), "int64 read as floats");
        assertEquals((double) big, longs.slice(0, 0, 1).item(), "item of int64");
    }
}
