package org.grad4j.conformance;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Backward makes one pass over the graph in reverse topological order, so a node that feeds
 * several consumers passes its gradient on once, after all of them have added their share. An
 * engine that recurses along every path pushes it down more than once and gets gradients that
 * are too large. Values are hand-computed and compared within the FLOAT64 tolerance of
 * {@link ConformanceBase}.
 */
public abstract class GraphTraversalChecks extends ConformanceBase {
    /** f = x * (x * a) + (x * x) * a + x * (x * a) = 3x^2 at x = 1, a = 1. */
    @Test
    void sharedProductsCountOnce() {
        Tensor x = f64(1.0).requiresGrad(true);
        Tensor a = f64(1.0);
        Tensor xa = x.mul(a);
        Tensor x2 = x.mul(x);
        Tensor f = x.mul(xa).add(x2.mul(a)).add(x.mul(xa));
        f.backward();
        assertTensor(DType.FLOAT64, new double[] {3}, dims(), f);
        assertTensor(DType.FLOAT64, new double[] {6}, dims(), x.grad());
    }

    /** z = y + y^2 with y = x^2, so dz/dx = (1 + 2y) * 2x = 114 at x = 3. */
    @Test
    void intermediateUsedTwice() {
        Tensor x = f64(3.0).requiresGrad(true);
        Tensor y = x.mul(x);
        Tensor z = y.add(y.mul(y));
        z.backward();
        assertTensor(DType.FLOAT64, new double[] {90}, dims(), z);
        assertTensor(DType.FLOAT64, new double[] {114}, dims(), x.grad());
    }

    /**
     * y doubles 30 times through y + y, so dy/dx = 2^30. A traversal per path would visit 2^30
     * paths; one pass visits 31 nodes.
     */
    @Test
    void doublingChainIsLinear() {
        Tensor x = f64(1.0).requiresGrad(true);
        Tensor y = x;
        for (int i = 0; i < 30; i++) {
            y = y.add(y);
        }
        y.backward();
        assertTensor(DType.FLOAT64, new double[] {1073741824.0}, dims(), x.grad());
    }

    @Test
    void diamondSumsBothBranches() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor top = x.mul(3.0);
        Tensor left = top.exp().mul(0.0).add(top);
        Tensor right = top.mul(top);
        left.add(right).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {3 + 18 * 1, 3 + 18 * 2}, dims(2), x.grad());
    }

    @Test
    void branchWithoutGradientIsSkipped() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor constant = f64(dims(2), 5, 7);
        x.mul(constant).add(constant.mul(constant)).sum().backward();
        assertTensor(DType.FLOAT64, new double[] {5, 7}, dims(2), x.grad());
    }
}
