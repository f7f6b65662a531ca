package org.grad4j.conformance;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;

/**
 * Base of the gradient check groups: makes FLOAT64 leaves that require grad. Tolerances are
 * those of {@link GradCheck}: central differences with step 1e-6, within 1e-5 absolute plus
 * 1e-3 relative.
 */
public abstract class GradCheckBase extends ConformanceBase {
    /** Returns a contiguous FLOAT64 leaf of {@code shape} that requires grad. */
    protected Tensor leaf(int[] shape, double... values) {
        return f64(shape, values).requiresGrad(true);
    }

    /**
     * Returns a FLOAT64 leaf of {@code shape} that requires grad, with values of the form
     * 0.5 + m / 20 + 0.003 * salt in [0.5, 2). Leaves with different salts never hold equal
     * values and stay at least 0.003 apart, which keeps maximum, minimum and remainder away from
     * their kinks.
     */
    protected Tensor sampleLeaf(int[] shape, int salt) {
        double[] values = new double[Shape.of(shape).size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = 0.5 + ((k * 37 + salt * 13 + 11) % 29) / 20.0 + 0.003 * salt;
        }
        return leaf(shape, values);
    }

    /** Returns a leaf whose data is the transpose of a row-major matrix, so it is not contiguous. */
    protected Tensor transposedLeaf(int rows, int cols, double... values) {
        return matrix(Layout.TRANSPOSED, DType.FLOAT64, rows, cols, values).requiresGrad(true);
    }
}
