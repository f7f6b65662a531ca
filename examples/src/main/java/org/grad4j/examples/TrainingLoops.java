package org.grad4j.examples;

import java.util.List;
import org.grad4j.data.DataLoader;
import org.grad4j.loss.Loss;
import org.grad4j.nn.Module;
import org.grad4j.optim.Optimizer;
import org.grad4j.tensor.Tensor;

/**
 * The two training loops of the sine/cosine example, written out step by step because they are
 * the part readers study: every update clears the gradients, runs the model forward, computes
 * the loss, back-propagates it and lets the optimizer step.
 */
final class TrainingLoops {
    /** Receives control after each recorded step: an iteration of gradient descent or an epoch of SGD. */
    @FunctionalInterface
    interface StepListener {
        /**
         * Called with the zero-based step number after that step's parameter updates. An
         * exception thrown here stops training and propagates to the caller of the loop.
         */
        void afterStep(int step);
    }

    private TrainingLoops() {
    }

    /**
     * Trains on the whole data set at once: each iteration computes the gradient of the loss over
     * all samples and makes one update.
     */
    static void gradientDescent(Module model, Loss loss, Optimizer optimizer, Tensor inputs, Tensor targets,
            int iterations, StepListener listener) {
        for (int iteration = 0; iteration < iterations; iteration++) {
            optimizer.zeroGrad();
            Tensor predictions = model.forward(inputs);
            Tensor value = loss.forward(predictions, targets);
            value.backward();
            optimizer.step();

            listener.afterStep(iteration);
        }
    }

    /**
     * Trains on minibatches: each epoch walks the loader's batches in its order and makes one
     * update per batch, so an epoch makes as many updates as the loader has batches.
     */
    static void stochasticGradientDescent(Module model, Loss loss, Optimizer optimizer, DataLoader loader,
            int epochs, StepListener listener) {
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (List<Tensor> batch : loader) {
                Tensor inputs = batch.get(0);
                Tensor targets = batch.get(1);

                optimizer.zeroGrad();
                Tensor predictions = model.forward(inputs);
                Tensor value = loss.forward(predictions, targets);
                value.backward();
                optimizer.step();
            }

            listener.afterStep(epoch);
        }
    }
}
