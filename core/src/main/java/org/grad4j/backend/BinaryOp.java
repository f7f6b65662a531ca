package org.grad4j.backend;

/**
 * Elementwise kernels of two operands of the same dtype, broadcast under NumPy rules. The
 * result has the broadcast shape and the operands' dtype. Comparisons return 1 where they hold
 * and 0 elsewhere, in that dtype; any comparison with NaN is false except {@link #NE}.
 */
public enum BinaryOp {
    /** {@code a + b}. */
    ADD("add"),
    /** {@code a - b}. */
    SUB("sub"),
    /** {@code a * b}. */
    MUL("mul"),
    /** {@code a / b}; core calls it on floating-point arrays only. */
    DIV("div"),
    /** {@code a} to the power {@code b}, as {@link Math#pow}; floating-point only. */
    POW("pow"),
    /** Larger of a and b; NaN if either is NaN. */
    MAXIMUM("maximum"),
    /** Smaller of a and b; NaN if either is NaN. */
    MINIMUM("minimum"),
    /** floor(a / b), rounding toward negative infinity; INT64 division by zero throws ArithmeticException. */
    FLOOR_DIVIDE("floorDivide"),
    /** a - floor(a / b) * b: the remainder takes the sign of the divisor, as Python's {@code %}. */
    REMAINDER("remainder"),
    /** a == b. */
    EQ("eq"),
    /** a != b. */
    NE("ne"),
    /** a &lt; b. */
    LT("lt"),
    /** a &lt;= b. */
    LE("le"),
    /** a &gt; b. */
    GT("gt"),
    /** a &gt;= b. */
    GE("ge");

    private final String label;

    BinaryOp(String label) {
        this.label = label;
    }

    /** Returns the name used in messages, which is the name of the matching Tensor method. */
    public String label() {
        return label;
    }

    /** Returns true for the comparisons EQ to GE. */
    public boolean isComparison() {
        return ordinal() >= EQ.ordinal();
    }
}
