package org.grad4j.pure;

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

/**
 * The default backend: kernels written in plain Java over primitive arrays, with no native code.
 * Views (reshape of contiguous data, permute, expand, slice) share storage; every other kernel
 * returns a new contiguous array. Instances are stateless and thread-safe.
 */
public final class PureBackend implements Backend {
    /** The name users select this backend by. */
    public static final String NAME = "pure";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public NDArray fromFloats(float[] data, Shape shape) {
        Kernels.checkLength(data.length, shape);
        return PureArray.of(this, shape, data.clone());
    }

    @Override
    public NDArray fromDoubles(double[] data, Shape shape) {
        Kernels.checkLength(data.length, shape);
        return PureArray.of(this, shape, data.clone());
    }

    @Override
    public NDArray fromLongs(long[] data, Shape shape) {
        Kernels.checkLength(data.length, shape);
        return PureArray.of(this, shape, data.clone());
    }

    @Override
    public NDArray full(Shape shape, DType dtype, double value) {
        PureArray out = PureArray.allocate(this, shape, dtype);
        if (value != 0 || Double.doubleToRawLongBits(value) != 0) {
            switch (dtype) {
                case FLOAT32:
                    java.util.Arrays.fill(out.floats, (float) value);
                    break;
                case FLOAT64:
                    java.util.Arrays.fill(out.doubles, value);
                    break;
                default:
                    java.util.Arrays.fill(out.longs, (long) value);
            }
        }
        return out;
    }

    @Override
    public NDArray copy(NDArray x) {
        PureArray input = own(x);
        return LayoutKernels.cast(input, input.dtype);
    }

    @Override
    public float[] toFloats(NDArray x) {
        return (float[]) LayoutKernels.toStorage(checked(x, DType.FLOAT32));
    }

    @Override
    public double[] toDoubles(NDArray x) {
        return (double[]) LayoutKernels.toStorage(checked(x, DType.FLOAT64));
    }

    @Override
    public long[] toLongs(NDArray x) {
        return (long[]) LayoutKernels.toStorage(checked(x, DType.INT64));
    }

    @Override
    public NDArray unary(UnaryOp op, NDArray x) {
        PureArray input = own(x);
        if (op.isFloatingPointOnly() && !input.dtype.isFloatingPoint()) {
            throw unsupported(op.label(), input.dtype);
        }
        return ElementwiseKernels.unary(op, input);
    }

    @Override
    public NDArray binary(BinaryOp op, NDArray a, NDArray b) {
        PureArray left = own(a);
        PureArray right = own(b);
        Kernels.checkSameDtype(op.label(), left, right);
        checkSupported(op, left.dtype);
        return ElementwiseKernels.binary(op, left, right);
    }

    @Override
    public void binaryInPlace(BinaryOp op, NDArray self, NDArray other) {
        PureArray target = own(self);
        PureArray operand = own(other);
        Kernels.checkSameDtype(op.label(), target, operand);
        checkSupported(op, target.dtype);
        Kernels.checkInPlace(op.label(), target.shape, operand.shape);
        if (operand.storage() == target.storage()) {
            operand = LayoutKernels.cast(operand, operand.dtype);
        }
        ElementwiseKernels.apply(op, target, target, operand);
    }

    @Override
    public NDArray reduce(ReduceOp op, NDArray x, int[] dims, boolean keepDim) {
        return ReduceKernels.reduce(op, own(x), dims, keepDim);
    }

    @Override
    public NDArray matmul(NDArray a, NDArray b) {
        PureArray left = own(a);
        PureArray right = own(b);
        Kernels.checkSameDtype("matmul", left, right);
        return MatmulKernel.matmul(left, right);
    }

    @Override
    public NDArray indexSelect(NDArray source, NDArray index) {
        return IndexKernels.indexSelect(own(source), own(index));
    }

    @Override
    public NDArray indexAdd(Shape shape, NDArray index, NDArray source) {
        return IndexKernels.indexAdd(this, shape, own(index), own(source));
    }

    @Override
    public NDArray cast(NDArray x, DType dtype) {
        PureArray input = own(x);
        return LayoutKernels.cast(input, dtype);
    }

    @Override
    public NDArray reshape(NDArray x, Shape shape) {
        return LayoutKernels.reshape(own(x), shape);
    }

    @Override
    public NDArray permute(NDArray x, int[] axes) {
        return LayoutKernels.permute(own(x), axes);
    }

    @Override
    public NDArray expand(NDArray x, Shape shape) {
        return LayoutKernels.expand(own(x), shape);
    }

    @Override
    public NDArray slice(NDArray x, int dim, int start, int end, int step) {
        return LayoutKernels.slice(own(x), dim, start, end, step);
    }

    @Override
    public NDArray concat(List<NDArray> arrays, int dim) {
        for (NDArray array : arrays) {
            own(array);
        }
        return LayoutKernels.concat(arrays, dim);
    }

    @Override
    public SortResult sort(NDArray x, int dim, boolean descending) {
        return IndexKernels.sort(own(x), dim, descending);
    }

    private PureArray own(NDArray x) {
        return Kernels.own(this, PureArray.class, x);
    }

    private PureArray checked(NDArray x, DType dtype) {
        PureArray array = own(x);
        Kernels.checkDtype(array, dtype);
        return array;
    }

    /** Rejects true division and pow on INT64, which core always sends as floating point. */
    private void checkSupported(BinaryOp op, DType dtype) {
        if (dtype == DType.INT64 && (op == BinaryOp.DIV || op == BinaryOp.POW)) {
            throw unsupported(op.label(), dtype);
        }
    }


    @Override
    public String toString() {
        return NAME;
    }
}
