package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.grad4j.backend.Backend;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base class of every group of conformance checks: gives the backend under test, a tensor
 * factory on it, and assertions with explicit tolerances.
 */
@ExtendWith(UnsupportedAsSkipped.class)
public abstract class ConformanceBase {
    /** Returns the backend under test. */
    protected abstract Backend backend();

    /** Returns a tensor factory on the backend under test. */
    protected Tensors tensors() {
        return new Tensors(backend());
    }

    /** Asserts shape and values, each within {@code atol + rtol * |expected|}. */
    protected static void assertClose(double[] expected, Tensor actual, int[] shape, double rtol, double atol) {
        assertEquals(Shape.of(shape), actual.shape(), "shape");
        assertClose(expected, actual.toDoubleArray(), rtol, atol);
    }

    /** Asserts values, each within {@code atol + rtol * |expected|}; NaN matches NaN only. */
    protected static void assertClose(double[] expected, double[] actual, double rtol, double atol) {
        assertEquals(expected.length, actual.length, "element count");
        for (int i = 0; i < expected.length; i++) {
            double e = expected[i];
            double a = actual[i];
            if (Double.isNaN(e) || Double.isInfinite(e)) {
                if (Double.compare(e, a) != 0) {
                    fail("element " + i + ": expected " + e + " but was " + a);
                }
                continue;
            }
            if (!(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
                fail("element " + i + ": expected " + e + " but was " + a + " (rtol " + rtol + ", atol " + atol + ")");
            }
        }
    }
}
