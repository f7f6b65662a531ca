package org.grad4j.conformance;

import java.util.List;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Views of a slice or a column start at an offset and step by a stride. A kernel that reads such
 * a view as one contiguous block from the start of its buffer computes with the wrong elements
 * and raises no error. The expected values are the same whether a view shares storage or is a
 * copy. Values are compared exactly.
 */
public abstract class StridedViewChecks extends ConformanceBase {
    /** zeros(3, 4) with row 0, columns 2 and 3 set to 1. */
    private Tensor onesRightOfFirstRow() {
        return f64(dims(3, 4), 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void leftColumnsTimesTwoAreZero() {
        Tensor v = onesRightOfFirstRow().slice(1, 0, 2);
        assertTensor(DType.FLOAT64, new double[6], dims(3, 2), v.mul(2.0));
    }

    @Test
    void leftColumnsReduceToZero() {
        Tensor v = onesRightOfFirstRow().slice(1, 0, 2);
        assertTensor(DType.FLOAT64, new double[] {0}, dims(), v.sum());
        assertTensor(DType.FLOAT64, new double[] {0}, dims(), v.max());
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), v.sum(1, false));
    }

    @Test
    void leftColumnsThroughOtherKernels() {
        Tensor v = onesRightOfFirstRow().slice(1, 0, 2);
        assertTensor(DType.FLOAT64, new double[] {0, 0, 0}, dims(3), v.matmul(f64(dims(2), 1, 1)));
        assertTensor(DType.FLOAT64, new double[] {1, 1, 1, 1, 1, 1}, dims(3, 2), v.exp());
        assertTensor(DType.INT64, new double[6], dims(3, 2), v.cast(DType.INT64));
        assertTensor(DType.FLOAT64, new double[] {0, 0}, dims(1, 2), v.index(tensors().of(0L)));
        assertTensor(DType.FLOAT64, new double[] {0, 0}, dims(2), v.sort(1, true).values().get(0));
        assertTensor(DType.FLOAT64, new double[6], dims(6), v.reshape(-1));
    }

    @Test
    void rightColumnsOfFirstRow() {
        Tensor v = onesRightOfFirstRow().slice(1, 2, 4);
        assertTensor(DType.FLOAT64, new double[] {2, 2, 0, 0, 0, 0}, dims(3, 2), v.mul(2.0));
    }

    @Test
    void expandedColumnRepeatsEachValue() {
        Tensor a = f64(dims(2, 2), 1, 2, 3, 4);
        Tensor c = a.select(1, 0);
        assertTensor(DType.FLOAT64, new double[] {1, 1, 3, 3}, dims(2, 2), c.unsqueeze(1).expand(2, 2));
    }

    @Test
    void stackOfColumnsInReverseOrder() {
        Tensor a = f64(dims(2, 2), 1, 2, 3, 4);
        Tensor stacked = Tensor.stack(List.of(a.select(1, 1), a.select(1, 0)), 0);
        assertTensor(DType.FLOAT64, new double[] {2, 4, 1, 3}, dims(2, 2), stacked);
    }

    @Test
    void columnViewAddsToRowVector() {
        Tensor a = f64(dims(2, 2), 1, 2, 3, 4);
        Tensor column = a.select(1, 1);
        assertTensor(DType.FLOAT64, new double[] {12, 14}, dims(2), column.add(f64(dims(2), 10, 10)));
    }
}
