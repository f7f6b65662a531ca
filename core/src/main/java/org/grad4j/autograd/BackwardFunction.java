package org.grad4j.autograd;

import org.grad4j.tensor.Tensor;

/**
 * The backward rule of one op: maps the gradient of the op's output to the gradients of its
 * inputs. It runs with gradient recording off.
 */
@FunctionalInterface
public interface BackwardFunction {
    /**
     * Returns one gradient per input, in input order. An entry may be null where
     * {@code needsGrad} is false, and may have the broadcast shape of the output: the engine
     * sums it down to the input's shape.
     *
     * @param grad gradient of the loss with respect to the op's output, in the output's shape
     * @param needsGrad for each input, whether its gradient is used
     */
    Tensor[] apply(Tensor grad, boolean[] needsGrad);
}
