package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An in-place op can write only into self's shape. When broadcasting would make the result
 * larger, it throws naming the op, self's shape and the broadcast shape, and it leaves self
 * unchanged. The out-of-place op still works. This holds for every in-place update of
 * Parameter and for the backend's binaryInPlace kernel that optimizers use.
 */
public abstract class InPlaceChecks extends ConformanceBase {
    private Parameter zeroColumn() {
        return new Parameter(tensors().zeros(3, 1));
    }

    private static void assertUnchangedZeroColumn(Tensor a) {
        assertTensor(DType.FLOAT32, new double[] {0, 0, 0}, new int[] {3, 1}, a);
    }

    @Test
    void mulInPlaceTooLargeThrows() {
        Parameter a = zeroColumn();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> a.mulInPlace(tensors().ones(3, 4)));
        assertMessageContains(thrown, "mul", "[3, 1]", "[3, 4]");
        assertUnchangedZeroColumn(a);
    }

    @Test
    void addAndSubInPlaceTooLargeThrow() {
        Parameter a = zeroColumn();
        IllegalArgumentException added = assertThrows(IllegalArgumentException.class,
                () -> a.addInPlace(tensors().ones(3, 4)));
        assertMessageContains(added, "add", "[3, 1]", "[3, 4]");
        IllegalArgumentException subtracted = assertThrows(IllegalArgumentException.class,
                () -> a.subInPlace(tensors().ones(1, 3, 1)));
        assertMessageContains(subtracted, "sub", "[3, 1]", "[1, 3, 1]");
        assertUnchangedZeroColumn(a);
    }

    @Test
    void mulInPlaceFittingBroadcastWorks() {
        Parameter b = new Parameter(tensors().zeros(3, 4));
        b.mulInPlace(tensors().ones(3, 1));
        assertTensor(DType.FLOAT32, new double[12], dims(3, 4), b);
    }

    @Test
    void outOfPlaceMulBroadcasts() {
        assertEquals(Shape.of(3, 4), zeroColumn().mul(tensors().ones(3, 4)).shape());
    }

    @Test
    void inPlaceValuesWithBroadcast() {
        Parameter p = new Parameter(f64(dims(2, 3), 1, 2, 3, 4, 5, 6));
        p.addInPlace(f64(dims(3), 10, 20, 30));
        p.subInPlace(f64(dims(2, 1), 1, 2));
        p.mulInPlace(f64(2));
        p.mulInPlace(0.5);
        assertTensor(DType.FLOAT64, new double[] {10, 21, 32, 12, 23, 34}, dims(2, 3), p);
    }

    @Test
    void inPlaceConvertsOperandDtype() {
        Parameter p = new Parameter(tensors().of(1f, 2f));
        p.addInPlace(tensors().of(0.5, 0.25));
        p.mulInPlace(tensors().of(2L, 4L));
        assertTensor(DType.FLOAT32, new double[] {3, 9}, dims(2), p);
    }

    @Test
    void copyFromOfOtherShapeThrows() {
        Parameter a = zeroColumn();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> a.copyFrom(tensors().ones(3)));
        assertMessageContains(thrown, "copyFrom", "[3]", "[3, 1]");
        assertUnchangedZeroColumn(a);
    }

    @Test
    void copyFromReplacesValues() {
        Parameter a = zeroColumn();
        Tensor source = f64(dims(3, 1), 1, 2, 3);
        a.copyFrom(source);
        assertTensor(DType.FLOAT32, new double[] {1, 2, 3}, dims(3, 1), a);
        assertTensor(DType.FLOAT64, new double[] {1, 2, 3}, dims(3, 1), source);
    }

    @ParameterizedTest
    @EnumSource(BinaryOp.class)
    void backendKernelTooLargeThrows(BinaryOp op) {
        NDArray self = backend().fromFloats(new float[3], Shape.of(3, 1));
        NDArray other = backend().fromFloats(new float[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, Shape.of(3, 4));
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> backend().binaryInPlace(op, self, other));
        assertMessageContains(thrown, op.label(), "[3, 1]", "[3, 4]");
        assertEquals(Shape.of(3, 1), self.shape());
        assertEquals(0, backend().toFloats(self)[0]);
        assertEquals(0, backend().toFloats(self)[2]);
    }

    @Test
    void backendKernelUpdatesValues() {
        NDArray self = backend().fromDoubles(new double[] {1, 2, 3, 4}, Shape.of(2, 2));
        backend().binaryInPlace(BinaryOp.MUL, self, backend().fromDoubles(new double[] {10, -1}, Shape.of(2)));
        assertEquals(java.util.List.of(10.0, -2.0, 30.0, -4.0),
                java.util.Arrays.stream(backend().toDoubles(self)).boxed().toList());
    }

    /** The target is the transpose [[1, 3], [2, 4]] of a row-major array, so writes follow its strides. */
    @Test
    void backendKernelUpdatesTransposedView() {
        NDArray self = backend().permute(backend().fromDoubles(new double[] {1, 2, 3, 4}, Shape.of(2, 2)),
                new int[] {1, 0});
        backend().binaryInPlace(BinaryOp.ADD, self, backend().fromDoubles(new double[] {10, 20}, Shape.of(2)));
        assertEquals(java.util.List.of(11.0, 23.0, 12.0, 24.0),
                java.util.Arrays.stream(backend().toDoubles(self)).boxed().toList());
    }

    @Test
    void backendKernelWithSelfAsOperand() {
        NDArray self = backend().fromDoubles(new double[] {1, 2, 3}, Shape.of(3));
        backend().binaryInPlace(BinaryOp.ADD, self, self);
        assertEquals(java.util.List.of(2.0, 4.0, 6.0), java.util.Arrays.stream(backend().toDoubles(self)).boxed().toList());
    }

    @Test
    void backendKernelWithInt64() {
        NDArray self = backend().fromLongs(new long[] {7, -7}, Shape.of(2));
        backend().binaryInPlace(BinaryOp.SUB, self, backend().fromLongs(new long[] {2}, Shape.of(1)));
        assertEquals(java.util.List.of(5L, -9L), java.util.Arrays.stream(backend().toLongs(self)).boxed().toList());
    }
}
