package org.grad4j.conformance;

import org.junit.jupiter.api.Test;

/**
 * Gradient checks of matmul: 2-D, batched, broadcast batch dimensions on either side, 1-D
 * operands and views as operands. Tolerances are those of {@link GradCheck}.
 */
public abstract class MatmulGradChecks extends GradCheckBase {
    @Test
    void twoDimensionalGradient() {
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(2, 3), 0), sampleLeaf(dims(3, 4), 1));
    }

    @Test
    void batchedGradient() {
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(2, 2, 3), 0), sampleLeaf(dims(2, 3, 2), 1));
    }

    @Test
    void rightBatchBroadcastGradient() {
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(3, 2, 3), 0), sampleLeaf(dims(3, 2), 1));
    }

    @Test
    void leftBatchBroadcastGradient() {
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(1, 2, 3), 0), sampleLeaf(dims(2, 1, 3, 2), 1));
    }

    @Test
    void vectorOperandsGradient() {
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(3), 0), sampleLeaf(dims(3), 1));
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(3), 0), sampleLeaf(dims(3, 2), 1));
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(2, 3), 0), sampleLeaf(dims(3), 1));
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(3), 0), sampleLeaf(dims(2, 3, 2), 1));
        GradCheck.check(x -> x[0].matmul(x[1]), sampleLeaf(dims(2, 2, 3), 0), sampleLeaf(dims(3), 1));
    }

    @Test
    void viewOperandsGradient() {
        GradCheck.check(x -> x[0].transpose(0, 1).matmul(x[1].slice(1, 0, 4, 2)),
                transposedLeaf(2, 3, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6), sampleLeaf(dims(2, 4), 1));
    }

    @Test
    void sameOperandTwice() {
        GradCheck.check(x -> x[0].matmul(x[0].transpose(0, 1)), sampleLeaf(dims(2, 3), 0));
    }
}
