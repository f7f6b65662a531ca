package org.grad4j.tensor;

import java.util.Arrays;

/**
 * Immutable sizes of a tensor's dimensions, outermost first. A shape of rank 0 describes a
 * scalar with one element.
 *
 * <p>The element count must fit in a Java array, because the pure-Java backend stores data in
 * one primitive array and every backend copies data out to one.
 */
public final class Shape {
    /** Largest element count a Java array can hold on common JVMs. */
    public static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static final Shape SCALAR = new Shape(new int[0], 1);

    private final int[] dims;
    private final int size;

    private Shape(int[] dims, int size) {
        this.dims = dims;
        this.size = size;
    }

    /**
     * Returns the shape with the given sizes.
     *
     * @throws IllegalArgumentException if a size is negative or the element count exceeds
     *     {@link #MAX_ELEMENTS}
     */
    public static Shape of(int... dims) {
        if (dims == null) {
            throw new NullPointerException("the shape is null; pass the sizes, or no sizes for a 0-d shape");
        }
        if (dims.length == 0) {
            return SCALAR;
        }
        boolean empty = false;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0) {
                throw new IllegalArgumentException("invalid shape " + Arrays.toString(dims)
                        + ": size " + dims[i] + " of dimension " + i + " is negative; sizes must be >= 0");
            }
            empty |= dims[i] == 0;
        }
        if (empty) {
            return new Shape(dims.clone(), 0);
        }
        long count = 1;
        for (int i = 0; i < dims.length; i++) {
            count *= dims[i];
            if (count > MAX_ELEMENTS) {
                throw new IllegalArgumentException("shape " + Arrays.toString(dims)
                        + " has more elements than a Java array can hold (" + MAX_ELEMENTS
                        + "); split the data into smaller tensors");
            }
        }
        return new Shape(dims.clone(), (int) count);
    }

    /**
     * As {@link #of}, for a shape that {@code op} is asked to create, so the message of a null,
     * negative or too large shape starts with the op's name.
     */
    static Shape of(String op, int[] dims) {
        if (dims == null) {
            throw new NullPointerException(op + ": the shape is null; pass the sizes, or no sizes for a 0-d shape");
        }
        try {
            return of(dims);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(op + ": " + e.getMessage(), e);
        }
    }

    /** Returns the shape of a 0-d tensor. */
    public static Shape scalar() {
        return SCALAR;
    }

    /** Returns the number of dimensions. */
    public int rank() {
        return dims.length;
    }

    /** Returns the size of dimension {@code dim}; negative values count from the end. */
    public int dim(int dim) {
        return dims[normalizeDim("dim", dim)];
    }

    /** Returns the number of elements: the product of all sizes, 1 for a scalar. */
    public int size() {
        return size;
    }

    /** Returns a copy of the sizes. */
    public int[] toArray() {
        return dims.clone();
    }

    /**
     * Maps a dimension index that may be negative (counted from the end, as in PyTorch) to its
     * position.
     *
     * @throws IndexOutOfBoundsException naming the op, the dimension and the rank
     */
    public int normalizeDim(String op, int dim) {
        return normalizeDim(op, dim, dims.length);
    }

    /** Maps a possibly negative dimension index into {@code [0, rank)} for a given rank. */
    public static int normalizeDim(String op, int dim, int rank) {
        int normalized = dim < 0 ? dim + rank : dim;
        if (normalized < 0 || normalized >= rank) {
            String expected = rank == 0
                    ? "a tensor of rank 0 has no dimensions; reshape it first"
                    : "expected a value in [" + -rank + ", " + (rank - 1) + "]";
            throw new IndexOutOfBoundsException(op + ": dimension " + dim
                    + " is out of range for a tensor of rank " + rank + "; " + expected);
        }
        return normalized;
    }

    /**
     * Returns the row-major strides of a contiguous array of this shape, in elements. NOTE: for
     * an empty shape with very large other sizes the strides can overflow int. No kernel reads an
     * element of an empty array, so such strides never address memory.
     */
    public int[] contiguousStrides() {
        int[] strides = new int[dims.length];
        int stride = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= Math.max(dims[i], 1);
        }
        return strides;
    }

    /**
     * Returns the shape two operands broadcast to under NumPy rules: shapes are aligned at the
     * last dimension, and each pair of sizes must match or contain a 1.
     *
     * @throws IllegalArgumentException naming the op and both shapes, or the op and the result
     *     shape if it has more elements than {@link #MAX_ELEMENTS}
     */
    public static Shape broadcast(String op, Shape a, Shape b) {
        if (a.equals(b)) {
            return a;
        }
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i < rank - a.rank() ? 1 : a.dims[i - (rank - a.rank())];
            int db = i < rank - b.rank() ? 1 : b.dims[i - (rank - b.rank())];
            if (da != db && da != 1 && db != 1) {
                throw new IllegalArgumentException(op + ": shapes " + a + " and " + b
                        + " cannot be broadcast together: sizes " + da + " and " + db
                        + " at dimension " + (i - rank) + " differ and neither is 1");
            }
            out[i] = da == 1 ? db : da;
        }
        return of(op, out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shape && Arrays.equals(dims, ((Shape) other).dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** Formats the shape as {@code [2, 3]}; a scalar is {@code []}. */
    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
