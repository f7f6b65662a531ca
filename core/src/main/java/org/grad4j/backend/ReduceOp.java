package org.grad4j.backend;

/**
 * Reductions over chosen dimensions. FLOAT32 SUM and MEAN accumulate in double precision and
 * round once, so large sums are exact to float32 rounding; INT64 SUM is exact unless it
 * overflows. MAX and MIN return NaN for any slice that contains NaN, as PyTorch does.
 */
public enum ReduceOp {
    /** Sum of the elements; 0 over an empty slice. */
    SUM,
    /** Arithmetic mean; floating-point only; NaN over an empty slice. */
    MEAN,
    /** Largest element; core rejects empty slices before calling it. */
    MAX,
    /** Smallest element; core rejects empty slices before calling it. */
    MIN;

    /** Returns the lower-case name used in messages. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
