package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A broadcast operand gets its gradient summed back to its own shape: over the dimensions that
 * broadcasting added in front, and over the dimensions where it had size 1, which stay as size 1.
 * An engine that hands it the gradient of the broadcast result breaks the optimizer or updates
 * the parameter with a gradient of another shape. Values are hand-computed in FLOAT64 and
 * compared within the FLOAT64 tolerance of {@link ConformanceBase}.
 */
public abstract class BroadcastGradientChecks extends ConformanceBase {
    private Tensor a() {
        return f64(dims(2, 3), 1, 2, 3, 4, 5, 6).requiresGrad(true);
    }

    @Test
    void rowVectorGradientSumsRows() {
        Tensor a = a();
        Tensor b = f64(dims(3), 10, 20, 30).requiresGrad(true);
        Tensor loss = a.add(b).pow(2.0).sum();
        loss.backward();
        assertTensor(DType.FLOAT64, new double[] {3811}, dims(), loss);
        assertTensor(DType.FLOAT64, new double[] {22, 44, 66, 28, 50, 72}, dims(2, 3), a.grad());
        assertTensor(DType.FLOAT64, new double[] {50, 94, 138}, dims(3), b.grad());
    }

    @Test
    void columnGradientKeepsSizeOne() {
        Tensor a = a();
        Tensor c = f64(dims(2, 1), 2, 3).requiresGrad(true);
        a.mul(c).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {6, 15}, dims(2, 1), c.grad());
        assertTensor(DType.FLOAT64, new double[] {2, 2, 2, 3, 3, 3}, dims(2, 3), a.grad());
    }

    @Test
    void zeroDimOperandGetsTotal() {
        Tensor a = a();
        Tensor s = f64(2).requiresGrad(true);
        a.mul(s).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {21}, dims(), s.grad());
    }

    @Test
    void leadingDimensionsAreSummed() {
        Tensor x = f64(dims(2, 2, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        Tensor b = f64(dims(1, 3), 0, 0, 0).requiresGrad(true);
        x.add(b).mul(x).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {22, 26, 30}, dims(1, 3), b.grad());
    }

    @Test
    void bothOperandsBroadcast() {
        Tensor column = f64(dims(2, 1), 1, 2).requiresGrad(true);
        Tensor row = f64(dims(1, 3), 10, 20, 30).requiresGrad(true);
        column.mul(row).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {60, 60}, dims(2, 1), column.grad());
        assertTensor(DType.FLOAT64, new double[] {3, 3, 3}, dims(1, 3), row.grad());
    }

    /** Every binary op goes through the one reduction, so each gives its operand's shape. */
    @Test
    void everyBinaryOpReducesToOperandShape() {
        String[] ops = {"add", "sub", "mul", "div", "pow", "maximum", "minimum", "remainder"};
        for (String op : ops) {
            Tensor a = f64(dims(2, 3), 1.5, 2.5, 3.5, 4.5, 5.5, 6.5).requiresGrad(true);
            Tensor b = f64(dims(3), 1.25, 2.25, 3.25).requiresGrad(true);
            ElementwiseGradChecks.apply(op, a, b).sum().backward();
            assertEquals(Shape.of(3), b.grad().shape(), op + ": gradient shape of the broadcast operand");
            assertEquals(Shape.of(2, 3), a.grad().shape(), op + ": gradient shape of the full operand");
        }
    }

    @Test
    void expandGradientSumsRepeats() {
        Tensor x = f64(dims(2, 1), 1, 2).requiresGrad(true);
        x.expand(2, 4).mul(f64(dims(4), 1, 2, 3, 4)).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {10, 10}, dims(2, 1), x.grad());
    }
}
