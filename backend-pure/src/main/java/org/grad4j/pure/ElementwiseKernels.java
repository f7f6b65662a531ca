package org.grad4j.pure;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.UnaryOp;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * Elementwise kernels. FLOAT32 values are computed in double and rounded once, which for
 * {@code + - * /} and sqrt gives the same result as float arithmetic and for the other functions
 * is at least as accurate. The common arithmetic ops have their own loops; the rest go through
 * a function per op.
 */
final class ElementwiseKernels {
    private ElementwiseKernels() {
    }

    static PureArray unary(UnaryOp op, PureArray x) {
        PureArray out = PureArray.allocate(x.backend, x.shape, x.dtype);
        int[] dims = x.shape.toArray();
        int[][] strides = {out.strides, x.strides};
        int[] offsets = {0, x.offset};
        if (x.dtype == DType.INT64) {
            Strided.forEachRow(dims, strides, offsets, (at, step, n) -> longUnary(op, x.longs, at[1], step[1],
                    out.longs, at[0], n));
        } else {
            DoubleUnaryOperator f = function(op);
            if (x.dtype == DType.FLOAT32) {
                Strided.forEachRow(dims, strides, offsets, (at, step, n) -> {
                    for (int i = 0; i < n; i++) {
                        out.floats[at[0] + i] = (float) f.applyAsDouble(x.floats[at[1] + i * step[1]]);
                    }
                });
            } else {
                Strided.forEachRow(dims, strides, offsets, (at, step, n) -> {
                    for (int i = 0; i < n; i++) {
                        out.doubles[at[0] + i] = f.applyAsDouble(x.doubles[at[1] + i * step[1]]);
                    }
                });
            }
        }
        return out;
    }

    static PureArray binary(BinaryOp op, PureArray a, PureArray b) {
        Shape shape = Shape.broadcast(op.label(), a.shape, b.shape);
        PureArray out = PureArray.allocate(a.backend, shape, a.dtype);
        apply(op, out, a, b);
        return out;
    }

    /** Writes {@code op(a, b)} into {@code out}, whose shape is the broadcast shape. */
    static void apply(BinaryOp op, PureArray out, PureArray a, PureArray b) {
        Shape shape = out.shape;
        int[] dims = shape.toArray();
        int[][] strides = {
            out.strides,
            Strided.broadcastStrides(a.shape, a.strides, shape),
            Strided.broadcastStrides(b.shape, b.strides, shape)};
        int[] offsets = {out.offset, a.offset, b.offset};
        switch (a.dtype) {
            case FLOAT32:
                Strided.forEachRow(dims, strides, offsets, (at, step, n) -> floatBinary(op,
                        a.floats, at[1], step[1], b.floats, at[2], step[2], out.floats, at[0], step[0], n));
                break;
            case FLOAT64:
                Strided.forEachRow(dims, strides, offsets, (at, step, n) -> doubleBinary(op,
                        a.doubles, at[1], step[1], b.doubles, at[2], step[2], out.doubles, at[0], step[0], n));
                break;
            default:
                Strided.forEachRow(dims, strides, offsets, (at, step, n) -> longBinary(op,
                        a.longs, at[1], step[1], b.longs, at[2], step[2], out.longs, at[0], step[0], n));
                break;
        }
    }

    private static void floatBinary(BinaryOp op, float[] a, int ai, int as, float[] b, int bi, int bs,
            float[] o, int oi, int os, int n) {
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] + b[bi + i * bs];
                }
                return;
            case SUB:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] - b[bi + i * bs];
                }
                return;
            case MUL:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] * b[bi + i * bs];
                }
                return;
            case DIV:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] / b[bi + i * bs];
                }
                return;
            default:
                DoubleBinaryOperator f = function(op);
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = (float) f.applyAsDouble(a[ai + i * as], b[bi + i * bs]);
                }
        }
    }

    private static void doubleBinary(BinaryOp op, double[] a, int ai, int as, double[] b, int bi, int bs,
            double[] o, int oi, int os, int n) {
        switch (op) {
            case ADD:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] + b[bi + i * bs];
                }
                return;
            case SUB:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] - b[bi + i * bs];
                }
                return;
            case MUL:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] * b[bi + i * bs];
                }
                return;
            case DIV:
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = a[ai + i * as] / b[bi + i * bs];
                }
                return;
            default:
                DoubleBinaryOperator f = function(op);
                for (int i = 0; i < n; i++) {
                    o[oi + i * os] = f.applyAsDouble(a[ai + i * as], b[bi + i * bs]);
                }
        }
    }

    private static void longBinary(BinaryOp op, long[] a, int ai, int as, long[] b, int bi, int bs,
            long[] o, int oi, int os, int n) {
        for (int i = 0; i < n; i++) {
            long x = a[ai + i * as];
            long y = b[bi + i * bs];
            o[oi + i * os] = longOp(op, x, y);
        }
    }

    private static long longOp(BinaryOp op, long x, long y) {
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
                throw PureBackend.unsupportedOp(op.label(), DType.INT64);
        }
    }

    private static long checkDivisor(BinaryOp op, long y) {
        if (y == 0) {
            throw new ArithmeticException(op.label() + ": integer division by zero; check the divisor or use"
                    + " floating-point tensors, where it gives inf or NaN");
        }
        return y;
    }

    private static void longUnary(UnaryOp op, long[] x, int xi, int xs, long[] o, int oi, int n) {
        for (int i = 0; i < n; i++) {
            long v = x[xi + i * xs];
            switch (op) {
                case NEG:
                    o[oi + i] = -v;
                    break;
                case ABS:
                    o[oi + i] = Math.abs(v);
                    break;
                case SIGN:
                    o[oi + i] = Long.signum(v);
                    break;
                case FLOOR:
                case CEIL:
                    o[oi + i] = v;
                    break;
                default:
                    throw PureBackend.unsupportedOp(op.label(), DType.INT64);
            }
        }
    }

    private static DoubleUnaryOperator function(UnaryOp op) {
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
                throw new IllegalStateException("no kernel for unary op " + op);
        }
    }

    private static DoubleBinaryOperator function(BinaryOp op) {
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
                return ElementwiseKernels::floorDivide;
            case REMAINDER:
                return ElementwiseKernels::floorRemainder;
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
                throw new IllegalStateException("no kernel for binary op " + op);
        }
    }

    /**
     * Floor of x / y that agrees with {@link #floorRemainder}, so x == q * y + r up to rounding.
     * It divides x minus the exact remainder, as CPython's float {@code //} does: floor(x / y)
     * alone rounds the quotient first and gives 10 for 1.0 / 0.1, where the true quotient lies
     * below 10 and the remainder is 0.0999...
     */
    private static double floorDivide(double x, double y) {
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

    /** Remainder with the sign of the divisor, from the exact {@code fmod}. */
    private static double floorRemainder(double x, double y) {
        double r = x % y;
        if (r != 0 && (r < 0) != (y < 0)) {
            r += y;
        }
        return r;
    }
}
