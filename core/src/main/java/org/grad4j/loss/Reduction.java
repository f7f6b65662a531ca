package org.grad4j.loss;

/** The way a loss combines its per-element values, as PyTorch's {@code reduction} argument. */
public enum Reduction {
    /** The mean over all elements; the default. */
    MEAN,
    /** The sum over all elements. */
    SUM,
    /** No reduction: one value per element. */
    NONE
}
