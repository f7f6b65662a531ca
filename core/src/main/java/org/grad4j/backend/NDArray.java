package org.grad4j.backend;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * An n-dimensional array owned by one {@link Backend}: the data behind a tensor, with no
 * autograd state. Backends may share storage between arrays (views), so an array must be
 * treated as immutable except through {@link Backend#binaryInPlace}.
 */
public interface NDArray {
    /** Returns the sizes of the array's dimensions. */
    Shape shape();

    /** Returns the element type. */
    DType dtype();

    /** Returns the backend that made this array and runs kernels on it. */
    Backend backend();

    /**
     * Releases memory the backend holds for this array outside the Java heap, such as native
     * buffers, once no other array shares it. Views keep their shared storage alive until they
     * are released too. The array must not be used afterwards; closing twice has no further
     * effect. Backends whose arrays live on the Java heap may do nothing.
     */
    default void close() {
    }
}
