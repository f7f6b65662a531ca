package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * cat along an existing dimension and stack along a new one, with dtype promotion, empty parts
 * and views as inputs. Values are compared exactly.
 */
public abstract class JoinChecks extends ConformanceBase {
    @ParameterizedTest
    @EnumSource(DType.class)
    void catAlongRows(DType dtype) {
        Tensor a = tensor(dtype, dims(1, 2), 1, 2);
        Tensor b = tensor(dtype, dims(2, 2), 3, 4, 5, 6);
        assertTensor(dtype, new double[] {1, 2, 3, 4, 5, 6}, dims(3, 2), Tensor.cat(List.of(a, b), 0));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void catAlongColumns(DType dtype) {
        Tensor a = tensor(dtype, dims(2, 1), 1, 2);
        Tensor b = tensor(dtype, dims(2, 2), 3, 4, 5, 6);
        assertTensor(dtype, new double[] {1, 3, 4, 2, 5, 6}, dims(2, 3), Tensor.cat(List.of(a, b), 1));
        assertTensor(dtype, new double[] {3, 4, 1, 5, 6, 2}, dims(2, 3), Tensor.cat(List.of(b, a), -1));
    }

    @Test
    void catOfThreeVectors() {
        Tensor joined = Tensor.cat(List.of(f64(dims(1), 1), f64(dims(2), 2, 3), f64(dims(1), 4)), 0);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3, 4}, dims(4), joined);
    }

    @Test
    void catWithEmptyPart() {
        Tensor joined = Tensor.cat(List.of(f64(dims(0, 2)), f64(dims(1, 2), 7, 8), f64(dims(0, 2))), 0);
        assertTensor(DType.FLOAT64, new double[] {7, 8}, dims(1, 2), joined);
    }

    @Test
    void catPromotesDtypes() {
        Tensor joined = Tensor.cat(List.of(tensors().of(1L), tensors().of(0.5f), tensors().of(0.25)), 0);
        assertTensor(DType.FLOAT64, new double[] {1, 0.5, 0.25}, dims(3), joined);
    }

    @Test
    void catOfViews() {
        Tensor t = f64(dims(2, 3), 1, 2, 3, 4, 5, 6).transpose(0, 1);
        Tensor s = matrix(Layout.STRIDED, DType.FLOAT64, 1, 2, 7, 8);
        assertTensor(DType.FLOAT64, new double[] {1, 4, 2, 5, 3, 6, 7, 8}, dims(4, 2), Tensor.cat(List.of(t, s), 0));
    }

    @Test
    void catMismatchThrowsNamingShapes() {
        Tensor a = tensors().zeros(DType.FLOAT64, 2, 2);
        Tensor b = tensors().zeros(DType.FLOAT64, 2, 3);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Tensor.cat(List.of(a, b), 0));
        assertMessageContains(thrown, "cat", "[2, 2]", "[2, 3]");
    }

    @Test
    void catOfEmptyListThrows() {
        assertThrows(IllegalArgumentException.class, () -> Tensor.cat(List.of(), 0));
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void stackAlongNewFirstDimension(DType dtype) {
        Tensor a = tensor(dtype, dims(2), 1, 2);
        Tensor b = tensor(dtype, dims(2), 3, 4);
        assertTensor(dtype, new double[] {1, 2, 3, 4}, dims(2, 2), Tensor.stack(List.of(a, b), 0));
    }

    @Test
    void stackAlongLastDimension() {
        Tensor a = f64(dims(2), 1, 2);
        Tensor b = f64(dims(2), 3, 4);
        Tensor c = f64(dims(2), 5, 6);
        assertTensor(DType.FLOAT64, new double[] {1, 3, 5, 2, 4, 6}, dims(2, 3), Tensor.stack(List.of(a, b, c), 1));
        assertTensor(DType.FLOAT64, new double[] {1, 3, 5, 2, 4, 6}, dims(2, 3), Tensor.stack(List.of(a, b, c), -1));
    }

    @Test
    void stackOfZeroDimTensors() {
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(3), Tensor.stack(List.of(f64(1), f64(2), f64(3)), 0));
    }

    @Test
    void stackMismatchThrowsNamingShapes() {
        Tensor a = tensors().zeros(DType.FLOAT64, 2);
        Tensor b = tensors().zeros(DType.FLOAT64, 3);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Tensor.stack(List.of(a, b), 0));
        assertMessageContains(thrown, "stack", "[2]", "[3]");
    }
}
