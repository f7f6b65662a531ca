package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.grad4j.backend.Backend;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base class of every group of conformance checks: gives the backend under test, a tensor
 * factory on it, and assertions with explicit tolerances.
 *
 * <p>Kernel results are compared within a tolerance per dtype: FLOAT32 within
 * {@value #FLOAT32_RTOL} relative plus {@value #FLOAT32_ATOL} absolute, which allows a few ulps
 * of rounding in a backend that computes in float; FLOAT64 within {@value #FLOAT64_RTOL}
 * relative plus {@value #FLOAT64_ATOL} absolute; INT64 exactly.
 */
@ExtendWith(UnsupportedAsSkipped.class)
public abstract class ConformanceBase {
    /** Relative tolerance of FLOAT32 kernel results. */
    protected static final double FLOAT32_RTOL = 1e-6;
    /** Absolute tolerance of FLOAT32 kernel results, for expected values near zero. */
    protected static final double FLOAT32_ATOL = 1e-7;
    /** Relative tolerance of FLOAT64 kernel results. */
    protected static final double FLOAT64_RTOL = 1e-12;
    /** Absolute tolerance of FLOAT64 kernel results, for expected values near zero. */
    protected static final double FLOAT64_ATOL = 1e-14;

    /** Returns the backend under test. */
    protected abstract Backend backend();

    /** Returns a tensor factory on the backend under test. */
    protected Tensors tensors() {
        return new Tensors(backend());
    }

    /**
     * Returns a contiguous tensor of {@code dtype} and {@code shape} holding {@code values} in
     * row-major order, made without a cast kernel. INT64 values must be integers.
     */
    protected Tensor tensor(DType dtype, int[] shape, double... values) {
        switch (dtype) {
            case FLOAT32: {
                float[] floats = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    floats[i] = (float) values[i];
                }
                return tensors().fromArray(floats, shape);
            }
            case FLOAT64:
                return tensors().fromArray(values.clone(), shape);
            default: {
                long[] longs = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != Math.rint(values[i])) {
                        throw new IllegalArgumentException("test input " + values[i] + " is not an integer,"
                                + " so it cannot be an int64 value");
                    }
                    longs[i] = (long) values[i];
                }
                return tensors().fromArray(longs, shape);
            }
        }
    }

    /** Returns a contiguous FLOAT64 tensor of {@code shape}. */
    protected Tensor f64(int[] shape, double... values) {
        return tensor(DType.FLOAT64, shape, values);
    }

    /** Returns a 0-d FLOAT64 tensor. */
    protected Tensor f64(double value) {
        return tensor(DType.FLOAT64, new int[0], value);
    }

    /** Returns a 1-D INT64 tensor. */
    protected Tensor longs(long... values) {
        return tensors().of(values);
    }

    /** Value around a {@link Layout#STRIDED} view; it shows up in results read from the wrong place. */
    protected static final double SENTINEL = -777;

    /**
     * Returns a {@code rows x cols} matrix of {@code dtype} holding row-major {@code values},
     * stored in {@code layout}.
     */
    protected Tensor matrix(Layout layout, DType dtype, int rows, int cols, double... values) {
        switch (layout) {
            case TRANSPOSED: {
                double[] transposed = new double[values.length];
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        transposed[j * rows + i] = values[i * cols + j];
                    }
                }
                return tensor(dtype, dims(cols, rows), transposed).transpose(0, 1);
            }
            case STRIDED: {
                int width = 2 * cols + 1;
                double[] padded = new double[(rows + 1) * width];
                java.util.Arrays.fill(padded, SENTINEL);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        padded[(i + 1) * width + 2 * j + 1] = values[i * cols + j];
                    }
                }
                return tensor(dtype, dims(rows + 1, width), padded).slice(0, 1, rows + 1).slice(1, 1, width, 2);
            }
            default:
                return tensor(dtype, dims(rows, cols), values);
        }
    }

    /** Returns the shape array literal, to keep calls short: {@code dims(2, 3)}. */
    protected static int[] dims(int... sizes) {
        return sizes;
    }

    /** Returns the relative tolerance of kernel results of {@code dtype}. */
    protected static double rtol(DType dtype) {
        switch (dtype) {
            case FLOAT32:
                return FLOAT32_RTOL;
            case FLOAT64:
                return FLOAT64_RTOL;
            default:
                return 0;
        }
    }

    /** Returns the absolute tolerance of kernel results of {@code dtype}. */
    protected static double atol(DType dtype) {
        switch (dtype) {
            case FLOAT32:
                return FLOAT32_ATOL;
            case FLOAT64:
                return FLOAT64_ATOL;
            default:
                return 0;
        }
    }

    /** Asserts dtype, shape and values, each value within the tolerance of the dtype. */
    protected static void assertTensor(DType dtype, double[] expected, int[] shape, Tensor actual) {
        assertEquals(dtype, actual.dtype(), "dtype");
        assertClose(expected, actual, shape, rtol(dtype), atol(dtype));
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

    /** Asserts that {@code message} contains each fragment, with one assertion per fragment. */
    protected static void assertMessageContains(Throwable thrown, String... fragments) {
        String message = thrown.getMessage();
        assertNotNull(message, "the exception has no message");
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment),
                    "expected the message to contain '" + fragment + "' but it was: " + message);
        }
    }
}
