package org.grad4j.conformance;

import java.util.List;
import org.grad4j.backend.Backend;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.ReduceOp;
import org.grad4j.backend.SortResult;
import org.grad4j.backend.UnaryOp;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * A second backend for tests that mix backends: it stores arrays and copies them in and out,
 * and fails the test with an {@link AssertionError} from every kernel. Core must reject tensors
 * of two backends before it runs a kernel, so a test that reaches one of these kernels has found
 * a missing check. An {@code AssertionError} is used rather than
 * {@link UnsupportedOperationException}, which the suite would report as skipped.
 */
final class StorageOnlyBackend implements Backend {
    private final String name;

    /** Creates a backend called {@code name}; pass the name of the backend under test to get a second instance of it. */
    StorageOnlyBackend(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public NDArray fromFloats(float[] data, Shape shape) {
        return new StoredArray(this, shape, DType.FLOAT32, data.clone());
    }

    @Override
    public NDArray fromDoubles(double[] data, Shape shape) {
        return new StoredArray(this, shape, DType.FLOAT64, data.clone());
    }

    @Override
    public NDArray fromLongs(long[] data, Shape shape) {
        return new StoredArray(this, shape, DType.INT64, data.clone());
    }

    @Override
    public NDArray full(Shape shape, DType dtype, double value) {
        switch (dtype) {
            case FLOAT32: {
                float[] values = new float[shape.size()];
                java.util.Arrays.fill(values, (float) value);
                return new StoredArray(this, shape, dtype, values);
            }
            case FLOAT64: {
                double[] values = new double[shape.size()];
                java.util.Arrays.fill(values, value);
                return new StoredArray(this, shape, dtype, values);
            }
            default: {
                long[] values = new long[shape.size()];
                java.util.Arrays.fill(values, (long) value);
                return new StoredArray(this, shape, dtype, values);
            }
        }
    }

    @Override
    public float[] toFloats(NDArray x) {
        return ((float[]) stored(x, DType.FLOAT32)).clone();
    }

    @Override
    public double[] toDoubles(NDArray x) {
        return ((double[]) stored(x, DType.FLOAT64)).clone();
    }

    @Override
    public long[] toLongs(NDArray x) {
        return ((long[]) stored(x, DType.INT64)).clone();
    }

    @Override
    public NDArray copy(NDArray x) {
        throw kernelCalled("copy");
    }

    @Override
    public NDArray unary(UnaryOp op, NDArray x) {
        throw kernelCalled(op.label());
    }

    @Override
    public NDArray binary(BinaryOp op, NDArray a, NDArray b) {
        throw kernelCalled(op.label());
    }

    @Override
    public void binaryInPlace(BinaryOp op, NDArray self, NDArray other) {
        throw kernelCalled(op.label() + " in place");
    }

    @Override
    public NDArray reduce(ReduceOp op, NDArray x, int[] dims, boolean keepDim) {
        throw kernelCalled(op.label());
    }

    @Override
    public NDArray matmul(NDArray a, NDArray b) {
        throw kernelCalled("matmul");
    }

    @Override
    public NDArray indexSelect(NDArray source, NDArray index) {
        throw kernelCalled("indexSelect");
    }

    @Override
    public NDArray indexAdd(Shape shape, NDArray index, NDArray source) {
        throw kernelCalled("indexAdd");
    }

    @Override
    public NDArray cast(NDArray x, DType dtype) {
        throw kernelCalled("cast");
    }

    @Override
    public NDArray reshape(NDArray x, Shape shape) {
        throw kernelCalled("reshape");
    }

    @Override
    public NDArray permute(NDArray x, int[] axes) {
        throw kernelCalled("permute");
    }

    @Override
    public NDArray expand(NDArray x, Shape shape) {
        throw kernelCalled("expand");
    }

    @Override
    public NDArray slice(NDArray x, int dim, int start, int end, int step) {
        throw kernelCalled("slice");
    }

    @Override
    public NDArray concat(List<NDArray> arrays, int dim) {
        throw kernelCalled("concat");
    }

    @Override
    public SortResult sort(NDArray x, int dim, boolean descending) {
        throw kernelCalled("sort");
    }

    private Object stored(NDArray x, DType dtype) {
        StoredArray array = (StoredArray) x;
        if (array.dtype != dtype) {
            throw new AssertionError("expected a " + dtype + " array but got " + array.dtype);
        }
        return array.values;
    }

    private AssertionError kernelCalled(String kernel) {
        return new AssertionError("core ran the kernel " + kernel + " on the storage-only backend '" + name
                + "'; it should have rejected the mix of backends before running any kernel");
    }

    /** Row-major values of one dtype: a float[], double[] or long[]. */
    private static final class StoredArray implements NDArray {
        private final Backend backend;
        private final Shape shape;
        private final DType dtype;
        private final Object values;

        StoredArray(Backend backend, Shape shape, DType dtype, Object values) {
            this.backend = backend;
            this.shape = shape;
            this.dtype = dtype;
            this.values = values;
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
    }
}
