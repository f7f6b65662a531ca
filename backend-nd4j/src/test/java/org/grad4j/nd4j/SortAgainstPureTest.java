package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.grad4j.backend.SortResult;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/** Stable sort of the ND4J backend against the pure backend: values and indices must be identical. */
class SortAgainstPureTest {
    private static final Shape[] SHAPES = {
        Shape.scalar(), Shape.of(1), Shape.of(9), Shape.of(0), Shape.of(3, 5), Shape.of(0, 4), Shape.of(2, 3, 40)};

    @Test
    void sortMatchesWithTiesNaNAndSignedZeros() {
        Random random = new Random(18);
        for (DType dtype : DType.values()) {
            for (Shape shape : SHAPES) {
                for (Layout layout : Layout.values()) {
                    Twin x = Inputs.laidOut(dtype, shape, layout, size -> tiedValues(dtype, size, random));
                    for (int dim = 0; dim < Math.max(shape.rank(), 1); dim++) {
                        for (boolean descending : new boolean[] {false, true}) {
                            String caseName = dtype + " " + shape + " " + layout + " dim " + dim + (descending ? " desc" : "");
                            int d = dim;
                            SortResult pure = Side.PURE.backend.sort(x.pure(), d, descending);
                            SortResult nd4j = Side.ND4J.backend.sort(x.nd4j(), d, descending);
                            Compare.assertMatches(caseName + " values", Tolerance.EXACT, pure.values(), nd4j.values());
                            Compare.assertMatches(caseName + " indices", Tolerance.EXACT, pure.indices(), nd4j.indices());
                        }
                    }
                }
            }
        }
    }

    /** Returns values from a small set, so most of them tie, with NaN and both zeros among floats. */
    private static double[] tiedValues(DType dtype, int size, Random random) {
        double[] pool = dtype == DType.INT64
                ? new double[] {3, -1, 0, Long.MAX_VALUE, Long.MIN_VALUE}
                : new double[] {3, -1, 0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = pool[random.nextInt(pool.length)];
        }
        return out;
    }

    @Test
    void largeSortMatches() {
        Random random = new Random(19);
        for (DType dtype : DType.values()) {
            Twin x = Inputs.laidOut(dtype, Shape.of(20_000), Layout.CONTIGUOUS, size -> tiedValues(dtype, size, random));
            for (boolean descending : new boolean[] {false, true}) {
                SortResult pure = Side.PURE.backend.sort(x.pure(), 0, descending);
                SortResult nd4j = Side.ND4J.backend.sort(x.nd4j(), 0, descending);
                Compare.assertMatches(dtype + " values", Tolerance.EXACT, pure.values(), nd4j.values());
                Compare.assertMatches(dtype + " indices", Tolerance.EXACT, pure.indices(), nd4j.indices());
            }
        }
    }

    @Test
    void sortLeavesInputUnchanged() {
        Twin x = Twin.of(DType.FLOAT64, Shape.of(4), new double[] {3, 1, 2, 0});
        Side.ND4J.backend.sort(x.nd4j(), 0, false);
        assertArrayEquals(new double[] {3, 1, 2, 0}, Side.ND4J.backend.toDoubles(x.nd4j()));
    }
}
