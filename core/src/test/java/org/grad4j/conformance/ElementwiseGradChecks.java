package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradient checks of the binary ops (add, sub, mul, div, pow, maximum, minimum, remainder) with
 * broadcasting in every position, on 0-d, size-1 and zero-size operands and on views. Tolerances
 * are those of {@link GradCheck}.
 */
public abstract class ElementwiseGradChecks extends GradCheckBase {
    private static final String[] OPS = {"add", "sub", "mul", "div", "pow", "maximum", "minimum", "remainder"};

    private static final int[][][] SHAPE_PAIRS = {
        {{2, 3}, {2, 3}},
        {{2, 3}, {3}},
        {{3}, {2, 3}},
        {{2, 3}, {2, 1}},
        {{2, 1}, {2, 3}},
        {{2, 1}, {1, 3}},
        {{2, 3}, {}},
        {{}, {2, 3}},
        {{1}, {2, 3}},
        {{2, 1, 3}, {4, 1}},
        {{1, 1}, {1}},
        {{0, 3}, {3}},
    };

    static Stream<Arguments> opsAndShapes() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String op : OPS) {
            for (int[][] pair : SHAPE_PAIRS) {
                cases.add(Arguments.of(op, pair[0], pair[1]));
            }
        }
        return cases.build();
    }

    static Tensor apply(String op, Tensor a, Tensor b) {
        switch (op) {
            case "add":
                return a.add(b);
            case "sub":
                return a.sub(b);
            case "mul":
                return a.mul(b);
            case "div":
                return a.div(b);
            case "pow":
                return a.pow(b);
            case "maximum":
                return a.maximum(b);
            case "minimum":
                return a.minimum(b);
            default:
                return a.remainder(b);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("opsAndShapes")
    void binaryOpBroadcastGradient(String op, int[] shapeA, int[] shapeB) {
        GradCheck.check(x -> apply(op, x[0], x[1]), sampleLeaf(shapeA, 0), sampleLeaf(shapeB, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opNames")
    void binaryOpOfTransposedLeaves(String op) {
        Tensor a = transposedLeaf(2, 3, 0.6, 1.1, 1.7, 0.9, 1.3, 0.7);
        Tensor b = transposedLeaf(2, 3, 1.45, 0.57, 1.25, 1.65, 0.85, 1.05);
        GradCheck.check(x -> apply(op, x[0], x[1]), a, b);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("opNames")
    void binaryOpOfStridedAndExpanded(String op) {
        Tensor a = sampleLeaf(dims(3, 5), 2);
        Tensor b = sampleLeaf(dims(2, 1), 3);
        GradCheck.check(x -> apply(op, x[0].slice(0, 1, 3).slice(1, 0, 5, 2), x[1].expand(2, 3)), a, b);
    }

    static Stream<String> opNames() {
        return Stream.of(OPS);
    }

    @Test
    void negGradient() {
        GradCheck.check(x -> x[0].neg(), sampleLeaf(dims(2, 3), 0));
    }

    @Test
    void scalarOverloadsGradient() {
        GradCheck.check(x -> x[0].add(2.0).mul(3.0).sub(1.0).div(4.0).rsub(0.5).pow(2.0), sampleLeaf(dims(2, 2), 0));
    }

    @Test
    void sameTensorAsBothOperands() {
        GradCheck.check(x -> x[0].mul(x[0]).add(x[0].div(x[0].add(1.0))), sampleLeaf(dims(3), 4));
    }

    /**
     * At base 0, PyTorch's pow gives the gradient 0 to the base where the exponent is 0 and to an
     * exponent >= 0, where the plain formulas give 0 * inf and 0 * log(0), which are NaN.
     * d/dx x^e = e * x^(e - 1) gives 0, 0 and 12; d/de x^e = x^e * log(x) gives 0, 0 and 8 log 2.
     */
    @Test
    void powGradientAtZeroBaseIsFinite() {
        Tensor base = f64(dims(3), 0, 0, 2).requiresGrad(true);
        Tensor exponent = f64(dims(3), 0, 2, 3).requiresGrad(true);
        Tensor power = base.pow(exponent);
        power.sum().backward();
        assertTensor(DType.FLOAT64, new double[] {1, 0, 8}, dims(3), power);
        assertTensor(DType.FLOAT64, new double[] {0, 0, 12}, dims(3), base.grad());
        assertTensor(DType.FLOAT64, new double[] {0, 0, 5.545177444479562}, dims(3), exponent.grad());
    }

    /** A negative exponent at base 0 keeps the infinite gradients that the formulas give. */
    @Test
    void powGradientAtZeroBaseNegativeExponent() {
        Tensor base = f64(dims(1), 0).requiresGrad(true);
        Tensor exponent = f64(dims(1), -1).requiresGrad(true);
        base.pow(exponent).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {Double.NEGATIVE_INFINITY}, dims(1), base.grad());
        assertTensor(DType.FLOAT64, new double[] {Double.NEGATIVE_INFINITY}, dims(1), exponent.grad());
    }

    @Test
    void floorDivideRecordsNoGradient() {
        Tensor a = sampleLeaf(dims(2), 0);
        assertFalse(a.floorDivide(f64(dims(2), 0.3, 0.7)).requiresGrad(), "floorDivide result requires grad");
    }
}
