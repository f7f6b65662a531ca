package org.grad4j.conformance;

import java.util.List;
import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.MSELoss;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of expressions built from many ops, where one tensor reaches the output along
 * several paths: layers, softmax, normalization and small networks. Tolerances are those of
 * {@link GradCheck}.
 */
public abstract class CompositeGradChecks extends GradCheckBase {
    @Test
    void denseLayerWithMse() {
        Tensor input = f64(dims(4, 3), 0.1, -0.5, 0.9, 1.2, 0.3, -0.7, -1.1, 0.6, 0.2, 0.4, -0.9, 1.5);
        Tensor target = f64(dims(4, 2), 0.5, -0.5, 0.1, 0.9, -0.3, 0.2, 0.7, -0.8);
        GradCheck.check(p -> new MSELoss().forward(input.matmul(p[0].transpose(0, 1)).add(p[1]).tanh(), target),
                leaf(dims(2, 3), 0.4, -0.3, 0.8, -0.6, 0.2, 0.5),
                leaf(dims(2), 0.1, -0.2));
    }

    @Test
    void softmaxFromExpAndSum() {
        GradCheck.check(x -> {
            Tensor shifted = x[0].sub(x[0].max(1, true));
            Tensor e = shifted.exp();
            return e.div(e.sum(1, true));
        }, leaf(dims(2, 3), 0.3, -1.2, 2.1, 0.8, 0.5, -0.4));
    }

    @Test
    void standardizationOverRows() {
        GradCheck.check(x -> {
            Tensor centered = x[0].sub(x[0].mean(1, true));
            Tensor variance = centered.mul(centered).mean(1, true);
            return centered.div(variance.add(1e-5).sqrt());
        }, sampleLeaf(dims(2, 4), 0));
    }

    @Test
    void logSigmoidOfSharedInput() {
        GradCheck.check(x -> x[0].neg().exp().add(1.0).log().neg().add(x[0].mul(x[0]).mul(0.1)),
                leaf(dims(4), -2.0, -0.3, 0.6, 3.1));
    }

    @Test
    void twoLayerNetworkWithCrossEntropy() {
        Tensor input = f64(dims(3, 2), 0.5, -1.0, 1.5, 0.25, -0.75, 0.8);
        Tensor target = longs(1, 0, 2);
        GradCheck.check(p -> {
            Tensor hidden = input.matmul(p[0]).add(p[1]).relu();
            return new CrossEntropyLoss().forward(hidden.matmul(p[2]), target);
        }, leaf(dims(2, 4), 0.3, -0.6, 0.9, 0.2, -0.4, 0.7, 0.1, -0.8),
                leaf(dims(4), 0.11, 0.13, -0.07, 0.17),
                sampleLeaf(dims(4, 3), 2));
    }

    @Test
    void gatherStackAndReduce() {
        Tensor rows = longs(2, 0, 2);
        GradCheck.check(x -> {
            Tensor picked = x[0].index(rows);
            Tensor joined = Tensor.stack(List.of(picked.sum(1, false), picked.max(1, false)), 0);
            return joined.pow(2.0).sum(0, false).sqrt();
        }, sampleLeaf(dims(3, 2), 0));
    }

    @Test
    void deepSharedChain() {
        GradCheck.check(x -> {
            Tensor y = x[0];
            for (int i = 0; i < 6; i++) {
                y = y.mul(0.7).add(y.tanh());
            }
            return y;
        }, leaf(dims(3), -0.9, 0.2, 1.4));
    }
}
