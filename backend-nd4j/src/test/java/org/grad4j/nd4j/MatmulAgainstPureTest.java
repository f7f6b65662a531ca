package org.grad4j.nd4j;

import java.util.Random;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.junit.jupiter.api.Test;

/** (Batched) matmul of the ND4J backend against the pure backend, on every operand layout. */
class MatmulAgainstPureTest {
    /** Operand shapes: plain, vector-like, empty in each of m, k and n, batched in 3 and 4 dimensions. */
    private static final Shape[][] PAIRS = {
        {Shape.of(1, 1), Shape.of(1, 1)},
        {Shape.of(2, 3), Shape.of(3, 4)},
        {Shape.of(5, 1), Shape.of(1, 3)},
        {Shape.of(1, 6), Shape.of(6, 1)},
        {Shape.of(7, 16), Shape.of(16, 9)},
        {Shape.of(3, 0), Shape.of(0, 2)},
        {Shape.of(0, 3), Shape.of(3, 2)},
        {Shape.of(3, 2), Shape.of(2, 0)},
        {Shape.of(2, 3, 4), Shape.of(2, 4, 5)},
        {Shape.of(1, 3, 2), Shape.of(1, 2, 3)},
        {Shape.of(2, 2, 3, 4), Shape.of(2, 2, 4, 1)},
        {Shape.of(0, 2, 3), Shape.of(0, 3, 2)}};

    @Test
    void productsMatchOnEveryLayout() {
        Random random = new Random(9);
        for (DType dtype : DType.values()) {
            for (Shape[] pair : PAIRS) {
                for (Layout aLayout : Layout.values()) {
                    for (Layout bLayout : Layout.values()) {
                        Twin a = Inputs.random(dtype, pair[0], aLayout, random, false);
                        Twin b = Inputs.random(dtype, pair[1], bLayout, random, false);
                        String caseName = dtype + " " + pair[0] + " " + aLayout + " x " + pair[1] + " " + bLayout;
                        Compare.sameResult(caseName, Tolerance.accumulated(dtype),
                                side -> side.backend.matmul(a.on(side), b.on(side)));
                    }
                }
            }
        }
    }

    @Test
    void largeProductMatches() {
        Random random = new Random(10);
        for (DType dtype : DType.values()) {
            Twin a = Inputs.random(dtype, Shape.of(64, 100), Layout.CONTIGUOUS, random, false);
            Twin b = Inputs.random(dtype, Shape.of(100, 48), Layout.TRANSPOSED, random, false);
            Compare.sameResult(dtype + " [64, 100] x [100, 48]", Tolerance.accumulated(dtype),
                    side -> side.backend.matmul(a.on(side), b.on(side)));
        }
    }

    @Test
    void nonFiniteValuesPropagate() {
        double inf = Double.POSITIVE_INFINITY;
        Twin a = Twin.of(DType.FLOAT64, Shape.of(2, 2), new double[] {inf, 1, Double.NaN, 2});
        Twin b = Twin.of(DType.FLOAT64, Shape.of(2, 2), new double[] {1, 2, 3, 4});
        Compare.sameResult("matmul with inf and NaN", Tolerance.EXACT,
                side -> side.backend.matmul(a.on(side), b.on(side)));
    }
}
