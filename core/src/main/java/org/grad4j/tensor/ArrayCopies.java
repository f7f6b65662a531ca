package org.grad4j.tensor;

import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;

/**
 * Copies a backend array out to a Java array of any element type, converting in Java as the
 * primitive casts do: floating point to long truncates toward zero (NaN gives 0), and narrowing
 * rounds to nearest. Reading values is not an op, so these copies record no graph, pass no
 * anomaly check and create no array for a memory scope.
 */
final class ArrayCopies {
    private ArrayCopies() {
    }

    static double[] toDoubles(NDArray array) {
        Backend backend = array.backend();
        switch (array.dtype()) {
            case FLOAT64:
                return backend.toDoubles(array);
            case FLOAT32: {
                float[] values = backend.toFloats(array);
                double[] out = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = values[i];
                }
                return out;
            }
            default: {
                long[] values = backend.toLongs(array);
                double[] out = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = values[i];
                }
                return out;
            }
        }
    }

    static float[] toFloats(NDArray array) {
        Backend backend = array.backend();
        switch (array.dtype()) {
            case FLOAT32:
                return backend.toFloats(array);
            case FLOAT64: {
                double[] values = backend.toDoubles(array);
                float[] out = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = (float) values[i];
                }
                return out;
            }
            default: {
                long[] values = backend.toLongs(array);
                float[] out = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = values[i];
                }
                return out;
            }
        }
    }

    static long[] toLongs(NDArray array) {
        Backend backend = array.backend();
        switch (array.dtype()) {
            case INT64:
                return backend.toLongs(array);
            case FLOAT32: {
                float[] values = backend.toFloats(array);
                long[] out = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = (long) values[i];
                }
                return out;
            }
            default: {
                double[] values = backend.toDoubles(array);
                long[] out = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    out[i] = (long) values[i];
                }
                return out;
            }
        }
    }
}
