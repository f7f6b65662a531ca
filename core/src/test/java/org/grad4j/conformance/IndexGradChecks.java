package org.grad4j.conformance;

import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Gradient checks of index (gather by INT64 rows, including repeated and negative indices, whose
 * gradients add up) and of sort, whose values carry the gradient back to the positions they came
 * from. Sort inputs hold distinct values. Tolerances are those of {@link GradCheck}.
 */
public abstract class IndexGradChecks extends GradCheckBase {
    @Test
    void indexWithRepeatedRows() {
        Tensor rows = longs(0, 2, 0, -1);
        GradCheck.check(x -> x[0].index(rows), sampleLeaf(dims(3, 2), 0));
    }

    @Test
    void indexByMatrixOfIndices() {
        Tensor rows = tensors().of(new long[][] {{1, 1}, {-3, 2}});
        GradCheck.check(x -> x[0].index(rows), sampleLeaf(dims(3), 0));
    }

    @Test
    void indexOfTransposedLeaf() {
        Tensor rows = longs(2, 2, 1);
        GradCheck.check(x -> x[0].index(rows), transposedLeaf(3, 2, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6));
    }

    @Test
    void indexOfExpandedInput() {
        Tensor rows = longs(0, 1, 1);
        GradCheck.check(x -> x[0].expand(2, 3).index(rows), sampleLeaf(dims(3), 0));
    }

    @Test
    void sortAscendingGradient() {
        GradCheck.check(x -> x[0].sort(0, false).values(), leaf(dims(5), 0.4, -1.2, 2.5, 0.1, -0.3));
    }

    @Test
    void sortDescendingPerRow() {
        GradCheck.check(x -> x[0].sort(1, true).values(), leaf(dims(2, 3), 0.4, -1.2, 2.5, 0.1, -0.3, 1.7));
    }

    @Test
    void sortAlongMiddleDimension() {
        double[] values = {0.5, -0.4, 1.3, 2.2, -1.1, 0.9, 0.05, 1.6, -2.3, 0.7, 1.15, -0.6};
        GradCheck.check(x -> x[0].sort(1, false).values(), leaf(dims(2, 3, 2), values));
    }

    @Test
    void sortOfTransposedLeaf() {
        GradCheck.check(x -> x[0].sort(0, true).values(), transposedLeaf(2, 3, 0.4, -1.2, 2.5, 0.1, -0.3, 1.7));
    }
}
