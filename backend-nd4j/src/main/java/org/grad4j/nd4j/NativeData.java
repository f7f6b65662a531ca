package org.grad4j.nd4j;

import java.lang.ref.Reference;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.LongPointer;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves data between Java arrays and native ND4J buffers, and maps dtypes and shapes between
 * grad4j and ND4J. Copies go through the buffer's JavaCPP pointer, which on ND4J 1.0.0-M2.1 is
 * about 20 times faster at a million elements than {@code Nd4j.create(float[])} or
 * {@code data().asFloat()}.
 *
 * <p>The pointer of a view's buffer starts at the view's first element but ignores the view's
 * strides, so only arrays that {@link #isContiguous} are read or written through it; others are
 * copied with {@code dup('c')} first. Zero-size arrays are never read, because ND4J reports a
 * buffer for them that may hold unrelated elements.
 */
final class NativeData {
    private NativeData() {
    }

    /** Returns the ND4J data type that stores {@code dtype}. */
    static DataType toNd4j(DType dtype) {
        switch (dtype) {
            case FLOAT32:
                return DataType.FLOAT;
            case FLOAT64:
                return DataType.DOUBLE;
            default:
                return DataType.INT64;
        }
    }

    /** Returns the grad4j dtype of an ND4J array. */
    static DType dtypeOf(INDArray array) {
        DataType type = array.dataType();
        if (type == DataType.FLOAT) {
            return DType.FLOAT32;
        }
        if (type == DataType.DOUBLE) {
            return DType.FLOAT64;
        }
        if (type == DataType.INT64) {
            return DType.INT64;
        }
        throw new IllegalStateException("the nd4j backend stores only FLOAT, DOUBLE and INT64 arrays but got "
                + type + "; this is a bug in a kernel of the nd4j backend");
    }

    static long[] toLongs(Shape shape) {
        long[] dims = new long[shape.rank()];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.dim(i);
        }
        return dims;
    }

    /** Returns the shape of an ND4J array in grad4j's terms. */
    static Shape shapeOf(INDArray array) {
        long[] dims = array.shape();
        int[] out = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            out[i] = Math.toIntExact(dims[i]);
        }
        return Shape.of(out);
    }

    /** Returns the row-major strides of a contiguous array of {@code shape}, in elements. */
    static long[] contiguousStrides(Shape shape) {
        int[] strides = shape.contiguousStrides();
        long[] out = new long[strides.length];
        for (int i = 0; i < strides.length; i++) {
            out[i] = strides[i];
        }
        return out;
    }

    /** Allocates a c-order array whose elements are not initialised. */
    static INDArray allocate(DType dtype, Shape shape) {
        return Nd4j.createUninitialized(toNd4j(dtype), toLongs(shape), 'c');
    }

    /** Allocates a c-order BOOL array whose elements are not initialised. */
    static INDArray allocateBool(Shape shape) {
        return Nd4j.createUninitialized(DataType.BOOL, toLongs(shape), 'c');
    }

    /**
     * Returns true if the elements lie in row-major order without gaps from the first one.
     * Size-1 dimensions may have any stride.
     */
    static boolean isContiguous(INDArray array) {
        long[] shape = array.shape();
        long[] strides = array.stride();
        long expected = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] != 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }

    /** Returns {@code array} if it is contiguous, else a contiguous copy the caller must {@link #release}. */
    static INDArray contiguous(INDArray array) {
        return isContiguous(array) ? array : array.dup('c');
    }

    /** Frees the native buffer of {@code temporary} unless it is {@code original}, the array it was copied from. */
    static void release(INDArray temporary, INDArray original) {
        if (temporary != original) {
            temporary.close();
        }
    }

    static INDArray fromFloats(float[] data, Shape shape) {
        INDArray array = allocate(DType.FLOAT32, shape);
        if (data.length > 0) {
            ((FloatPointer) array.data().addressPointer()).put(data);
            Reference.reachabilityFence(array);
        }
        return array;
    }

    static INDArray fromDoubles(double[] data, Shape shape) {
        INDArray array = allocate(DType.FLOAT64, shape);
        if (data.length > 0) {
            ((DoublePointer) array.data().addressPointer()).put(data);
            Reference.reachabilityFence(array);
        }
        return array;
    }

    static INDArray fromLongs(long[] data, Shape shape) {
        INDArray array = allocate(DType.INT64, shape);
        if (data.length > 0) {
            ((LongPointer) array.data().addressPointer()).put(data);
            Reference.reachabilityFence(array);
        }
        return array;
    }

    /** Copies {@code float[]}, {@code double[]} or {@code long[]} storage into a new array. */
    static INDArray fromStorage(Object storage, Shape shape) {
        if (storage instanceof float[]) {
            return fromFloats((float[]) storage, shape);
        }
        if (storage instanceof double[]) {
            return fromDoubles((double[]) storage, shape);
        }
        return fromLongs((long[]) storage, shape);
    }

    /** Returns a zero-filled {@code float[]}, {@code double[]} or {@code long[]} for {@code dtype}. */
    static Object newStorage(DType dtype, int size) {
        switch (dtype) {
            case FLOAT32:
                return new float[size];
            case FLOAT64:
                return new double[size];
            default:
                return new long[size];
        }
    }

    /** Copies a FLOAT array out in row-major order. */
    static float[] readFloats(INDArray array) {
        float[] out = new float[Math.toIntExact(array.length())];
        if (out.length > 0) {
            INDArray source = contiguous(array);
            ((FloatPointer) source.data().addressPointer()).get(out);
            Reference.reachabilityFence(source);
            release(source, array);
        }
        return out;
    }

    /** Copies a DOUBLE array out in row-major order. */
    static double[] readDoubles(INDArray array) {
        double[] out = new double[Math.toIntExact(array.length())];
        if (out.length > 0) {
            INDArray source = contiguous(array);
            ((DoublePointer) source.data().addressPointer()).get(out);
            Reference.reachabilityFence(source);
            release(source, array);
        }
        return out;
    }

    /** Copies a LONG array out in row-major order. */
    static long[] readLongs(INDArray array) {
        long[] out = new long[Math.toIntExact(array.length())];
        if (out.length > 0) {
            INDArray source = contiguous(array);
            ((LongPointer) source.data().addressPointer()).get(out);
            Reference.reachabilityFence(source);
            release(source, array);
        }
        return out;
    }

    /** Copies a FLOAT or DOUBLE array out as doubles; widening a float is exact. */
    static double[] readAsDoubles(INDArray array) {
        if (array.dataType() == DataType.DOUBLE) {
            return readDoubles(array);
        }
        float[] floats = readFloats(array);
        double[] out = new double[floats.length];
        for (int i = 0; i < floats.length; i++) {
            out[i] = floats[i];
        }
        return out;
    }

    /** Copies an array out as {@code float[]}, {@code double[]} or {@code long[]}, matching its dtype. */
    static Object readStorage(INDArray array) {
        switch (array.dataType()) {
            case FLOAT:
                return readFloats(array);
            case DOUBLE:
                return readDoubles(array);
            default:
                return readLongs(array);
        }
    }

    /** Returns the size in bytes of one element of {@code dtype}. */
    static int elementBytes(DType dtype) {
        switch (dtype) {
            case FLOAT32:
                return Float.BYTES;
            case FLOAT64:
                return Double.BYTES;
            default:
                return Long.BYTES;
        }
    }
}
