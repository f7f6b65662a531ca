package org.grad4j.nd4j;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An array of the ND4J backend: an {@link INDArray} in native memory with its shape and dtype
 * in grad4j's terms. The wrapped array may be a view that shares its buffer with other arrays,
 * with any strides including 0 on expanded dimensions, so kernels never close it.
 *
 * <p>Arrays that share a native buffer share one {@link Lease}, which frees the buffer when the
 * last of them is closed. Arrays that are never closed leave their buffer to ND4J's own
 * deallocator, which runs after the garbage collector finds them.
 */
final class Nd4jArray implements NDArray {
    final Nd4jBackend backend;
    final INDArray array;
    final Shape shape;
    final DType dtype;
    private final Lease lease;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Wraps {@code array}, a new array that shares its buffer with no other grad4j array. */
    Nd4jArray(Nd4jBackend backend, INDArray array, Shape shape) {
        this(backend, array, shape, null);
    }

    /**
     * Wraps {@code array}, which a view kernel made from {@code source}: if it shares source's
     * buffer, the two share one lease, so the buffer lives until both are closed.
     */
    Nd4jArray(Nd4jBackend backend, INDArray array, Shape shape, Nd4jArray source) {
        this.backend = backend;
        this.array = array;
        this.shape = shape;
        this.dtype = NativeData.dtypeOf(array);
        DataBuffer root = rootBuffer(array);
        this.lease = source != null && root != null && source.lease.root == root
                ? source.lease.retain()
                : new Lease(root);
    }

    /** Returns true once {@link #close()} was called. */
    boolean isClosed() {
        return closed.get();
    }

    /** Frees the native buffer if no other open array shares it. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            lease.release();
        }
    }

    private static DataBuffer rootBuffer(INDArray array) {
        if (array.isEmpty() || array.data() == null) {
            return null;
        }
        DataBuffer buffer = array.data();
        return buffer.underlyingDataBuffer() != null ? buffer.underlyingDataBuffer() : buffer;
    }

    /** The count of open arrays that use one native buffer. */
    private static final class Lease {
        private final DataBuffer root;
        private final AtomicInteger users = new AtomicInteger(1);

        Lease(DataBuffer root) {
            this.root = root;
        }

        Lease retain() {
            users.incrementAndGet();
            return this;
        }

        void release() {
            if (users.decrementAndGet() == 0 && root != null && !root.wasClosed()) {
                root.close();
            }
        }
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
        return "Nd4jArray" + shape + " " + dtype;
    }
}
