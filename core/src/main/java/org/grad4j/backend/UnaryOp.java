package org.grad4j.backend;

/**
 * Elementwise kernels of one operand. Each result has the operand's shape and dtype. Ops marked
 * floating-point only are called by core on FLOAT32 and FLOAT64 arrays only.
 */
public enum UnaryOp {
    /** {@code -x}. */
    NEG,
    /** {@code |x|}. */
    ABS,
    /** -1, 0 or 1 by the sign of x; NaN stays NaN. */
    SIGN,
    /** Largest integer not greater than x, rounding toward negative infinity; floor(-0.5) = -1. */
    FLOOR,
    /** Smallest integer not less than x. */
    CEIL,
    /** e to the power x; floating-point only. */
    EXP,
    /** Natural logarithm; log(0) = -inf, log(x &lt; 0) = NaN; floating-point only. */
    LOG,
    /** Square root; sqrt(x &lt; 0) = NaN; floating-point only. */
    SQRT,
    /** Sine of x in radians; floating-point only. */
    SIN,
    /** Cosine of x in radians; floating-point only. */
    COS,
    /** Hyperbolic tangent; floating-point only. */
    TANH;

    /** Returns true if the op is defined on floating-point arrays only. */
    public boolean isFloatingPointOnly() {
        return ordinal() >= EXP.ordinal();
    }

    /** Returns the lower-case name used in messages, such as {@code exp}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
