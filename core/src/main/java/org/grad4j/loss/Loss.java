package org.grad4j.loss;

import java.util.Objects;
import org.grad4j.backend.Kernels;
import org.grad4j.tensor.Tensor;

/**
 * A differentiable measure of how far an input is from a target.
 *
 * <p>To write a loss: extend this class, compute the per-element loss in {@link #forward} from
 * tensor ops (autograd then provides the gradient), and finish with {@link #reduce}. Start it
 * with {@link #checkOperands}, and validate shapes with an {@link IllegalArgumentException}
 * that names the loss and both shapes. To make it available by name, add it to the {@code MapBinder<String, Loss>}
 * in your own Guice module.
 */
public abstract class Loss {
    private final Reduction reduction;

    /** Creates a loss that combines per-element values by {@code reduction}. */
    protected Loss(Reduction reduction) {
        this.reduction = Objects.requireNonNull(reduction, getClass().getSimpleName()
                + ": the reduction is null; pass Reduction.MEAN, SUM or NONE");
    }

    /** Computes the loss of {@code input} against {@code target}. */
    public abstract Tensor forward(Tensor input, Tensor target);

    /** Returns how per-element values are combined. */
    public Reduction reduction() {
        return reduction;
    }

    /**
     * Checks that {@code input} and {@code target} are tensors on one backend instance. Call it
     * first in {@link #forward}.
     *
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if they live on different backend instances
     */
    protected static void checkOperands(String loss, Tensor input, Tensor target) {
        if (input == null || target == null) {
            throw new NullPointerException(loss + ": the " + (input == null ? "input" : "target")
                    + " is null; pass a tensor");
        }
        if (input.backend() != target.backend()) {
            throw new IllegalArgumentException(loss + ": the input and the target live on "
                    + Kernels.describeBackends(input.backend(), target.backend())
                    + "; copy the target with target.to(input.backend()) first");
        }
    }

    /** Applies this loss's reduction to per-element values. */
    protected Tensor reduce(Tensor perElement) {
        switch (reduction) {
            case SUM:
                return perElement.sum();
            case NONE:
                return perElement;
            default:
                return perElement.mean();
        }
    }
}
