package org.grad4j.nn;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * A recipe for the initial value of a parameter. The factories draw from a {@link Generator},
 * so a seeded generator gives the same initial weights on every backend. The random recipes
 * create floating-point tensors only, and reject NaN and infinite parameters when they are made.
 */
@FunctionalInterface
public interface Init {
    /** Returns a new tensor of {@code shape} and {@code dtype} on {@code tensors}' backend. */
    Tensor create(Tensors tensors, DType dtype, int... shape);

    /** Draws from the normal distribution N(mean, std^2). */
    static Init normal(double mean, double std, Generator generator) {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("normal init: mean must be a finite number but was " + mean);
        }
        if (!(std >= 0) || std == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("normal init: std must be a finite number >= 0 but was " + std);
        }
        requireGenerator("normal init", generator);
        return (tensors, dtype, shape) -> {
            requireFloatingPoint("normal init", tensors, dtype);
            return tensors.randn(generator, DType.FLOAT64, shape).mul(std).add(mean).cast(dtype);
        };
    }

    /** Draws from the uniform distribution on [low, high). */
    static Init uniform(double low, double high, Generator generator) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("uniform init: low and high must be finite numbers but were " + low
                    + " and " + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("uniform init: low " + low + " must not exceed high " + high);
        }
        requireGenerator("uniform init", generator);
        return (tensors, dtype, shape) -> {
            requireFloatingPoint("uniform init", tensors, dtype);
            return uniformValues(tensors, dtype, shape, low, high, generator);
        };
    }

    /**
     * Draws low + r * (high - low) in double for each element, then rounds into the dtype. The
     * rounding alone can carry a value just below high up to high, for FLOAT32 about once in 2^25
     * draws when high is 1, so such values step down to the largest value below high, as
     * {@code java.util.Random.doubles(origin, bound)} does.
     */
    private static Tensor uniformValues(Tensors tensors, DType dtype, int[] shape, double low, double high,
            Generator generator) {
        double[] values = new double[Shape.of(shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = generator.nextDouble() * (high - low) + low;
        }
        if (dtype == DType.FLOAT32) {
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
                while (low < high && floats[i] >= high) {
                    floats[i] = Math.nextDown(floats[i]);
                }
                while (floats[i] < low) {
                    floats[i] = Math.nextUp(floats[i]);
                }
            }
            return tensors.fromArray(floats, shape);
        }
        for (int i = 0; i < values.length; i++) {
            if (low < high && values[i] >= high) {
                values[i] = Math.nextDown(high);
            }
        }
        return tensors.fromArray(values, shape).cast(dtype);
    }

    /** Fills with a constant. */
    static Init constant(double value) {
        return (tensors, dtype, shape) -> tensors.full(value, dtype, shape);
    }

    /** Fills with zeros. */
    static Init zeros() {
        return constant(0);
    }

    /**
     * Xavier (Glorot) uniform for a weight of shape {@code [fanOut, fanIn, ...]}: U(-a, a) with
     * a = sqrt(6 / (fanIn + fanOut)).
     */
    static Init xavierUniform(Generator generator) {
        requireGenerator("xavierUniform init", generator);
        return (tensors, dtype, shape) -> {
            double[] fans = fans("xavierUniform init", shape);
            requireFloatingPoint("xavierUniform init", tensors, dtype);
            if (fans[0] + fans[1] == 0) {
                // A size of 0 leaves nothing to draw, and the bound would divide by 0.
                return tensors.zeros(dtype, shape);
            }
            double bound = Math.sqrt(6.0 / (fans[0] + fans[1]));
            return uniform(-bound, bound, generator).create(tensors, dtype, shape);
        };
    }

    /**
     * Kaiming (He) uniform for ReLU networks, for a weight of shape {@code [fanOut, fanIn, ...]}:
     * U(-a, a) with a = sqrt(6 / fanIn).
     */
    static Init kaimingUniform(Generator generator) {
        requireGenerator("kaimingUniform init", generator);
        return (tensors, dtype, shape) -> {
            double fanIn = fans("kaimingUniform init", shape)[0];
            requireFloatingPoint("kaimingUniform init", tensors, dtype);
            if (fanIn == 0) {
                // A size of 0 leaves nothing to draw, and the bound would divide by 0.
                return tensors.zeros(dtype, shape);
            }
            double bound = Math.sqrt(6.0 / fanIn);
            return uniform(-bound, bound, generator).create(tensors, dtype, shape);
        };
    }

    /** Returns {fanIn, fanOut} of a weight shaped {@code [out, in, receptive field...]}. */
    private static double[] fans(String init, int[] shape) {
        if (shape == null) {
            throw new NullPointerException(init + ": the shape is null; pass the weight's sizes");
        }
        if (shape.length < 2) {
            throw new IllegalArgumentException(init + ": a fan-based init needs a weight of rank >= 2 but got rank "
                    + shape.length + "; use uniform or normal for vectors");
        }
        double receptive = 1;
        for (int i = 2; i < shape.length; i++) {
            receptive *= shape[i];
        }
        return new double[] {shape[1] * receptive, shape[0] * receptive};
    }

    private static void requireGenerator(String init, Generator generator) {
        if (generator == null) {
            throw new NullPointerException(init + ": the generator is null; pass a Generator such as"
                    + " new Generator(seed)");
        }
    }

    /** Checks the arguments of a random recipe's {@link #create}, which draws floating-point values only. */
    private static void requireFloatingPoint(String init, Tensors tensors, DType dtype) {
        if (tensors == null) {
            throw new NullPointerException(init + ": the Tensors factory is null; pass the factory of the backend"
                    + " the parameter should live on");
        }
        if (dtype == null) {
            throw new NullPointerException(init + ": the dtype is null; pass DType.FLOAT32 or DType.FLOAT64");
        }
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(init + ": expected a floating-point dtype but got " + dtype
                    + ", which would truncate the random values; use Init.constant for integer tensors");
        }
    }
}
