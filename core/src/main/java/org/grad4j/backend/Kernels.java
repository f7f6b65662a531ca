package org.grad4j.backend;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * Checks that every backend shares, so that all backends reject the same inputs with the same
 * message.
 */
public final class Kernels {
    private Kernels() {
    }

    /**
     * Returns {@code index} as a position in {@code [0, size)}, counting negative values from
     * the end.
     *
     * @throws IndexOutOfBoundsException naming the index, the dimension and its size
     */
    public static int checkIndex(String op, long index, int dim, int size) {
        if (index < -size || index >= size) {
            throw new IndexOutOfBoundsException(op + ": index " + index + " is out of bounds for dimension "
                    + dim + " with size " + size + "; valid indices are " + (size == 0
                            ? "none, because the dimension is empty"
                            : "in [" + -size + ", " + (size - 1) + "]"));
        }
        return (int) (index < 0 ? index + size : index);
    }

    /**
     * Describes two backend instances that differ, for a message such as "the operands live on
     * ...": "different backends (pure and nd4j)", or "two different instances of the pure
     * backend" when their names are equal.
     */
    public static String describeBackends(Backend first, Backend second) {
        if (first.name().equals(second.name())) {
            return "two different instances of the " + first.name() + " backend";
        }
        return "different backends (" + first.name() + " and " + second.name() + ")";
    }

    /**
     * Returns every index as a position in {@code [0, size)} of dimension 0, checking all of
     * them before a kernel touches any row, so a bad index leaves nothing half-done.
     *
     * @throws IndexOutOfBoundsException for the first index outside {@code [-size, size)}
     */
    public static int[] checkRows(String op, long[] indices, int size) {
        int[] rows = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            rows[i] = checkIndex(op, indices[i], 0, size);
        }
        return rows;
    }

    /** Returns the shape of gathering rows of {@code source} by {@code index}: {@code index.shape + source.shape[1:]}. */
    public static Shape gatherShape(Shape index, Shape source) {
        int[] dims = new int[index.rank() + source.rank() - 1];
        for (int i = 0; i < index.rank(); i++) {
            dims[i] = index.dim(i);
        }
        for (int i = 1; i < source.rank(); i++) {
            dims[index.rank() + i - 1] = source.dim(i);
        }
        return Shape.of(dims);
    }

    /**
     * Checks that {@code op(self, other)} fits in {@code self}, the contract of an in-place op.
     *
     * @throws IllegalArgumentException naming the op, self's shape and the broadcast shape
     */
    public static void checkInPlace(String op, Shape self, Shape other) {
        Shape result = Shape.broadcast(op, self, other);
        if (!result.equals(self)) {
            throw new IllegalArgumentException(op + " in place: the result of broadcasting " + self + " with "
                    + other + " has shape " + result + ", which does not fit self's shape " + self
                    + "; use the out-of-place op, which returns a new tensor of shape " + result);
        }
    }

    /**
     * Checks that a kernel received an array of the expected backend, so that a backend never
     * casts another backend's array.
     *
     * @throws IllegalArgumentException naming both backends and the fix
     */
    public static <A extends NDArray> A own(Backend backend, Class<A> arrayType, NDArray array) {
        if (!arrayType.isInstance(array)) {
            throw new IllegalArgumentException("the " + backend.name() + " backend received an array of the "
                    + array.backend().name() + " backend; copy the tensor with tensor.to(backend) first");
        }
        return arrayType.cast(array);
    }

    /**
     * Checks that an array has the dtype a kernel needs.
     *
     * @throws IllegalArgumentException naming both dtypes
     */
    public static void checkDtype(NDArray array, DType dtype) {
        if (array.dtype() != dtype) {
            throw new IllegalArgumentException("expected a " + dtype + " array but got " + array.dtype()
                    + "; cast it first");
        }
    }

    /**
     * Checks that both operands of a kernel have one dtype.
     *
     * @throws IllegalArgumentException naming the op and both dtypes
     */
    public static void checkSameDtype(String op, NDArray a, NDArray b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(op + ": operands have dtypes " + a.dtype() + " and " + b.dtype()
                    + "; cast them to one dtype first");
        }
    }

    /**
     * Checks that Java data handed to a backend fills {@code shape} exactly.
     *
     * @throws IllegalArgumentException naming the length and the shape
     */
    public static void checkLength(int length, Shape shape) {
        if (length != shape.size()) {
            throw new IllegalArgumentException("the data has " + length + " elements but shape " + shape
                    + " needs " + shape.size());
        }
    }
}
