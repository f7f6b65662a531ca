package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.ReduceOp;
import org.grad4j.nd4j.Inputs.Layout;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;

/** Reductions of the ND4J backend against the pure backend, over every subset of dimensions. */
class ReduceAgainstPureTest {
    private static final Shape[] SHAPES = {
        Shape.scalar(), Shape.of(1), Shape.of(6), Shape.of(0), Shape.of(3, 4), Shape.of(3, 0), Shape.of(2, 3, 4),
        Shape.of(2, 1, 5)};

    @Test
    void everyOpMatchesOverEveryDimSubset() {
        Random random = new Random(7);
        for (DType dtype : DType.values()) {
            for (ReduceOp op : ReduceOp.values()) {
                for (Shape shape : SHAPES) {
                    for (Layout layout : Layout.values()) {
                        Twin x = Inputs.random(dtype, shape, layout, random, true);
                        for (int[] dims : Inputs.dimSubsets(shape.rank())) {
                            for (boolean keepDim : new boolean[] {false, true}) {
                                String caseName = op + " " + dtype + " " + shape + " " + layout + " dims "
                                        + Arrays.toString(dims) + " keepDim " + keepDim;
                                Compare.sameResult(caseName, Tolerance.accumulated(dtype),
                                        side -> side.backend.reduce(op, x.on(side), dims, keepDim));
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void maxAndMinPropagateNaNPerSlice() {
        double nan = Double.NaN;
        Twin x = Twin.of(DType.FLOAT32, Shape.of(3, 3), new double[] {1, nan, 3, 4, 5, 6, nan, nan, nan});
        for (ReduceOp op : new ReduceOp[] {ReduceOp.MAX, ReduceOp.MIN}) {
            for (int[] dims : new int[][] {{0}, {1}, {}}) {
                Compare.sameResult(op + " dims " + Arrays.toString(dims), Tolerance.EXACT,
                        side -> side.backend.reduce(op, x.on(side), dims, false));
            }
        }
        NDArray rowMax = Side.ND4J.backend.reduce(ReduceOp.MAX, x.nd4j(), new int[] {1}, false);
        float[] values = Side.ND4J.backend.toFloats(rowMax);
        assertEquals(Float.NaN, values[0], "max of [1, NaN, 3]");
        assertEquals(6f, values[1], "max of [4, 5, 6]");
        assertEquals(Float.NaN, values[2], "max of [NaN, NaN, NaN]");
    }

    @Test
    void float32SumIsExactToFloatRounding() {
        int n = 1_000_000;
        float[] tenths = new float[n];
        Arrays.fill(tenths, 0.1f);
        NDArray x = Side.ND4J.backend.fromFloats(tenths, Shape.of(1000, 1000));
        float sum = Side.ND4J.backend.toFloats(Side.ND4J.backend.reduce(ReduceOp.SUM, x, new int[0], false))[0];
        float mean = Side.ND4J.backend.toFloats(Side.ND4J.backend.reduce(ReduceOp.MEAN, x, new int[0], false))[0];
        float rowSum = Side.ND4J.backend.toFloats(Side.ND4J.backend.reduce(ReduceOp.SUM, x, new int[] {1}, false))[0];

        // 0.1f is 0.100000001490116..., so the exact sums are 100000.0015 and 100.0000015.
        assertEquals((float) (n * (double) 0.1f), sum, "sum of a million 0.1f");
        assertEquals(0.1f, mean, "mean of a million 0.1f");
        assertEquals((float) (1000 * (double) 0.1f), rowSum, "sum of a row of a thousand 0.1f");
    }

    /**
     * Both backends accumulate float32 sums and means in float64, so they agree within 1e-6
     * relative although they add in different orders. A sequential float32 accumulator is about 1%
     * off on these inputs.
     */
    @Test
    void float32LargeSumsAgree() {
        for (int n : new int[] {1_000_000, 1_392_640}) {
            Tensor pure = new Tensors(Side.PURE.backend).full(0.1, DType.FLOAT32, n);
            Tensor nd4j = new Tensors(Side.ND4J.backend).full(0.1, DType.FLOAT32, n);
            double pureSum = pure.sum().item();
            double pureMean = pure.mean().item();
            assertEquals(pureSum, nd4j.sum().item(), 1e-6 * pureSum, "sum of " + n + " values 0.1");
            assertEquals(pureMean, nd4j.mean().item(), 1e-6 * pureMean, "mean of " + n + " values 0.1");
        }
    }

    @Test
    void reductionLeavesInputUnchanged() {
        Twin x = Inputs.random(DType.FLOAT32, Shape.of(4, 5), Layout.TRANSPOSED, new Random(8), true);
        double[] before = Compare.doubles(Side.ND4J.backend, x.nd4j());
        for (ReduceOp op : ReduceOp.values()) {
            Side.ND4J.backend.reduce(op, x.nd4j(), new int[] {0}, true);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Compare.doubles(Side.ND4J.backend, x.nd4j()));
    }
}
