package org.grad4j.conformance;

import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.MSELoss;
import org.grad4j.loss.Reduction;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of MSELoss and CrossEntropyLoss under each reduction, with respect to every
 * floating-point input. Tolerances are those of {@link GradCheck}.
 */
public abstract class LossGradChecks extends GradCheckBase {
    @Test
    void mseGradientPerReduction() {
        for (Reduction reduction : Reduction.values()) {
            MSELoss loss = new MSELoss(reduction);
            GradCheck.check(x -> loss.forward(x[0], x[1]), sampleLeaf(dims(3, 2), 0), sampleLeaf(dims(3, 2), 1));
        }
    }

    @Test
    void crossEntropyGradientPerReduction() {
        Tensor target = longs(2, 0, 1, 2);
        for (Reduction reduction : Reduction.values()) {
            CrossEntropyLoss loss = new CrossEntropyLoss(reduction);
            GradCheck.check(x -> loss.forward(x[0], target), sampleLeaf(dims(4, 3), 0));
        }
    }

    @Test
    void crossEntropyOfLargeLogits() {
        Tensor target = longs(1, 0);
        GradCheck.check(x -> new CrossEntropyLoss().forward(x[0].mul(50.0), target),
                leaf(dims(2, 3), 0.2, 0.25, -0.1, 0.9, 0.95, 0.7));
    }

    @Test
    void crossEntropyOfTransposedLogits() {
        Tensor target = longs(0, 1, 1);
        GradCheck.check(x -> new CrossEntropyLoss().forward(x[0], target),
                transposedLeaf(3, 2, 0.3, -0.2, 1.1, 0.4, -0.6, 0.8));
    }
}
