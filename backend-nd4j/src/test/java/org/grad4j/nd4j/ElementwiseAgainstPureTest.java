package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.UnaryOp;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/** Elementwise kernels of the ND4J backend against the pure backend, on every dtype, layout and broadcast position. */
class ElementwiseAgainstPureTest {
    private static final Shape[] SHAPES = {
        Shape.scalar(), Shape.of(1), Shape.of(7), Shape.of(0), Shape.of(3, 4), Shape.of(2, 0, 3), Shape.of(2, 3, 4)};

    /** Pairs of operand shapes: equal, broadcast on either side, across ranks, 0-d and zero-size. */
    private static final Shape[][] BROADCAST_PAIRS = {
        {Shape.of(3, 4), Shape.of(3, 4)},
        {Shape.of(3, 4), Shape.of(4)},
        {Shape.of(4), Shape.of(3, 4)},
        {Shape.of(3, 1), Shape.of(1, 4)},
        {Shape.of(1, 4), Shape.of(3, 1)},
        {Shape.of(4, 1, 3), Shape.of(2, 1)},
        {Shape.of(2, 3), Shape.scalar()},
        {Shape.scalar(), Shape.of(2, 3)},
        {Shape.scalar(), Shape.scalar()},
        {Shape.of(1), Shape.of(5)},
        {Shape.of(0, 3), Shape.of(3)},
        {Shape.of(1), Shape.of(0)},
        {Shape.of(2, 3, 4), Shape.of(2, 1, 4)}};

    @Test
    void unaryOpsMatchOnEveryLayout() {
        Random random = new Random(1);
        for (DType dtype : DType.values()) {
            for (UnaryOp op : UnaryOp.values()) {
                for (Shape shape : SHAPES) {
                    for (Layout layout : Layout.values()) {
                        Twin x = Inputs.random(dtype, shape, layout, random, true);
                        String caseName = op + " " + dtype + " " + shape + " " + layout;
                        Compare.sameResult(caseName, Tolerance.ELEMENTWISE, side -> side.backend.unary(op, x.on(side)));
                    }
                }
            }
        }
    }

    @Test
    void unaryOpsMatchOnLargeArrays() {
        Random random = new Random(2);
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Twin x = Inputs.random(dtype, Shape.of(300, 400), Layout.CONTIGUOUS, random, true);
            for (UnaryOp op : UnaryOp.values()) {
                Compare.sameResult(op + " " + dtype, Tolerance.ELEMENTWISE, side -> side.backend.unary(op, x.on(side)));
            }
        }
    }

    @Test
    void floatingPointOnlyOpsRejectInt64() {
        NDArray x = Side.ND4J.backend.fromLongs(new long[] {1, 2}, Shape.of(2));
        for (UnaryOp op : UnaryOp.values()) {
            if (op.isFloatingPointOnly()) {
                assertThrows(UnsupportedOperationException.class, () -> Side.ND4J.backend.unary(op, x), op.label());
            }
        }
        for (BinaryOp op : new BinaryOp[] {BinaryOp.DIV, BinaryOp.POW}) {
            assertThrows(UnsupportedOperationException.class, () -> Side.ND4J.backend.binary(op, x, x), op.label());
        }
    }

    @Test
    void binaryOpsMatchOnEveryBroadcastAndLayout() {
        Random random = new Random(3);
        for (DType dtype : DType.values()) {
            for (BinaryOp op : BinaryOp.values()) {
                if (dtype == DType.INT64 && (op == BinaryOp.DIV || op == BinaryOp.POW)) {
                    continue;
                }
                for (Shape[] pair : BROADCAST_PAIRS) {
                    for (Layout aLayout : Layout.values()) {
                        for (Layout bLayout : Layout.values()) {
                            Twin a = Inputs.random(dtype, pair[0], aLayout, random, true);
                            Twin b = divisor(op, dtype, pair[1], bLayout, random);
                            String caseName = op + " " + dtype + " " + pair[0] + " " + aLayout + " with " + pair[1] + " "
                                    + bLayout;
                            Compare.sameResult(caseName, Tolerance.ELEMENTWISE,
                                    side -> side.backend.binary(op, a.on(side), b.on(side)));
                        }
                    }
                }
            }
        }
    }

    /** Returns the right operand; INT64 divisors avoid 0, which throws (checked separately). */
    private static Twin divisor(BinaryOp op, DType dtype, Shape shape, Layout layout, Random random) {
        if (dtype == DType.INT64 && (op == BinaryOp.FLOOR_DIVIDE || op == BinaryOp.REMAINDER)) {
            return Inputs.laidOut(dtype, shape, layout, size -> Inputs.nonZeroLongs(size, random));
        }
        return Inputs.random(dtype, shape, layout, random, true);
    }

    @Test
    void binaryOpsMatchOnLargeBroadcasts() {
        Random random = new Random(4);
        for (DType dtype : DType.values()) {
            Twin a = Inputs.random(dtype, Shape.of(300, 400), Layout.CONTIGUOUS, random, true);
            Twin b = divisor(BinaryOp.REMAINDER, dtype, Shape.of(400), Layout.CONTIGUOUS, random);
            for (BinaryOp op : BinaryOp.values()) {
                if (dtype == DType.INT64 && (op == BinaryOp.DIV || op == BinaryOp.POW)) {
                    continue;
                }
                Compare.sameResult(op + " " + dtype, Tolerance.ELEMENTWISE,
                        side -> side.backend.binary(op, a.on(side), b.on(side)));
                Compare.sameResult(op + " " + dtype + " swapped", Tolerance.ELEMENTWISE,
                        side -> side.backend.binary(op, b.on(side), a.on(side)));
            }
        }
    }

    @Test
    void int64DivisionByZeroThrows() {
        Twin a = Twin.of(DType.INT64, Shape.of(3), new double[] {7, -7, 0});
        Twin b = Twin.of(DType.INT64, Shape.of(3), new double[] {2, 0, 1});
        for (BinaryOp op : new BinaryOp[] {BinaryOp.FLOOR_DIVIDE, BinaryOp.REMAINDER}) {
            assertThrows(ArithmeticException.class, () -> Side.ND4J.backend.binary(op, a.nd4j(), b.nd4j()), op.label());
            Compare.sameResult(op.label() + " by zero", Tolerance.EXACT,
                    side -> side.backend.binary(op, a.on(side), b.on(side)));
        }
    }

    @Test
    void nanInFirstOperandPropagates() {
        Twin a = Twin.of(DType.FLOAT32, Shape.of(4), new double[] {Double.NaN, 1, Double.NaN, 2});
        Twin b = Twin.of(DType.FLOAT32, Shape.of(4), new double[] {1, Double.NaN, Double.NaN, 0});
        for (BinaryOp op : new BinaryOp[] {BinaryOp.MAXIMUM, BinaryOp.MINIMUM}) {
            Twin result = Compare.sameResult(op.label(), Tolerance.EXACT,
                    side -> side.backend.binary(op, a.on(side), b.on(side)));
            float[] values = Side.ND4J.backend.toFloats(result.nd4j());
            org.junit.jupiter.api.Assertions.assertTrue(Float.isNaN(values[0]), op.label() + "(NaN, 1)");
            org.junit.jupiter.api.Assertions.assertTrue(Float.isNaN(values[1]), op.label() + "(1, NaN)");
        }
    }

    @Test
    void powMatchesJavaOnEdgeCases() {
        Twin base = Twin.of(DType.FLOAT64, Shape.of(5), new double[] {1, -1, 1, 2, Double.NaN});
        Twin exponent = Twin.of(DType.FLOAT64, Shape.of(5),
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3, 0});
        Twin result = Compare.sameResult("pow", Tolerance.EXACT,
                side -> side.backend.binary(BinaryOp.POW, base.on(side), exponent.on(side)));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {Double.NaN, Double.NaN, Double.NaN, 8, 1},
                Side.ND4J.backend.toDoubles(result.nd4j()));
    }
}
