package org.grad4j.nd4j;

import java.util.Arrays;
import java.util.List;
import org.grad4j.backend.Backend;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.Kernels;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.ReduceOp;
import org.grad4j.backend.SortResult;
import org.grad4j.backend.UnaryOp;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backend on ND4J's native CPU kernels (OpenBLAS for matrix products). Each kernel uses ND4J
 * where ND4J 1.0.0-M2.1 gives the pure backend's results and is fast, and plain Java where it
 * does not: gather, scatter-add, sort, float-to-INT64 casts and the few elementwise cases listed
 * in {@link ElementwiseKernels}. Shapes, dtypes and indices are checked in Java before any
 * native call, because native errors print to standard output and some crash the JVM.
 *
 * <p>Reshape of contiguous data, permute, expand and slice return views that share the input's
 * buffer; every other kernel returns a new array. Instances hold no state and may be used from
 * several threads. Creating one loads the native libraries, which takes about a second.
 */
public final class Nd4jBackend implements Backend {
    /** The name users select this backend by. */
    public static final String NAME = "nd4j";

    private static final Logger LOG = LoggerFactory.getLogger(Nd4jBackend.class);

    /** Loads ND4J's native libraries, if no earlier instance has, and logs the thread count. */
    public Nd4jBackend() {
        LOG.info("nd4j backend: ND4J native CPU kernels with {} threads", Nd4j.getEnvironment().maxThreads());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray fromFloats(float[] data, Shape shape) {
        Kernels.checkLength(data.length, shape);
        return new Nd4jArray(this, NativeData.fromFloats(data, shape), shape);
    }

    @Override
    public NDArray fromDoubles(double[] data, Shape shape) {
        Kernels.checkLength(data.length, shape);
        return new Nd4jArray(this, NativeData.fromDoubles(data, shape), shape);
    }

    @Override
    public NDArray fromLongs(long[] data, Shape shape) {
        Kernels.checkLength(data.length, shape);
        return new Nd4jArray(this, NativeData.fromLongs(data, shape), shape);
    }

    /**
     * Returns a new array filled with {@code value}. INT64 arrays are filled in Java, so the
     * value converts as Java's {@code (long)} cast does; floating-point arrays are filled by ND4J.
     */
    @Override
    public Nd4jArray full(Shape shape, DType dtype, double value) {
        if (dtype == DType.INT64) {
            long[] data = new long[shape.size()];
            Arrays.fill(data, (long) value);
            return new Nd4jArray(this, NativeData.fromLongs(data, shape), shape);
        }
        INDArray array = NativeData.allocate(dtype, shape);
        if (shape.size() > 0) {
            array.assign(dtype == DType.FLOAT32 ? (double) (float) value : value);
        }
        return new Nd4jArray(this, array, shape);
    }

    @Override
    public NDArray copy(NDArray x) {
        Nd4jArray input = own(x);
        return new Nd4jArray(this, LayoutKernels.copy(input), input.shape);
    }

    @Override
    public float[] toFloats(NDArray x) {
        return NativeData.readFloats(checked(x, DType.FLOAT32).array);
    }

    @Override
    public double[] toDoubles(NDArray x) {
        return NativeData.readDoubles(checked(x, DType.FLOAT64).array);
    }

    @Override
    public long[] toLongs(NDArray x) {
        return NativeData.readLongs(checked(x, DType.INT64).array);
    }

    @Override
    public NDArray unary(UnaryOp op, NDArray x) {
        return ElementwiseKernels.unary(this, op, own(x));
    }

    @Override
    public NDArray binary(BinaryOp op, NDArray a, NDArray b) {
        Nd4jArray left = own(a);
        Nd4jArray right = own(b);
        Kernels.checkSameDtype(op.label(), left, right);
        return ElementwiseKernels.binary(this, op, left, right);
    }

    @Override
    public void binaryInPlace(BinaryOp op, NDArray self, NDArray other) {
        Nd4jArray target = own(self);
        Nd4jArray operand = own(other);
        Kernels.checkSameDtype(op.label(), target, operand);
        ElementwiseKernels.binaryInPlace(this, op, target, operand);
    }

    @Override
    public NDArray reduce(ReduceOp op, NDArray x, int[] dims, boolean keepDim) {
        return ReduceKernels.reduce(this, op, own(x), dims, keepDim);
    }

    @Override
    public NDArray matmul(NDArray a, NDArray b) {
        Nd4jArray left = own(a);
        Nd4jArray right = own(b);
        Kernels.checkSameDtype("matmul", left, right);
        return MatmulKernel.matmul(this, left, right);
    }

    @Override
    public NDArray indexSelect(NDArray source, NDArray index) {
        return IndexKernels.indexSelect(this, own(source), checked(index, DType.INT64));
    }

    @Override
    public NDArray indexAdd(Shape shape, NDArray index, NDArray source) {
        return IndexKernels.indexAdd(this, shape, checked(index, DType.INT64), own(source));
    }

    @Override
    public NDArray cast(NDArray x, DType dtype) {
        Nd4jArray input = own(x);
        INDArray converted = input.dtype == dtype ? LayoutKernels.copy(input) : LayoutKernels.cast(input, dtype);
        return new Nd4jArray(this, converted, input.shape);
    }

    @Override
    public NDArray reshape(NDArray x, Shape shape) {
        Nd4jArray input = own(x);
        return new Nd4jArray(this, Views.reshape(input.array, shape), shape, input);
    }

    @Override
    public NDArray permute(NDArray x, int[] axes) {
        Nd4jArray input = own(x);
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            dims[i] = input.shape.dim(axes[i]);
        }
        return new Nd4jArray(this, Views.permute(input.array, axes), Shape.of(dims), input);
    }

    @Override
    public NDArray expand(NDArray x, Shape shape) {
        Nd4jArray input = own(x);
        if (input.shape.equals(shape)) {
            return new Nd4jArray(this, input.array, shape, input);
        }
        return new Nd4jArray(this, Views.expand(input.array, input.shape, shape), shape, input);
    }

    @Override
    public NDArray slice(NDArray x, int dim, int start, int end, int step) {
        Nd4jArray input = own(x);
        INDArray view = Views.slice(input.array, input.shape, dim, start, end, step);
        return new Nd4jArray(this, view, NativeData.shapeOf(view), input);
    }

    @Override
    public NDArray concat(List<NDArray> arrays, int dim) {
        for (NDArray array : arrays) {
            own(array);
        }
        INDArray out = LayoutKernels.concat(arrays, dim);
        return new Nd4jArray(this, out, NativeData.shapeOf(out));
    }

    @Override
    public SortResult sort(NDArray x, int dim, boolean descending) {
        return SortKernel.sort(this, own(x), dim, descending);
    }

    private Nd4jArray own(NDArray x) {
        Nd4jArray array = Kernels.own(this, Nd4jArray.class, x);
        if (array.isClosed()) {
            throw new IllegalStateException("the " + NAME + " array " + array.shape + " " + array.dtype
                    + " was closed and its native memory may be freed; do not use an array after close()");
        }
        return array;
    }

    private Nd4jArray checked(NDArray x, DType dtype) {
        Nd4jArray array = own(x);
        Kernels.checkDtype(array, dtype);
        return array;
    }


    @Override
    public String toString() {
        return NAME;
    }
}
