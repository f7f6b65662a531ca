package org.grad4j.nd4j;

import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An array of the ND4J backend: an {@link INDArray} in native memory with its shape and dtype
 * in grad4j's terms. The wrapped array may be a view that shares its buffer with other arrays,
 * with any strides including 0 on expanded dimensions, so kernels never close it.
 */
final class Nd4jArray implements NDArray {
    final Nd4jBackend backend;
    final INDArray array;
    final Shape shape;
    final DType dtype;

    /** Wraps {@code array}, whose shape must be {@code shape}. */
    Nd4jArray(Nd4jBackend backend, INDArray array, Shape shape) {
        this.backend = backend;
        this.array = array;
        this.shape = shape;
        this.dtype = NativeData.dtypeOf(array);
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
