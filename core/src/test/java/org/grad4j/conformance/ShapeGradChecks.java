package org.grad4j.conformance;

import java.util.List;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of the ops that rearrange elements: reshape, unsqueeze, squeeze, transpose,
 * permute, expand, slice (with a step), select, get, stack and cat, alone and chained on views.
 * Tolerances are those of {@link GradCheck}.
 */
public abstract class ShapeGradChecks extends GradCheckBase {
    @Test
    void reshapeGradient() {
        GradCheck.check(x -> x[0].reshape(3, -1), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].transpose(0, 1).reshape(-1), sampleLeaf(dims(2, 3), 0));
    }

    @Test
    void unsqueezeAndSqueezeGradient() {
        GradCheck.check(x -> x[0].unsqueeze(1).unsqueeze(0), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].squeeze(0).squeeze(), sampleLeaf(dims(1, 3, 1), 0));
    }

    @Test
    void transposeAndPermuteGradient() {
        GradCheck.check(x -> x[0].transpose(0, 2), sampleLeaf(dims(2, 3, 2), 0));
        GradCheck.check(x -> x[0].permute(1, 2, 0), sampleLeaf(dims(2, 3, 2), 0));
    }

    @Test
    void expandGradient() {
        GradCheck.check(x -> x[0].expand(2, 4, 3), sampleLeaf(dims(4, 1), 0));
        GradCheck.check(x -> x[0].expand(3, 2), sampleLeaf(dims(), 0));
    }

    @Test
    void sliceGradient() {
        GradCheck.check(x -> x[0].slice(1, 1, 4), sampleLeaf(dims(2, 5), 0));
        GradCheck.check(x -> x[0].slice(1, 0, 5, 2), sampleLeaf(dims(2, 5), 0));
        GradCheck.check(x -> x[0].slice(0, -2, 3, 3), sampleLeaf(dims(3, 2), 0));
        GradCheck.check(x -> x[0].slice(1, 2, 2), sampleLeaf(dims(2, 5), 0));
    }

    @Test
    void sliceOfTransposedLeaf() {
        GradCheck.check(x -> x[0].slice(0, 0, 3, 2).slice(1, 1, 2),
                transposedLeaf(3, 2, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6));
    }

    @Test
    void selectAndGetGradient() {
        GradCheck.check(x -> x[0].select(1, 2), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].get(-1), sampleLeaf(dims(2, 3), 0));
        GradCheck.check(x -> x[0].select(0, 1).mul(x[0].select(0, 0)), sampleLeaf(dims(2, 3), 0));
    }

    @Test
    void stackGradient() {
        GradCheck.check(x -> Tensor.stack(List.of(x[0], x[1], x[0]), 1),
                sampleLeaf(dims(2, 2), 0), sampleLeaf(dims(2, 2), 1));
    }

    @Test
    void catGradient() {
        GradCheck.check(x -> Tensor.cat(List.of(x[0], x[1].transpose(0, 1), x[0]), 0),
                sampleLeaf(dims(1, 3), 0), sampleLeaf(dims(3, 2), 1));
        GradCheck.check(x -> Tensor.cat(List.of(x[0], x[1]), -1), sampleLeaf(dims(2, 1), 0), sampleLeaf(dims(2, 3), 1));
    }

    @Test
    void chainOfViewsGradient() {
        GradCheck.check(x -> x[0].transpose(0, 1).slice(0, 1, 3).unsqueeze(0).expand(2, 2, 2).permute(2, 1, 0).reshape(-1),
                sampleLeaf(dims(2, 3), 0));
    }
}
