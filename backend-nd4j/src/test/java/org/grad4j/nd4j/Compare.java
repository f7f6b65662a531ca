package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.Function;
import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;

/** Assertions that the ND4J backend gives the pure backend's result, or throws its exception. */
final class Compare {
    private Compare() {
    }

    /**
     * Runs {@code kernel} on the pure backend, then on ND4J. If pure throws, ND4J must throw the
     * same exception class with the same message (apart from the backend's name) and null is
     * returned; otherwise the results must match within {@code tolerance}.
     */
    static Twin sameResult(String caseName, Tolerance tolerance, Function<Side, NDArray> kernel) {
        NDArray expected;
        try {
            expected = kernel.apply(Side.PURE);
        } catch (RuntimeException pureError) {
            RuntimeException nd4jError = assertThrows(pureError.getClass(), () -> kernel.apply(Side.ND4J),
                    caseName + ": the pure backend threw " + pureError);
            assertEquals(withoutBackendName(pureError.getMessage()), withoutBackendName(nd4jError.getMessage()),
                    caseName + ": exception message");
            return null;
        }
        NDArray actual = kernel.apply(Side.ND4J);
        assertMatches(caseName, tolerance, expected, actual);
        return new Twin(expected, actual);
    }

    /** Asserts that both sides of {@code twin} hold the same values. */
    static void sameValues(String caseName, Tolerance tolerance, Twin twin) {
        assertMatches(caseName, tolerance, twin.pure(), twin.nd4j());
    }

    /** Asserts equal shape and dtype, and values within {@code tolerance}; NaN matches NaN only. */
    static void assertMatches(String caseName, Tolerance tolerance, NDArray expected, NDArray actual) {
        assertEquals(expected.shape(), actual.shape(), caseName + ": shape");
        assertEquals(expected.dtype(), actual.dtype(), caseName + ": dtype");
        if (expected.dtype() == DType.INT64) {
            assertArrayEquals(Side.PURE.backend.toLongs(expected), Side.ND4J.backend.toLongs(actual), caseName);
            return;
        }
        double[] e = doubles(Side.PURE.backend, expected);
        double[] a = doubles(Side.ND4J.backend, actual);
        double scale = 0;
        for (double value : e) {
            if (Double.isFinite(value)) {
                scale = Math.max(scale, Math.abs(value));
            }
        }
        for (int i = 0; i < e.length; i++) {
            double allowed = tolerance.ulps() * ulp(e[i], expected.dtype()) + tolerance.relative() * scale;
            boolean matches = Double.isNaN(e[i]) ? Double.isNaN(a[i])
                    : Double.isInfinite(e[i]) ? e[i] == a[i]
                    : Math.abs(a[i] - e[i]) <= allowed;
            if (!matches) {
                fail(caseName + ": element " + i + " is " + a[i] + " on nd4j but " + e[i] + " on pure (allowed error "
                        + allowed + ")");
            }
        }
    }

    private static double ulp(double value, DType dtype) {
        return dtype == DType.FLOAT32 ? Math.ulp((float) value) : Math.ulp(value);
    }

    /** Copies a floating-point array out through the dtype's own accessor, widening float32 exactly. */
    static double[] doubles(Backend backend, NDArray x) {
        if (x.dtype() == DType.FLOAT64) {
            return backend.toDoubles(x);
        }
        float[] floats = backend.toFloats(x);
        double[] out = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            out[i] = floats[i];
        }
        return out;
    }

    private static String withoutBackendName(String message) {
        return message == null ? null : message.replace(Nd4jBackend.NAME, "<backend>").replace("pure", "<backend>");
    }
}
