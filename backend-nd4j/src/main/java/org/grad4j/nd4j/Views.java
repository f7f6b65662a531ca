package org.grad4j.nd4j;

import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The view kernels: reshape, permute, expand and slice, which share the input's buffer where
 * the layout allows. Expand and slice build the view from the root buffer with explicit
 * strides, because ND4J has no stride-0 broadcast view. Permute uses ND4J's own permuted view.
 */
final class Views {
    private Views() {
    }

    /**
     * Returns a view of {@code base}'s buffer with the given shape and strides, starting
     * {@code offset} elements after base's first element.
     */
    static INDArray view(INDArray base, long[] shape, long[] strides, long offset) {
        // Nd4j.create counts the offset from the start of the root buffer, not from the start of
        // a view's buffer, so the root and base's absolute offset are used.
        DataBuffer buffer = base.data();
        DataBuffer root = buffer.underlyingDataBuffer() != null ? buffer.underlyingDataBuffer() : buffer;
        return Nd4j.create(root, shape, strides, base.offset() + offset, 'c', base.dataType());
    }

    static INDArray reshape(INDArray x, Shape shape) {
        if (shape.size() == 0) {
            return NativeData.allocate(NativeData.dtypeOf(x), shape);
        }
        INDArray source = NativeData.contiguous(x);
        return view(source, NativeData.toLongs(shape), NativeData.contiguousStrides(shape), 0);
    }

    static INDArray permute(INDArray x, int[] axes) {
        if (axes.length <= 1) {
            return x;
        }
        if (x.isEmpty()) {
            return NativeData.allocate(NativeData.dtypeOf(x), permutedShape(x, axes));
        }
        return x.permute(axes);
    }

    private static Shape permutedShape(INDArray x, int[] axes) {
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            dims[i] = (int) x.size(axes[i]);
        }
        return Shape.of(dims);
    }

    /** Returns a view of x broadcast to {@code shape}, with stride 0 on every expanded dimension. */
    static INDArray expand(INDArray x, Shape from, Shape shape) {
        if (shape.size() == 0) {
            return NativeData.allocate(NativeData.dtypeOf(x), shape);
        }
        long[] sourceStrides = x.stride();
        int rank = shape.rank();
        int shift = rank - from.rank();
        long[] strides = new long[rank];
        for (int i = shift; i < rank; i++) {
            boolean expanded = from.dim(i - shift) == 1 && shape.dim(i) != 1;
            strides[i] = expanded ? 0 : sourceStrides[i - shift];
        }
        return view(x, NativeData.toLongs(shape), strides, 0);
    }

    /** Returns positions {@code start, start + step, ...} below {@code end} of dimension {@code dim}. */
    static INDArray slice(INDArray x, Shape from, int dim, int start, int end, int step) {
        int[] dims = from.toArray();
        // Written so that no step, up to Integer.MAX_VALUE, overflows int.
        dims[dim] = end <= start ? 0 : (end - start - 1) / step + 1;
        Shape shape = Shape.of(dims);
        if (shape.size() == 0) {
            return NativeData.allocate(NativeData.dtypeOf(x), shape);
        }
        // stride() returns ND4J's own cached array, so it is copied before it is changed.
        long[] strides = x.stride().clone();
        long offset = start * strides[dim];
        strides[dim] *= step;
        return view(x, NativeData.toLongs(shape), strides, offset);
    }
}
