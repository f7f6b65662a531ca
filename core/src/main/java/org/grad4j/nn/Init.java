package org.grad4j.nn;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * A recipe for the initial value of a parameter. The factories draw from a {@link Generator},
 * so a seeded generator gives the same initial weights on every backend.
 */
@FunctionalInterface
public interface Init {
    /** Returns a new tensor of {@code shape} and {@code dtype} on {@code tensors}' backend. */
    Tensor create(Tensors tensors, DType dtype, int... shape);

    /** Draws from the normal distribution N(mean, std^2). */
    static Init normal(double mean, double std, Generator generator) {
        if (!(std >= 0)) {
            throw new IllegalArgumentException("normal init: std must be >= 0 but was " + std);
        }
        return (tensors, dtype, shape) -> tensors.randn(generator, DType.FLOAT64, shape).mul(std).add(mean)
                .cast(dtype);
    }

    /** Draws from the uniform distribution on [low, high). */
    static Init uniform(double low, double high, Generator generator) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("uniform init: low " + low + " must not exceed high " + high);
        }
        return (tensors, dtype, shape) -> tensors.rand(generator, DType.FLOAT64, shape).mul(high - low).add(low)
                .cast(dtype);
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
        return (tensors, dtype, shape) -> {
            double[] fans = fans(shape);
            double bound = Math.sqrt(6.0 / (fans[0] + fans[1]));
            return uniform(-bound, bound, generator).create(tensors, dtype, shape);
        };
    }

    /**
     * Kaiming (He) uniform for ReLU networks, for a weight of shape {@code [fanOut, fanIn, ...]}:
     * U(-a, a) with a = sqrt(6 / fanIn).
     */
    static Init kaimingUniform(Generator generator) {
        return (tensors, dtype, shape) -> {
            double bound = Math.sqrt(6.0 / fans(shape)[0]);
            return uniform(-bound, bound, generator).create(tensors, dtype, shape);
        };
    }

    /** Returns {fanIn, fanOut} of a weight shaped {@code [out, in, receptive field...]}. */
    private static double[] fans(int[] shape) {
        if (shape.length < 2) {
            throw new IllegalArgumentException("fan-based init needs a weight of rank >= 2 but got rank "
                    + shape.length + "; use uniform or normal for vectors");
        }
        double receptive = 1;
        for (int i = 2; i < shape.length; i++) {
            receptive *= shape[i];
        }
        return new double[] {shape[1] * receptive, shape[0] * receptive};
    }
}
