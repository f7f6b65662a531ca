package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/**
 * Row gather (indexSelect) and scatter-add (indexAdd) of the ND4J backend against the pure
 * backend, including negative, out-of-range and repeated indices.
 */
class IndexAgainstPureTest {
    private static final Shape[] SOURCES = {
        Shape.of(5), Shape.of(5, 3), Shape.of(4, 2, 3), Shape.of(6, 1), Shape.of(5, 0), Shape.of(1000, 8)};
    private static final Shape[] INDEX_SHAPES = {Shape.scalar(), Shape.of(0), Shape.of(3), Shape.of(2, 3), Shape.of(40)};

    @Test
    void indexSelectMatchesOnEveryLayout() {
        Random random = new Random(11);
        for (DType dtype : DType.values()) {
            for (Shape source : SOURCES) {
                for (Shape indexShape : INDEX_SHAPES) {
                    for (Layout layout : Layout.values()) {
                        Twin x = Inputs.random(dtype, source, layout, random, true);
                        Twin index = indices(indexShape, source.dim(0), random);
                        String caseName = dtype + " " + source + " " + layout + " by " + indexShape;
                        Compare.sameResult(caseName, Tolerance.EXACT,
                                side -> side.backend.indexSelect(x.on(side), index.on(side)));
                    }
                }
            }
        }
    }

    /** Returns random indices in {@code [-n, n)}, so negative ones count from the end. */
    private static Twin indices(Shape shape, int n, Random random) {
        double[] values = new double[shape.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(2 * n) - n;
        }
        return Twin.of(DType.INT64, shape, values);
    }

    @Test
    void outOfRangeIndicesThrowBeforeReading() {
        Twin x = Twin.of(DType.FLOAT32, Shape.of(4, 2), new double[] {0, 1, 2, 3, 4, 5, 6, 7});
        Twin empty = Twin.of(DType.FLOAT32, Shape.of(0, 2), new double[0]);
        for (long bad : new long[] {4, -5, 1_000_000, Long.MIN_VALUE}) {
            Twin index = Twin.of(DType.INT64, Shape.of(3), new double[] {0, bad, 1});
            assertThrows(IndexOutOfBoundsException.class,
                    () -> Side.ND4J.backend.indexSelect(x.nd4j(), index.nd4j()), "index " + bad);
            Compare.sameResult("indexSelect with index " + bad, Tolerance.EXACT,
                    side -> side.backend.indexSelect(x.on(side), index.on(side)));
            Compare.sameResult("indexAdd with index " + bad, Tolerance.EXACT,
                    side -> side.backend.indexAdd(Shape.of(4, 2), index.on(side), Side.ND4J == side
                            ? Side.ND4J.backend.full(Shape.of(3, 2), DType.FLOAT32, 1)
                            : Side.PURE.backend.full(Shape.of(3, 2), DType.FLOAT32, 1)));
        }
        Twin zero = Twin.of(DType.INT64, Shape.of(1), new double[] {0});
        Compare.sameResult("indexSelect from an empty source", Tolerance.EXACT,
                side -> side.backend.indexSelect(empty.on(side), zero.on(side)));
    }

    @Test
    void indexAddSumsRepeatedIndices() {
        Random random = new Random(12);
        Shape[][] cases = {
            {Shape.of(5, 3), Shape.of(7)},
            {Shape.of(4), Shape.of(6)},
            {Shape.of(3, 2), Shape.of(2, 3)},
            {Shape.of(3, 2), Shape.of(0)},
            {Shape.of(0, 3), Shape.of(0)},
            {Shape.of(3, 4), Shape.scalar()},
            {Shape.of(3, 1), Shape.of(10_000)}};
        for (DType dtype : DType.values()) {
            for (Shape[] c : cases) {
                Shape shape = c[0];
                Shape indexShape = c[1];
                for (Layout layout : Layout.values()) {
                    Twin index = indices(indexShape, shape.dim(0), random);
                    Shape sourceShape = rowShape(indexShape, shape);
                    Twin source = Inputs.random(dtype, sourceShape, layout, random, false);
                    String caseName = dtype + " into " + shape + " by " + indexShape + " from " + layout;
                    Compare.sameResult(caseName, Tolerance.EXACT,
                            side -> side.backend.indexAdd(shape, index.on(side), source.on(side)));
                }
            }
        }
    }

    private static Shape rowShape(Shape index, Shape target) {
        int[] dims = new int[index.rank() + target.rank() - 1];
        for (int i = 0; i < index.rank(); i++) {
            dims[i] = index.dim(i);
        }
        for (int i = 1; i < target.rank(); i++) {
            dims[index.rank() + i - 1] = target.dim(i);
        }
        return Shape.of(dims);
    }
}
