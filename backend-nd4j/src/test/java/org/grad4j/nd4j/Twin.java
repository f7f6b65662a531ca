package org.grad4j.nd4j;

import java.util.function.Function;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * The same logical array on both backends, built by running the same kernels on each, so a
 * layout kernel that went wrong on one side shows up as different values.
 */
record Twin(NDArray pure, NDArray nd4j) {
    /** Runs {@code kernel} once per side and pairs the results. */
    static Twin run(Function<Side, NDArray> kernel) {
        return new Twin(kernel.apply(Side.PURE), kernel.apply(Side.ND4J));
    }

    /** Copies row-major values into a new contiguous array on each side. */
    static Twin of(DType dtype, Shape shape, double[] values) {
        return run(side -> create(side, dtype, shape, values));
    }

    private static NDArray create(Side side, DType dtype, Shape shape, double[] values) {
        switch (dtype) {
            case FLOAT32: {
                float[] floats = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    floats[i] = (float) values[i];
                }
                return side.backend.fromFloats(floats, shape);
            }
            case FLOAT64:
                return side.backend.fromDoubles(values.clone(), shape);
            default: {
                long[] longs = new long[values.length];
                for (int i = 0; i < values.length; i++) {
                    longs[i] = (long) values[i];
                }
                return side.backend.fromLongs(longs, shape);
            }
        }
    }

    /** Returns the array on {@code side}. */
    NDArray on(Side side) {
        return side == Side.PURE ? pure : nd4j;
    }

    Shape shape() {
        return pure.shape();
    }

    DType dtype() {
        return pure.dtype();
    }
}
