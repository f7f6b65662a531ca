package org.grad4j.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grad4j.autograd.GradMode;
import org.grad4j.loss.Loss;
import org.grad4j.nn.Module;
import org.grad4j.tensor.Tensor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the loss over the whole data set after each training step and logs progress. The
 * recorded loss is computed anew without gradients, so it measures the model after the step's
 * updates and not the loss of the last minibatch. A loss that is NaN or infinite stops training
 * with a {@link TrainingDivergedException}, so every recorded loss is finite.
 */
final class LossHistory implements TrainingLoops.StepListener {
    private static final Logger LOG = LoggerFactory.getLogger(LossHistory.class);

    private final Module model;
    private final Loss loss;
    private final Tensor inputs;
    private final Tensor targets;
    private final String stepName;
    private final int logInterval;
    private final List<Double> losses = new ArrayList<>();
    private final long startNanos = System.nanoTime();

    /**
     * Creates a history that evaluates {@code model} on all of {@code inputs}, starting the
     * clock now.
     *
     * @param stepName what one step is called in logs, such as "iteration" or "epoch"
     * @param logInterval log every this many steps, counted from step 0
     */
    LossHistory(Module model, Loss loss, Tensor inputs, Tensor targets, String stepName, int logInterval) {
        this.model = model;
        this.loss = loss;
        this.inputs = inputs;
        this.targets = targets;
        this.stepName = stepName;
        this.logInterval = logInterval;
    }

    /**
     * Records the loss after {@code step}.
     *
     * @throws TrainingDivergedException if the loss is NaN or infinite
     */
    @Override
    public void afterStep(int step) {
        double value = evaluate();
        if (!Double.isFinite(value)) {
            throw new TrainingDivergedException("the loss over all samples", stepName, step, value);
        }
        losses.add(value);
        if (step % logInterval == 0) {
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
            LOG.info("{} {}: loss {} after {} ms", stepName, step, (float) value, elapsedMillis);
        }
    }

    /** Returns the loss of the model over the whole data set, without recording gradients. */
    double evaluate() {
        try (var scope = GradMode.noGrad()) {
            return loss.forward(model.forward(inputs), targets).item();
        }
    }

    /** Returns the recorded losses, one per step, in step order. */
    List<Double> losses() {
        return Collections.unmodifiableList(losses);
    }

    /** Returns what one step is called, such as "iteration" or "epoch". */
    String stepName() {
        return stepName;
    }

    /**
     * Returns the loss after the last step.
     *
     * @throws IllegalStateException if no step was recorded
     */
    double last() {
        if (losses.isEmpty()) {
            throw new IllegalStateException("no training step was recorded, so there is no final loss");
        }
        return losses.get(losses.size() - 1);
    }
}
