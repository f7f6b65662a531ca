package org.grad4j.nd4j;

import java.util.List;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Copies, dtype casts and concatenation. */
final class LayoutKernels {
    private LayoutKernels() {
    }

    /** Returns a new contiguous copy that shares no buffer with x. */
    static INDArray copy(Nd4jArray x) {
        if (x.shape.size() == 0) {
            return NativeData.allocate(x.dtype, x.shape);
        }
        return x.array.dup('c');
    }

    /**
     * Converts x to another dtype. Floating point to INT64 runs in Java, because ND4J turns NaN,
     * infinities and out-of-range values into Long.MIN_VALUE where Java gives 0, Long.MAX_VALUE
     * or Long.MIN_VALUE; every other conversion rounds the same way in both and runs in ND4J.
     */
    static INDArray cast(Nd4jArray x, DType dtype) {
        if (x.shape.size() == 0) {
            return NativeData.allocate(dtype, x.shape);
        }
        if (dtype == DType.INT64) {
            double[] values = NativeData.readAsDoubles(x.array);
            long[] out = new long[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = (long) values[i];
            }
            return NativeData.fromLongs(out, x.shape);
        }
        return x.array.castTo(NativeData.toNd4j(dtype));
    }

    /** Copies each array into its slice of a new array along {@code dim}. */
    static INDArray concat(List<NDArray> arrays, int dim) {
        Nd4jArray first = (Nd4jArray) arrays.get(0);
        int[] dims = first.shape.toArray();
        int total = 0;
        for (NDArray array : arrays) {
            total += array.shape().dim(dim);
        }
        dims[dim] = total;
        Shape shape = Shape.of(dims);
        INDArray out = NativeData.allocate(first.dtype, shape);
        if (shape.size() == 0) {
            return out;
        }
        long[] strides = NativeData.contiguousStrides(shape);
        long position = 0;
        for (NDArray array : arrays) {
            Nd4jArray part = (Nd4jArray) array;
            if (part.shape.size() > 0) {
                INDArray slot = Views.view(out, NativeData.toLongs(part.shape), strides, position * strides[dim]);
                slot.assign(part.array);
            }
            position += part.shape.dim(dim);
        }
        return out;
    }
}
