package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.nn.Init;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Parameter initializers draw in Java from a Generator, so a seed gives the same values on every
 * backend, and uniform values stay in [low, high) after rounding to the parameter's dtype.
 */
public abstract class InitChecks extends ConformanceBase {
    /** A seed whose first nextDouble() is 0.9999999754692834, which rounds to the float 1.0. */
    private static final long SEED_OF_NEAR_ONE = 39061301L;

    @Test
    void float32UniformStaysBelowHigh() {
        Tensor value = Init.uniform(0, 1, new Generator(SEED_OF_NEAR_ONE)).create(tensors(), DType.FLOAT32, 1);
        assertTrue(value.item() < 1.0, "uniform value " + value.item() + " reached the excluded bound 1");
        assertEquals(0.99999994f, value.toFloatArray()[0]);
    }

    /** high - low is one ulp of 1, so every draw above 0.5 rounds to high before the guard. */
    @Test
    void float64UniformStaysBelowHigh() {
        double high = Math.nextUp(1.0);
        double[] values = Init.uniform(1.0, high, new Generator(3)).create(tensors(), DType.FLOAT64, 64)
                .toDoubleArray();
        for (double value : values) {
            assertEquals(1.0, value, "value in [1, nextUp(1))");
        }
    }

    @Test
    void uniformCoversItsRange() {
        Tensor values = Init.uniform(-2, 3, new Generator(4)).create(tensors(), DType.FLOAT32, 10_000);
        assertTrue(values.min().item() >= -2, "min of uniform(-2, 3)");
        assertTrue(values.max().item() < 3, "max of uniform(-2, 3)");
        assertTrue(values.min().item() < -1.99, "uniform(-2, 3) comes near its low end");
        assertTrue(values.max().item() > 2.99, "uniform(-2, 3) comes near its high end");
    }

    @Test
    void sameSeedSameValuesPerDtype() {
        float[] floats = Init.uniform(-1, 1, new Generator(5)).create(tensors(), DType.FLOAT32, 3, 2).toFloatArray();
        double[] doubles = Init.uniform(-1, 1, new Generator(5)).create(tensors(), DType.FLOAT64, 3, 2).toDoubleArray();
        for (int i = 0; i < floats.length; i++) {
            assertEquals((float) doubles[i], floats[i], "element " + i);
        }
    }

    @Test
    void uniformWithLowAboveHighThrows() {
        assertThrows(IllegalArgumentException.class, () -> Init.uniform(1, 0, new Generator(6)));
    }

    @Test
    void kaimingBoundFromFanIn() {
        Tensor weight = Init.kaimingUniform(new Generator(7)).create(tensors(), DType.FLOAT64, 50, 6);
        assertTrue(weight.abs().max().item() < 1.0, "kaiming bound sqrt(6 / 6) = 1");
        assertTrue(weight.abs().max().item() > 0.95, "kaiming values come near the bound 1");
    }

    @Test
    void xavierBoundFromBothFans() {
        Tensor weight = Init.xavierUniform(new Generator(8)).create(tensors(), DType.FLOAT64, 4, 8);
        assertTrue(weight.abs().max().item() < Math.sqrt(0.5), "xavier bound sqrt(6 / 12)");
    }

    @Test
    void normalHasRequestedMoments() {
        Tensor values = Init.normal(3, 0.5, new Generator(9)).create(tensors(), DType.FLOAT64, 40_000);
        double mean = values.mean().item();
        assertEquals(3.0, mean, 0.02, "mean");
        assertEquals(0.25, values.sub(mean).pow(2.0).mean().item(), 0.01, "variance");
    }

    @Test
    void normalWithNonFiniteParametersThrows() {
        Generator generator = new Generator(7);
        IllegalArgumentException mean = assertThrows(IllegalArgumentException.class,
                () -> Init.normal(Double.NaN, 1, generator));
        assertMessageContains(mean, "normal init:", "mean", "NaN");
        IllegalArgumentException std = assertThrows(IllegalArgumentException.class,
                () -> Init.normal(0, Double.POSITIVE_INFINITY, generator));
        assertMessageContains(std, "normal init:", "std", "Infinity");
        assertThrows(IllegalArgumentException.class, () -> Init.normal(0, Double.NaN, generator));
        assertThrows(IllegalArgumentException.class, () -> Init.normal(0, -1, generator));
    }

    @Test
    void uniformWithNonFiniteBoundsThrows() {
        Generator generator = new Generator(8);
        IllegalArgumentException infinite = assertThrows(IllegalArgumentException.class,
                () -> Init.uniform(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, generator));
        assertMessageContains(infinite, "uniform init:", "finite", "-Infinity");
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Init.uniform(Double.NaN, 1, generator));
        assertMessageContains(nan, "uniform init:", "finite", "NaN");
    }

    @Test
    void randomInitOfInt64Throws() {
        Generator generator = new Generator(9);
        IllegalArgumentException normal = assertThrows(IllegalArgumentException.class,
                () -> Init.normal(0, 5, generator).create(tensors(), DType.INT64, 4));
        assertMessageContains(normal, "normal init:", "int64", "Init.constant");
        assertThrows(IllegalArgumentException.class,
                () -> Init.uniform(0, 5, generator).create(tensors(), DType.INT64, 4));
        assertThrows(IllegalArgumentException.class,
                () -> Init.kaimingUniform(generator).create(tensors(), DType.INT64, 2, 2));
        assertTensor(DType.INT64, new double[] {3, 3}, dims(2), Init.constant(3).create(tensors(), DType.INT64, 2));
    }

    /** An empty weight has no fan to scale by, so it stays empty instead of dividing by 0. */
    @Test
    void fanInitsOfEmptyWeight() {
        Generator generator = new Generator(10);
        assertTensor(DType.FLOAT32, new double[0], dims(0, 0),
                Init.xavierUniform(generator).create(tensors(), DType.FLOAT32, 0, 0));
        assertTensor(DType.FLOAT64, new double[0], dims(3, 0),
                Init.kaimingUniform(generator).create(tensors(), DType.FLOAT64, 3, 0));
    }
}
