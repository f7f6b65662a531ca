package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The gradient check helper itself: it passes a right gradient and fails a wrong one. */
public abstract class GradCheckChecks extends GradCheckBase {
    @Test
    void acceptsRightGradient() {
        GradCheck.check(x -> x[0].mul(x[0]), sampleLeaf(dims(2, 3), 0));
    }

    /** x * detach(x) has gradient x in the graph, but the central difference measures 2x. */
    @Test
    void rejectsWrongGradient() {
        assertThrows(AssertionFailedError.class,
                () -> GradCheck.check(x -> x[0].mul(x[0].detach()), sampleLeaf(dims(2, 3), 0)));
    }

    /** A gradient that reaches only part of the input leaves the rest at zero, which is wrong here. */
    @Test
    void rejectsMissingContribution() {
        assertThrows(AssertionFailedError.class,
                () -> GradCheck.check(x -> x[0].add(x[0].detach().mul(x[0].detach())), sampleLeaf(dims(3), 1)));
    }
}
