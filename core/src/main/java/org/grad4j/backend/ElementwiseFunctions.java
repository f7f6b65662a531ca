package org.grad4j.backend;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The value of each elementwise op on single elements, in Java. Backends use these wherever
 * they compute in Java, so that all of them agree bit for bit there. Floating-point values are
 * computed in double precision, and the caller rounds FLOAT32 results once.
 */
public final class ElementwiseFunctions {
    private ElementwiseFunctions() {
    }

    /** Returns the floating-point function of {@code op}. */
    public static DoubleUnaryOperator of(UnaryOp op) {
        switch (op) {
            case NEG:
                return v -> -v;
            case ABS:
                return Math::abs;
            case SIGN:
                return Math::signum;
            case FLOOR:
                return Math::floor;
            case CEIL:
                return Math::ceil;
            case EXP:
                return Math::exp;
            case LOG:
                return Math::log;
            case SQRT:
                return Math::sqrt;
            case SIN:
                return Math::sin;
            case COS:
                return Math::cos;
            case TANH:
                return Math::tanh;
            default:
                throw new IllegalStateException("no function for unary op " + op);
        }
    }

    /** Returns the floating-point function of {@code op}; comparisons give 1 or 0. */
    public static DoubleBinaryOperator of(BinaryOp op) {
        switch (op) {
            case ADD:
                return Double::sum;
            case SUB:
                return (x, y) -> x - y;
            case MUL:
                return (x, y) -> x * y;
            case DIV:
                return (x, y) -> x / y;
            case POW:
                return Math::pow;
            case MAXIMUM:
                return (x, y) -> x != x || y != y ? Double.NaN : Math.max(x, y);
            case MINIMUM:
                return (x, y) -> x != x || y != y ? Double.NaN : Math.min(x, y);
            case FLOOR_DIVIDE:
                return ElementwiseFunctions::floorDivide;
            case REMAINDER:
                return ElementwiseFunctions::floorRemainder;
            case EQ:
                return (x, y) -> x == y ? 1 : 0;
            case NE:
                return (x, y) -> x != y ? 1 : 0;
            case LT:
                return (x, y) -> x < y ? 1 : 0;
            case LE:
                return (x, y) -> x <= y ? 1 : 0;
            case GT:
                return (x, y) -> x > y ? 1 : 0;
            case GE:
                return (x, y) -> x >= y ? 1 : 0;
            default:
                throw new IllegalStateException("no function for binary op " + op);
        }
    }

    /**
     * Returns {@code op(x)} on INT64 values; FLOOR and CEIL leave integers unchanged.
     *
     * @throws IllegalStateException for a floating-point-only op, which core never sends here
     */
    public static long applyLong(UnaryOp op, long x) {
        switch (op) {
            case NEG:
                return -x;
            case ABS:
                return Math.abs(x);
            case SIGN:
                return Long.signum(x);
            case FLOOR:
            case CEIL:
                return x;
            default:
                throw new IllegalStateException("no INT64 function for unary op " + op);
        }
    }

    /**
     * Returns {@code op(x, y)} on INT64 values, with floor semantics for FLOOR_DIVIDE and
     * REMAINDER.
     *
     * @throws ArithmeticException for a division by zero
     * @throws IllegalStateException for DIV and POW, which core sends as floating point
     */
    public static long applyLong(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case MAXIMUM:
                return Math.max(x, y);
            case MINIMUM:
                return Math.min(x, y);
            case FLOOR_DIVIDE:
                return Math.floorDiv(x, checkDivisor(op, y));
            case REMAINDER:
                return Math.floorMod(x, checkDivisor(op, y));
            case EQ:
                return x == y ? 1 : 0;
            case NE:
                return x != y ? 1 : 0;
            case LT:
                return x < y ? 1 : 0;
            case LE:
                return x <= y ? 1 : 0;
            case GT:
                return x > y ? 1 : 0;
            case GE:
                return x >= y ? 1 : 0;
            default:
                throw new IllegalStateException("no INT64 function for binary op " + op);
        }
    }

    private static long checkDivisor(BinaryOp op, long y) {
        if (y == 0) {
            throw new ArithmeticException(op.label() + ": integer division by zero; check the divisor or use"
                    + " floating-point tensors, where it gives inf or NaN");
        }
        return y;
    }

    /**
     * Returns floor(x / y) consistent with {@link #floorRemainder}, so x == q * y + r up to
     * rounding. As CPython's float {@code //}, it divides x minus the exact remainder, because
     * flooring the rounded quotient gives 10 for 1.0 / 0.1, whose exact quotient lies below 10.
     */
    public static double floorDivide(double x, double y) {
        if (y == 0) {
            return x / y;
        }
        double mod = x % y;
        double quotient = (x - mod) / y;
        if (mod != 0 && (y < 0) != (mod < 0)) {
            quotient -= 1.0;
        }
        if (quotient == 0) {
            return Math.copySign(0.0, x / y);
        }
        double floored = Math.floor(quotient);
        return quotient - floored > 0.5 ? floored + 1.0 : floored;
    }

    /** Returns the remainder of x / y with the sign of the divisor, from the exact {@code fmod}. */
    public static double floorRemainder(double x, double y) {
        double r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) {
            r += y;
        }
        return r;
    }
}
