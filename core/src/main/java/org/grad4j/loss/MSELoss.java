package org.grad4j.loss;

import org.grad4j.tensor.Tensor;

/**
 * Mean squared error: the squared difference of input and target, reduced (by default the mean
 * over all elements). The input must be floating point. Input and target must have equal
 * shapes; a loss that broadcast [n, 1] against [n] would silently compare every prediction with
 * every target.
 */
public final class MSELoss extends Loss {
    /** Creates the loss with the mean over all elements. */
    public MSELoss() {
        this(Reduction.MEAN);
    }

    /** Creates the loss with the given reduction. */
    public MSELoss(Reduction reduction) {
        super(reduction);
    }

    @Override
    public Tensor forward(Tensor input, Tensor target) {
        checkOperands("MSELoss", input, target);
        if (!input.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("MSELoss: expected a floating-point input but got " + input.dtype()
                    + ", which carries no gradient; cast it with cast(DType.FLOAT32)");
        }
        if (!input.shape().equals(target.shape())) {
            throw new IllegalArgumentException("MSELoss: input shape " + input.shape() + " and target shape "
                    + target.shape() + " differ; MSELoss compares elements one to one and does not broadcast,"
                    + " so reshape one side to match (for example target.unsqueeze(1) for [n] against [n, 1])");
        }
        Tensor diff = input.sub(target);
        return reduce(diff.mul(diff));
    }
}
