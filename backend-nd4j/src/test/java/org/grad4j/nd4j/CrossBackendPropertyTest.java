package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.grad4j.conformance.OpCatalog;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;

/**
 * Seeded random shapes and values for every user-facing op: the ND4J backend must give the
 * pure backend's values and gradients. Both see the same inputs, so the only allowed difference
 * is rounding: FLOAT64 within 1e-10 relative plus 1e-12 absolute, FLOAT32 within 2e-5 relative
 * plus 1e-6 absolute, which covers a few float32 ulps summed over the reductions in a backward
 * pass.
 */
class CrossBackendPropertyTest {
    private static final int SEEDS = 20;

    private final Tensors pure = new Tensors(Side.PURE.backend);
    private final Tensors nd4j = new Tensors(Side.ND4J.backend);

    @Test
    void valuesAndGradientsAgreeInFloat64() {
        checkAll(DType.FLOAT64, 1e-10, 1e-12);
    }

    @Test
    void valuesAndGradientsAgreeInFloat32() {
        checkAll(DType.FLOAT32, 2e-5, 1e-6);
    }

    private void checkAll(DType dtype, double rtol, double atol) {
        for (OpCatalog.Op op : OpCatalog.all()) {
            for (int seed = 0; seed < SEEDS; seed++) {
                String where = op + " " + dtype + " seed " + seed;
                double[][] expected = run(pure, op, dtype, seed);
                double[][] actual = run(nd4j, op, dtype, seed);
                assertEquals(expected.length, actual.length, where + ": result count");
                for (int k = 0; k < expected.length; k++) {
                    assertClose(expected[k], actual[k], rtol, atol, where + (k == 0 ? " value" : " gradient " + (k - 1)));
                }
            }
        }
    }

    /** Returns the op's value, then the gradient of sum(value * w) for each input, all flattened. */
    private static double[][] run(Tensors tensors, OpCatalog.Op op, DType dtype, int seed) {
        Random random = new Random(seed);
        Tensor[] inputs = op.inputs(tensors, dtype, random);
        for (Tensor input : inputs) {
            input.requiresGrad(true);
        }
        Tensor out = op.apply().apply(inputs, new Random(seed));
        Tensor weights = OpCatalog.values(tensors, out.dtype(), out.shape().toArray(), new Random(seed + 1000), -1, 1);
        out.mul(weights).sum().backward();

        double[][] results = new double[inputs.length + 1][];
        results[0] = out.toDoubleArray();
        for (int i = 0; i < inputs.length; i++) {
            results[i + 1] = inputs[i].grad().toDoubleArray();
        }
        return results;
    }

    private static void assertClose(double[] expected, double[] actual, double rtol, double atol, String where) {
        assertEquals(expected.length, actual.length, where + ": element count");
        for (int i = 0; i < expected.length; i++) {
            double tolerance = atol + rtol * Math.abs(expected[i]);
            if (!(Math.abs(expected[i] - actual[i]) <= tolerance)) {
                assertArrayEquals(expected, actual, tolerance, where + ": element " + i);
            }
        }
    }
}
