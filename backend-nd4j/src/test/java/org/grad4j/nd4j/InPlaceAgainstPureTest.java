package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * binaryInPlace of the ND4J backend against the pure backend. The target is a view into a
 * larger array, so each check also compares that array to see that the update reached exactly
 * the view's elements.
 */
class InPlaceAgainstPureTest {
    private static final Shape TARGET = Shape.of(3, 4);
    private static final Shape[] OPERANDS = {Shape.of(3, 4), Shape.of(4), Shape.of(3, 1), Shape.scalar()};

    /** Ways to carve a [3, 4] target out of a larger array: the whole array, rows, a transpose and a strided view. */
    private enum Target {
        WHOLE, ROWS, TRANSPOSED, STRIDED
    }

    @Test
    void everyOpUpdatesTargetViews() {
        Random random = new Random(5);
        for (DType dtype : DType.values()) {
            for (BinaryOp op : BinaryOp.values()) {
                if (dtype == DType.INT64 && (op == BinaryOp.DIV || op == BinaryOp.POW)) {
                    continue;
                }
                for (Target target : Target.values()) {
                    for (Shape shape : OPERANDS) {
                        for (Layout layout : Layout.values()) {
                            String caseName = op + " " + dtype + " into " + target + " with " + shape + " " + layout;
                            Twin whole = base(dtype, target, random);
                            Twin self = Twin.run(side -> view(side, whole.on(side), target));
                            Twin other = dtype == DType.INT64 ? Inputs.laidOut(dtype, shape, layout,
                                    size -> Inputs.nonZeroLongs(size, random))
                                    : Inputs.random(dtype, shape, layout, random, true);
                            for (Side side : Side.values()) {
                                side.backend.binaryInPlace(op, self.on(side), other.on(side));
                            }
                            Compare.sameValues(caseName + ": target", Tolerance.ELEMENTWISE, self);
                            Compare.sameValues(caseName + ": array under the target", Tolerance.ELEMENTWISE, whole);
                        }
                    }
                }
            }
        }
    }

    private static Twin base(DType dtype, Target target, Random random) {
        Shape shape = target == Target.WHOLE ? TARGET
                : target == Target.ROWS ? Shape.of(5, 4)
                : target == Target.TRANSPOSED ? Shape.of(4, 3)
                : Shape.of(7, 9);
        return Twin.of(dtype, shape, Inputs.values(dtype, shape.size(), random, true));
    }

    private static NDArray view(Side side, NDArray whole, Target target) {
        switch (target) {
            case ROWS:
                return side.backend.slice(whole, 0, 1, 4, 1);
            case TRANSPOSED:
                return side.backend.permute(whole, new int[] {1, 0});
            case STRIDED: {
                NDArray rows = side.backend.slice(whole, 0, 1, 7, 2);
                return side.backend.slice(rows, 1, 1, 9, 2);
            }
            default:
                return whole;
        }
    }

    @Test
    void operandSharingTargetIsReadBeforeWrite() {
        Random random = new Random(6);
        for (DType dtype : DType.values()) {
            for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.MAXIMUM}) {
                Twin self = Twin.of(dtype, Shape.of(4, 4), Inputs.values(dtype, 16, random, false));
                Twin transposed = Twin.run(side -> side.backend.permute(self.on(side), new int[] {1, 0}));
                for (Side side : Side.values()) {
                    side.backend.binaryInPlace(op, self.on(side), transposed.on(side));
                }
                Compare.sameValues(op + " " + dtype + " with own transpose", Tolerance.ELEMENTWISE, self);
                for (Side side : Side.values()) {
                    side.backend.binaryInPlace(op, self.on(side), self.on(side));
                }
                Compare.sameValues(op + " " + dtype + " with itself", Tolerance.ELEMENTWISE, self);
            }
        }
    }

    @Test
    void columnViewsTakeTheAxpyPath() {
        Random random = new Random(20);
        for (DType dtype : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB}) {
                Twin row = Twin.of(dtype, Shape.of(1, 4), Inputs.values(dtype, 4, random, false));
                Twin column = Twin.run(side -> side.backend.permute(row.on(side), new int[] {1, 0}));
                Twin self = Twin.of(dtype, Shape.of(4, 1), Inputs.values(dtype, 4, random, false));
                for (Side side : Side.values()) {
                    side.backend.binaryInPlace(op, self.on(side), column.on(side));
                    side.backend.binaryInPlace(op, column.on(side), self.on(side));
                }
                Compare.sameValues(op + " " + dtype + " target", Tolerance.EXACT, self);
                Compare.sameValues(op + " " + dtype + " permuted target", Tolerance.EXACT, column);
                Compare.sameValues(op + " " + dtype + " array under the permuted target", Tolerance.EXACT, row);
            }
        }
    }

    @Test
    void resultLargerThanTargetIsRejected() {
        Twin self = Twin.of(DType.FLOAT32, Shape.of(3, 1), new double[] {1, 2, 3});
        Twin other = Twin.of(DType.FLOAT32, Shape.of(1, 4), new double[] {1, 2, 3, 4});
        Compare.sameResult("add in place [3, 1] with [1, 4]", Tolerance.EXACT, side -> {
            side.backend.binaryInPlace(BinaryOp.ADD, self.on(side), other.on(side));
            return self.on(side);
        });
        assertThrows(IllegalArgumentException.class,
                () -> Side.ND4J.backend.binaryInPlace(BinaryOp.ADD, self.nd4j(), other.nd4j()));
        Compare.sameValues("target after the rejected update", Tolerance.EXACT, self);
    }

    @Test
    void zeroSizeTargetIsLeftAlone() {
        Twin self = Twin.of(DType.FLOAT64, Shape.of(0, 3), new double[0]);
        Twin other = Twin.of(DType.FLOAT64, Shape.of(3), new double[] {1, 2, 3});
        for (Side side : Side.values()) {
            side.backend.binaryInPlace(BinaryOp.MUL, self.on(side), other.on(side));
        }
        Compare.sameValues("mul in place into [0, 3]", Tolerance.EXACT, self);
    }
}
