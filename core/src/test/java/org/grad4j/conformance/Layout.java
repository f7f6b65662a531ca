package org.grad4j.conformance;

/**
 * Memory layouts in which checks feed the same logical matrix to a kernel. A kernel that reads
 * a view as one contiguous block from the start of its buffer gives wrong values on every
 * layout except {@link #CONTIGUOUS}.
 */
public enum Layout {
    /** Row-major storage of exactly the matrix. */
    CONTIGUOUS,
    /** The transpose of a row-major matrix, so rows step by 1 and columns by the row count. */
    TRANSPOSED,
    /**
     * Every second column of a larger matrix, starting one row and one column in, so the view
     * has an offset and a column step of 2; the elements around it hold a sentinel value.
     */
    STRIDED
}
