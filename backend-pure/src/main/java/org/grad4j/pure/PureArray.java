package org.grad4j.pure;

import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * An array of the pure backend: one primitive Java array plus a shape, strides and an offset,
 * so that transposes, slices and expansions are views that share storage. Exactly one of the
 * storage fields is non-null, matching the dtype.
 */
final class PureArray implements NDArray {
    final PureBackend backend;
    final DType dtype;
    final Shape shape;
    /** Element steps per dimension; 0 on expanded dimensions. */
    final int[] strides;
    final int offset;
    final float[] floats;
    final double[] doubles;
    final long[] longs;

    private PureArray(PureBackend backend, DType dtype, Shape shape, int[] strides, int offset,
            float[] floats, double[] doubles, long[] longs) {
        this.backend = backend;
        this.dtype = dtype;
        this.shape = shape;
        this.strides = strides;
        this.offset = offset;
        this.floats = floats;
        this.doubles = doubles;
        this.longs = longs;
    }

    /** Wraps storage as a contiguous row-major array; the storage is not copied. */
    static PureArray of(PureBackend backend, Shape shape, Object storage) {
        return view(backend, shape, shape.contiguousStrides(), 0, storage);
    }

    /** Wraps storage with explicit strides and offset. */
    static PureArray view(PureBackend backend, Shape shape, int[] strides, int offset, Object storage) {
        if (storage instanceof float[]) {
            return new PureArray(backend, DType.FLOAT32, shape, strides, offset, (float[]) storage, null, null);
        }
        if (storage instanceof double[]) {
            return new PureArray(backend, DType.FLOAT64, shape, strides, offset, null, (double[]) storage, null);
        }
        return new PureArray(backend, DType.INT64, shape, strides, offset, null, null, (long[]) storage);
    }

    /** Allocates a zero-filled contiguous array. */
    static PureArray allocate(PureBackend backend, Shape shape, DType dtype) {
        return of(backend, shape, allocateStorage(dtype, shape.size()));
    }

    static Object allocateStorage(DType dtype, int size) {
        switch (dtype) {
            case FLOAT32:
                return new float[size];
            case FLOAT64:
                return new double[size];
            default:
                return new long[size];
        }
    }

    /** Returns the primitive array behind this view. */
    Object storage() {
        if (floats != null) {
            return floats;
        }
        if (doubles != null) {
            return doubles;
        }
        return longs;
    }

    /** Returns a view of the same storage with another layout. */
    PureArray withLayout(Shape newShape, int[] newStrides, int newOffset) {
        return new PureArray(backend, dtype, newShape, newStrides, newOffset, floats, doubles, longs);
    }

    /** Returns true if the elements lie in row-major order without gaps from {@link #offset}. */
    boolean isContiguous() {
        int expected = 1;
        for (int i = shape.rank() - 1; i >= 0; i--) {
            int size = shape.dim(i);
            if (size != 1 && strides[i] != expected) {
                return false;
            }
            expected *= size;
        }
        return true;
    }

    @Override
    public Shape shape() {
        return shape;
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public String toString() {
        return "PureArray" + shape + " " + dtype;
    }
}
