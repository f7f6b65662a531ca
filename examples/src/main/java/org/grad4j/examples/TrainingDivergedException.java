package org.grad4j.examples;

/**
 * Thrown when training produces a value that is NaN or infinite, after which every later value
 * is meaningless. The message names the value, what it became and the step.
 */
final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param quantity what became non-finite, such as "the loss over all samples"
     * @param stepName what one step is called, such as "iteration" or "epoch"
     * @param step the zero-based step after which {@code quantity} was {@code value}
     */
    TrainingDivergedException(String quantity, String stepName, int step, double value) {
        super(quantity + " is " + value + " after " + stepName + " " + step);
    }
}
