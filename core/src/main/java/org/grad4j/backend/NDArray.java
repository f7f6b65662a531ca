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
}
