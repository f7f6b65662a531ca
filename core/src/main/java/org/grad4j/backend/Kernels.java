package org.grad4j.backend;

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
}
