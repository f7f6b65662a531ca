package org.grad4j.pure;

import java.util.List;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/** Copies, dtype casts and the view ops that only change shape, strides or offset. */
final class LayoutKernels {
    private LayoutKernels() {
    }

    /** Returns x if its elements are contiguous in row-major order, else a contiguous copy. */
    static PureArray contiguous(PureArray x) {
        return x.isContiguous() ? x : cast(x, x.dtype);
    }

    /** Returns a contiguous copy of x converted to dtype; floating point to INT64 truncates toward zero. */
    static PureArray cast(PureArray x, DType dtype) {
        PureArray out = PureArray.allocate(x.backend, x.shape, dtype);
        copyInto(out, x);
        return out;
    }

    /** Copies src element by element into dst, which has src's shape, converting the dtype. */
    static void copyInto(PureArray dst, PureArray src) {
        int[][] strides = {dst.strides, src.strides};
        int[] offsets = {dst.offset, src.offset};
        Strided.forEachRow(src.shape.toArray(), strides, offsets, (at, step, n) -> {
            for (int i = 0; i < n; i++) {
                int di = at[0] + i * step[0];
                int si = at[1] + i * step[1];
                switch (dst.dtype) {
                    case FLOAT32:
                        dst.floats[di] = src.floats != null ? src.floats[si]
                                : src.doubles != null ? (float) src.doubles[si] : (float) src.longs[si];
                        break;
                    case FLOAT64:
                        dst.doubles[di] = src.floats != null ? src.floats[si]
                                : src.doubles != null ? src.doubles[si] : (double) src.longs[si];
                        break;
                    default:
                        dst.longs[di] = src.floats != null ? (long) src.floats[si]
                                : src.doubles != null ? (long) src.doubles[si] : src.longs[si];
                        break;
                }
            }
        });
    }

    /** Returns the elements in row-major order as a new primitive array. */
    static Object toStorage(PureArray x) {
        if (x.isContiguous()) {
            Object copy = PureArray.allocateStorage(x.dtype, x.shape.size());
            System.arraycopy(x.storage(), x.offset, copy, 0, x.shape.size());
            return copy;
        }
        return cast(x, x.dtype).storage();
    }

    static PureArray reshape(PureArray x, Shape shape) {
        PureArray source = contiguous(x);
        return source.withLayout(shape, shape.contiguousStrides(), source.offset);
    }

    static PureArray permute(PureArray x, int[] axes) {
        int[] dims = new int[axes.length];
        int[] strides = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            dims[i] = x.shape.dim(axes[i]);
            strides[i] = x.strides[axes[i]];
        }
        return x.withLayout(Shape.of(dims), strides, x.offset);
    }

    static PureArray expand(PureArray x, Shape shape) {
        return x.withLayout(shape, Strided.broadcastStrides(x.shape, x.strides, shape), x.offset);
    }

    static PureArray slice(PureArray x, int dim, int start, int end, int step) {
        int[] dims = x.shape.toArray();
        int[] strides = x.strides.clone();
        // Written so that no step, up to Integer.MAX_VALUE, overflows int.
        dims[dim] = end <= start ? 0 : (end - start - 1) / step + 1;
        strides[dim] = dims[dim] <= 1 ? x.strides[dim] : x.strides[dim] * step;
        int offset = dims[dim] == 0 ? x.offset : x.offset + start * x.strides[dim];
        return x.withLayout(Shape.of(dims), strides, offset);
    }

    static PureArray concat(List<NDArray> arrays, int dim) {
        PureArray first = (PureArray) arrays.get(0);
        int[] dims = first.shape.toArray();
        int total = 0;
        for (NDArray array : arrays) {
            total += array.shape().dim(dim);
        }
        dims[dim] = total;
        PureArray out = PureArray.allocate(first.backend, Shape.of(dims), first.dtype);
        int position = 0;
        for (NDArray array : arrays) {
            PureArray part = (PureArray) array;
            int length = part.shape.dim(dim);
            if (length > 0) {
                copyInto(slice(out, dim, position, position + length, 1), part);
            }
            position += length;
        }
        return out;
    }
}
