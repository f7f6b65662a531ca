package org.grad4j.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** DType: PyTorch's promotion order INT64 &lt; FLOAT32 &lt; FLOAT64 and the floating-point flag. */
class DTypeTest {
    @Test
    void promoteSameDtypeKeepsIt() {
        for (DType dtype : DType.values()) {
            assertEquals(dtype, DType.promote(dtype, dtype), dtype.toString());
        }
    }

    @Test
    void promoteInt64WithFloating() {
        assertEquals(DType.FLOAT32, DType.promote(DType.INT64, DType.FLOAT32));
        assertEquals(DType.FLOAT32, DType.promote(DType.FLOAT32, DType.INT64));
        assertEquals(DType.FLOAT64, DType.promote(DType.INT64, DType.FLOAT64));
        assertEquals(DType.FLOAT64, DType.promote(DType.FLOAT64, DType.INT64));
    }

    @Test
    void promoteFloat32WithFloat64() {
        assertEquals(DType.FLOAT64, DType.promote(DType.FLOAT32, DType.FLOAT64));
        assertEquals(DType.FLOAT64, DType.promote(DType.FLOAT64, DType.FLOAT32));
    }

    @Test
    void floatingPointFlag() {
        assertTrue(DType.FLOAT32.isFloatingPoint());
        assertTrue(DType.FLOAT64.isFloatingPoint());
        assertFalse(DType.INT64.isFloatingPoint());
    }

    @Test
    void namesMatchPyTorch() {
        assertEquals("float32", DType.FLOAT32.toString());
        assertEquals("float64", DType.FLOAT64.toString());
        assertEquals("int64", DType.INT64.toString());
    }
}
