package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Elementwise functions of one operand (exp, log, sqrt, sin, cos, tanh, abs, sign, relu, floor,
 * ceil) against known values, including the IEEE special values. Tolerances are those of
 * {@link ConformanceBase}.
 */
public abstract class UnaryFunctionChecks extends ConformanceBase {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double NAN = Double.NaN;

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void expOfKnownPoints(DType dtype) {
        Tensor x = tensor(dtype, dims(6), 0, 1, -1, 2, -INF, INF);
        assertTensor(dtype, new double[] {1, 2.718281828459045, 0.36787944117144233, 7.38905609893065, 0, INF},
                dims(6), x.exp());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void logOfKnownPoints(DType dtype) {
        Tensor x = tensor(dtype, dims(6), 1, 2, 10, 0, -1, INF);
        assertTensor(dtype, new double[] {0, 0.6931471805599453, 2.302585092994046, -INF, NAN, INF}, dims(6), x.log());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void sqrtOfKnownPoints(DType dtype) {
        Tensor x = tensor(dtype, dims(5), 0, 4, 2, -1, INF);
        assertTensor(dtype, new double[] {0, 2, 1.4142135623730951, NAN, INF}, dims(5), x.sqrt());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void sinOfKnownPoints(DType dtype) {
        Tensor x = tensor(dtype, dims(5), 0, Math.PI / 6, Math.PI / 2, 1, -2.5);
        assertTensor(dtype, new double[] {0, 0.5, 1, 0.8414709848078965, -0.5984721441039565}, dims(5), x.sin());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void cosOfKnownPoints(DType dtype) {
        Tensor x = tensor(dtype, dims(5), 0, Math.PI / 3, Math.PI, 1, -2.5);
        assertTensor(dtype, new double[] {1, 0.5, -1, 0.5403023058681398, -0.8011436155469337}, dims(5), x.cos());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void tanhOfKnownPoints(DType dtype) {
        Tensor x = tensor(dtype, dims(6), 0, 1, -1, 0.5, 20, -INF);
        assertTensor(dtype, new double[] {0, 0.7615941559557649, -0.7615941559557649, 0.46211715726000974, 1, -1},
                dims(6), x.tanh());
    }

    @Test
    void floatingFunctionsOfInt64GiveFloat32() {
        Tensor x = tensors().of(0L, 1L, 4L);
        assertTensor(DType.FLOAT32, new double[] {1, 2.718281828459045, 54.598150033144236}, dims(3), x.exp());
        assertTensor(DType.FLOAT32, new double[] {-INF, 0, 1.3862943611198906}, dims(3), x.log());
        assertTensor(DType.FLOAT32, new double[] {0, 1, 2}, dims(3), x.sqrt());
        assertTensor(DType.FLOAT32, new double[] {0, 0.8414709848078965, -0.7568024953079282}, dims(3), x.sin());
        assertTensor(DType.FLOAT32, new double[] {1, 0.5403023058681398, -0.6536436208636119}, dims(3), x.cos());
        assertTensor(DType.FLOAT32, new double[] {0, 0.7615941559557649, 0.999329299739067}, dims(3), x.tanh());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void absPerDtype(DType dtype) {
        assertTensor(dtype, new double[] {2, 0, 3}, dims(3), tensor(dtype, dims(3), -2, 0, 3).abs());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void signPerDtype(DType dtype) {
        assertTensor(dtype, new double[] {-1, 0, 1}, dims(3), tensor(dtype, dims(3), -2, 0, 3).sign());
    }

    @Test
    void signOfNaNIsNaN() {
        assertTensor(DType.FLOAT64, new double[] {NAN, 1, -1}, dims(3), f64(dims(3), NAN, INF, -INF).sign());
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void reluPerDtype(DType dtype) {
        Tensor x = tensor(dtype, dims(2, 2), -2, 0, 3, -0.0);
        assertTensor(dtype, new double[] {0, 0, 3, 0}, dims(2, 2), x.relu());
    }

    @Test
    void reluKeepsNaNAndInfinity() {
        assertTensor(DType.FLOAT64, new double[] {NAN, INF, 0}, dims(3), f64(dims(3), NAN, INF, -INF).relu());
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT32", "FLOAT64"})
    void floorAndCeilPerFloatingDtype(DType dtype) {
        Tensor x = tensor(dtype, dims(6), -1.5, -0.5, 0.5, 1.5, 2, INF);
        assertTensor(dtype, new double[] {-2, -1, 0, 1, 2, INF}, dims(6), x.floor());
        assertTensor(dtype, new double[] {-1, -0.0, 1, 2, 2, INF}, dims(6), x.ceil());
    }

    @Test
    void floorAndCeilKeepInt64() {
        Tensor x = tensors().of(-3L, 0L, 7L);
        assertTensor(DType.INT64, new double[] {-3, 0, 7}, dims(3), x.floor());
        assertTensor(DType.INT64, new double[] {-3, 0, 7}, dims(3), x.ceil());
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void expOnEveryLayout(Layout layout) {
        Tensor x = matrix(layout, DType.FLOAT64, 2, 2, 0, 1, -1, 2);
        assertTensor(DType.FLOAT64, new double[] {1, 2.718281828459045, 0.36787944117144233, 7.38905609893065},
                dims(2, 2), x.exp());
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void absOnEveryLayoutInt64(Layout layout) {
        Tensor x = matrix(layout, DType.INT64, 2, 3, -1, 2, -3, 4, -5, 6);
        assertTensor(DType.INT64, new double[] {1, 2, 3, 4, 5, 6}, dims(2, 3), x.abs());
    }

    @Test
    void negOfExpandedView() {
        Tensor x = f64(dims(3), 1, -2, 3).expand(2, 3);
        assertTensor(DType.FLOAT64, new double[] {-1, 2, -3, -1, 2, -3}, dims(2, 3), x.neg());
    }

    @Test
    void functionOfZeroDimIsZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {2}, dims(), f64(4).sqrt());
    }

    @Test
    void functionOfEmptyIsEmpty() {
        Tensor empty = f64(dims(0, 2));
        assertEquals(org.grad4j.tensor.Shape.of(0, 2), empty.tanh().shape());
        assertEquals(0, empty.relu().toDoubleArray().length);
    }
}
