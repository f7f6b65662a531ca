package org.grad4j.conformance;

import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/** Elementwise ops against hand-computed values. */
public abstract class ElementwiseChecks extends ConformanceBase {
    @Test
    void addBroadcastsRowVector() {
        Tensor a = tensors().of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Tensor b = tensors().of(10.0, 20, 30);
        assertClose(new double[] {11, 22, 33, 14, 25, 36}, a.add(b), new int[] {2, 3}, 0, 0);
    }
}
