package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.pure.PureBackend;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * Creation, copy-out, casts, views and concatenation of the ND4J backend against the pure
 * backend. Views are checked both for their values and for sharing storage with their input.
 */
class LayoutAgainstPureTest {
    private static final Shape[] SHAPES = {
        Shape.scalar(), Shape.of(1), Shape.of(6), Shape.of(0), Shape.of(3, 4), Shape.of(0, 3), Shape.of(2, 3, 4)};

    @Test
    void copyOutMatchesOnEveryLayout() {
        Random random = new Random(13);
        for (DType dtype : DType.values()) {
            for (Shape shape : SHAPES) {
                for (Layout layout : Layout.values()) {
                    Twin x = Inputs.random(dtype, shape, layout, random, true);
                    Compare.sameValues(dtype + " " + shape + " " + layout, Tolerance.EXACT, x);
                    Compare.sameResult("copy of " + dtype + " " + shape + " " + layout, Tolerance.EXACT,
                            side -> side.backend.copy(x.on(side)));
                }
            }
        }
    }

    @Test
    void castMatchesForEveryDtypePair() {
        Random random = new Random(14);
        for (DType from : DType.values()) {
            for (DType to : DType.values()) {
                for (Shape shape : SHAPES) {
                    for (Layout layout : Layout.values()) {
                        Twin x = Inputs.random(from, shape, layout, random, true);
                        String caseName = "cast " + from + " " + shape + " " + layout + " to " + to;
                        Compare.sameResult(caseName, Tolerance.EXACT, side -> side.backend.cast(x.on(side), to));
                    }
                }
            }
        }
    }

    @Test
    void castToInt64FollowsJava() {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e19, -1e19, 2.9, -2.9, -0.5};
        for (DType from : new DType[] {DType.FLOAT32, DType.FLOAT64}) {
            Twin x = Twin.of(from, Shape.of(values.length), values);
            Twin cast = Compare.sameResult("cast " + from + " to int64", Tolerance.EXACT,
                    side -> side.backend.cast(x.on(side), DType.INT64));
            assertArrayEquals(new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 2, -2, 0},
                    Side.ND4J.backend.toLongs(cast.nd4j()), from.toString());
        }
    }

    @Test
    void castToSameDtypeCopies() {
        NDArray x = Side.ND4J.backend.fromFloats(new float[] {1, 2}, Shape.of(2));
        NDArray copy = Side.ND4J.backend.cast(x, DType.FLOAT32);
        assertNotSame(x, copy);
        x.close();
        assertArrayEquals(new float[] {1, 2}, Side.ND4J.backend.toFloats(copy));
    }

    @Test
    void fullMatchesForEdgeValues() {
        double[] values = {0, -0.0, 1.5, -2.7, Double.NaN, Double.POSITIVE_INFINITY, 1e40, 1e19, -1e19};
        for (DType dtype : DType.values()) {
            for (Shape shape : SHAPES) {
                for (double value : values) {
                    Compare.sameResult("full " + dtype + " " + shape + " with " + value, Tolerance.EXACT,
                            side -> side.backend.full(shape, dtype, value));
                }
            }
        }
    }

    @Test
    void reshapeMatchesOnEveryLayout() {
        Random random = new Random(15);
        Shape[][] cases = {
            {Shape.of(3, 4), Shape.of(12)}, {Shape.of(3, 4), Shape.of(2, 6)}, {Shape.of(2, 3, 4), Shape.of(4, 6)},
            {Shape.of(1), Shape.scalar()}, {Shape.scalar(), Shape.of(1, 1)}, {Shape.of(0, 3), Shape.of(3, 0)},
            {Shape.of(6), Shape.of(3, 2)}};
        for (DType dtype : DType.values()) {
            for (Shape[] c : cases) {
                for (Layout layout : Layout.values()) {
                    Twin x = Inputs.random(dtype, c[0], layout, random, true);
                    Compare.sameResult("reshape " + dtype + " " + c[0] + " " + layout + " to " + c[1], Tolerance.EXACT,
                            side -> side.backend.reshape(x.on(side), c[1]));
                }
            }
        }
    }

    @Test
    void viewChainsMatch() {
        Random random = new Random(16);
        for (DType dtype : DType.values()) {
            for (Layout layout : Layout.values()) {
                Twin x = Inputs.random(dtype, Shape.of(3, 1, 4), layout, random, true);
                Twin expanded = Compare.sameResult("expand " + layout, Tolerance.EXACT,
                        side -> side.backend.expand(x.on(side), Shape.of(2, 3, 5, 4)));
                Twin permuted = Compare.sameResult("permute of expand " + layout, Tolerance.EXACT,
                        side -> side.backend.permute(expanded.on(side), new int[] {3, 1, 0, 2}));
                Twin sliced = Compare.sameResult("slice of permute " + layout, Tolerance.EXACT,
                        side -> side.backend.slice(permuted.on(side), 3, 1, 5, 3));
                Twin sliced2 = Compare.sameResult("slice of slice " + layout, Tolerance.EXACT,
                        side -> side.backend.slice(sliced.on(side), 0, 3, 4, 2));
                Compare.sameResult("reshape of slices " + layout, Tolerance.EXACT,
                        side -> side.backend.reshape(sliced2.on(side), Shape.of(6, 2)));
                Compare.sameResult("empty slice " + layout, Tolerance.EXACT,
                        side -> side.backend.slice(permuted.on(side), 2, 1, 1, 1));
                Compare.sameResult("expand of 0-d", Tolerance.EXACT, side -> side.backend.expand(
                        side.backend.full(Shape.scalar(), dtype, 3), Shape.of(2, 2)));
            }
        }
    }

    @Test
    void viewsShareStorageWithInput() {
        for (Side side : Side.values()) {
            NDArray base = side.backend.fromDoubles(new double[] {0, 1, 2, 3, 4, 5}, Shape.of(2, 3));
            NDArray reshaped = side.backend.reshape(base, Shape.of(3, 2));
            NDArray permuted = side.backend.permute(base, new int[] {1, 0});
            NDArray sliced = side.backend.slice(base, 1, 1, 3, 1);
            NDArray expanded = side.backend.expand(side.backend.slice(base, 0, 1, 2, 1), Shape.of(4, 3));
            side.backend.binaryInPlace(BinaryOp.ADD, base, side.backend.full(Shape.scalar(), DType.FLOAT64, 10));

            String name = side.backend.name();
            assertArrayEquals(new double[] {10, 11, 12, 13, 14, 15}, side.backend.toDoubles(reshaped), name + " reshape");
            assertArrayEquals(new double[] {10, 13, 11, 14, 12, 15}, side.backend.toDoubles(permuted), name + " permute");
            assertArrayEquals(new double[] {11, 12, 14, 15}, side.backend.toDoubles(sliced), name + " slice");
            assertArrayEquals(new double[] {13, 14, 15, 13, 14, 15, 13, 14, 15, 13, 14, 15},
                    side.backend.toDoubles(expanded), name + " expand");
        }
    }

    @Test
    void copySharesNoStorage() {
        NDArray base = Side.ND4J.backend.fromDoubles(new double[] {1, 2, 3}, Shape.of(3));
        NDArray copy = Side.ND4J.backend.copy(base);
        Side.ND4J.backend.binaryInPlace(BinaryOp.MUL, base, base);
        assertArrayEquals(new double[] {1, 2, 3}, Side.ND4J.backend.toDoubles(copy));
    }

    @Test
    void concatMatchesAlongEveryDim() {
        Random random = new Random(17);
        for (DType dtype : DType.values()) {
            for (int dim = 0; dim < 3; dim++) {
                for (Layout layout : Layout.values()) {
                    int[] first = {2, 3, 4};
                    int[] second = {2, 3, 4};
                    int[] empty = {2, 3, 4};
                    second[dim] = 1;
                    empty[dim] = 0;
                    Twin a = Inputs.random(dtype, Shape.of(first), layout, random, true);
                    Twin b = Inputs.random(dtype, Shape.of(second), layout, random, true);
                    Twin c = Inputs.random(dtype, Shape.of(empty), Layout.CONTIGUOUS, random, true);
                    int d = dim;
                    Compare.sameResult("concat " + dtype + " dim " + dim + " " + layout, Tolerance.EXACT,
                            side -> side.backend.concat(List.of(a.on(side), c.on(side), b.on(side), a.on(side)), d));
                    Compare.sameResult("concat of empty parts " + dtype + " dim " + dim, Tolerance.EXACT,
                            side -> side.backend.concat(List.of(c.on(side), c.on(side)), d));
                }
            }
        }
    }

    @Test
    void readsRejectWrongDtypeAndForeignArrays() {
        NDArray floats = Side.ND4J.backend.fromFloats(new float[] {1}, Shape.of(1));
        NDArray pure = new PureBackend().fromFloats(new float[] {1}, Shape.of(1));
        assertThrows(IllegalArgumentException.class, () -> Side.ND4J.backend.toDoubles(floats));
        assertThrows(IllegalArgumentException.class, () -> Side.ND4J.backend.toLongs(floats));
        assertThrows(IllegalArgumentException.class, () -> Side.ND4J.backend.unary(org.grad4j.backend.UnaryOp.NEG, pure));
        assertThrows(IllegalArgumentException.class, () -> Side.ND4J.backend.fromFloats(new float[] {1, 2}, Shape.of(3)));
    }
}
