package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import org.grad4j.autograd.GradMode;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * Finite-difference gradient check in FLOAT64, as PyTorch's {@code gradcheck}. It compares the
 * analytic gradient of {@code sum(f(x) * w)}, for fixed random weights w of f's output shape,
 * with central differences {@code (s(x + eps) - s(x - eps)) / (2 eps)}, one input element at a
 * time. Each element must agree within {@code ATOL + RTOL * |numeric|}, and each gradient must
 * have its input's shape.
 *
 * <p>Inputs are FLOAT64 leaves that require grad, of any layout. f may apply views and ops to
 * them, and may close over constants such as INT64 indices. Choose inputs at least 1e-3 away
 * from kinks and discontinuities, where a central difference is meaningless.
 */
public final class GradCheck {
    /** Step of the central differences. */
    public static final double EPS = 1e-6;
    /** Absolute tolerance, as PyTorch's gradcheck. */
    public static final double ATOL = 1e-5;
    /** Relative tolerance, as PyTorch's gradcheck. */
    public static final double RTOL = 1e-3;

    private static final long WEIGHT_SEED = 7;

    private GradCheck() {
    }

    /** A differentiable function of one or more tensors. */
    @FunctionalInterface
    public interface Function {
        /** Returns f(inputs). */
        Tensor apply(Tensor... inputs);
    }

    /** Checks the gradient of f with respect to every input at the given point. */
    public static void check(Function f, Tensor... inputs) {
        for (int i = 0; i < inputs.length; i++) {
            assertEquals(DType.FLOAT64, inputs[i].dtype(), "dtype of input " + i);
            if (!inputs[i].requiresGrad() || !inputs[i].isLeaf()) {
                throw new IllegalArgumentException("input " + i + " must be a leaf that requires grad");
            }
            inputs[i].zeroGrad();
        }

        Tensor output = f.apply(inputs);
        Tensors tensors = new Tensors(output.backend());
        Tensor weights = tensors.randn(new Generator(WEIGHT_SEED), DType.FLOAT64, output.shape().toArray());
        output.mul(weights).sum().backward();

        for (int i = 0; i < inputs.length; i++) {
            Tensor grad = inputs[i].grad();
            assertNotNull(grad, "gradient of input " + i);
            assertEquals(inputs[i].shape(), grad.shape(), "gradient shape of input " + i);
            double[] analytic = grad.toDoubleArray();
            double[] numeric = numericGradient(f, inputs, i, weights);
            for (int j = 0; j < numeric.length; j++) {
                if (!(Math.abs(analytic[j] - numeric[j]) <= ATOL + RTOL * Math.abs(numeric[j]))) {
                    fail("input " + i + ", element " + j + ": analytic gradient " + analytic[j]
                            + " but central difference " + numeric[j] + " (atol " + ATOL + ", rtol " + RTOL + ")");
                }
            }
        }
    }

    private static double[] numericGradient(Function f, Tensor[] inputs, int inputIndex, Tensor weights) {
        Tensors tensors = new Tensors(inputs[inputIndex].backend());
        int[] shape = inputs[inputIndex].shape().toArray();
        double[] point = inputs[inputIndex].toDoubleArray();
        double[] gradient = new double[point.length];
        Tensor[] shifted = inputs.clone();
        for (int j = 0; j < point.length; j++) {
            double[] values = point.clone();
            values[j] = point[j] + EPS;
            shifted[inputIndex] = tensors.fromArray(values, shape);
            double plus = weightedSum(f, shifted, weights);
            values[j] = point[j] - EPS;
            shifted[inputIndex] = tensors.fromArray(values, shape);
            double minus = weightedSum(f, shifted, weights);
            gradient[j] = (plus - minus) / (2 * EPS);
        }
        return gradient;
    }

    private static double weightedSum(Function f, Tensor[] inputs, Tensor weights) {
        try (var scope = GradMode.noGrad()) {
            return f.apply(inputs).mul(weights).sum().item();
        }
    }
}
