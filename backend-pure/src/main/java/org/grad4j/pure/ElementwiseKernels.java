package org.grad4j.pure;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.ElementwiseFunctions;
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
            Strided.forEachRow(dims, strides, offsets, (at, step, n) -> {
                for (int i = 0; i < n; i++) {
                    out.longs[at[0] + i] = ElementwiseFunctions.applyLong(op, x.longs[at[1] + i * step[1]]);
                }
            });
        } else {
            DoubleUnaryOperator f = ElementwiseFunctions.of(op);
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
                DoubleBinaryOperator f = ElementwiseFunctions.of(op);
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
                DoubleBinaryOperator f = ElementwiseFunctions.of(op);
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
            o[oi + i * os] = ElementwiseFunctions.applyLong(op, x, y);
        }
    }
}
