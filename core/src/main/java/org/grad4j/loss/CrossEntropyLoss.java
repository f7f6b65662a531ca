package org.grad4j.loss;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * Cross-entropy of logits {@code [N, C]} against INT64 class indices {@code [N]}, reduced (by
 * default the mean over the N samples).
 *
 * <p>It works from log-softmax with the row maximum m subtracted: for target class t the loss is
 * {@code log(sum(exp(l - m))) - (l_t - m)}. Every exp argument is at most 0, so nothing
 * overflows, and the loss is never formed at the logits' magnitude, so large logits do not
 * cancel it away.
 */
public final class CrossEntropyLoss extends Loss {
    /** Creates the loss with the mean over samples. */
    public CrossEntropyLoss() {
        this(Reduction.MEAN);
    }

    /** Creates the loss with the given reduction. */
    public CrossEntropyLoss(Reduction reduction) {
        super(reduction);
    }

    @Override
    public Tensor forward(Tensor logits, Tensor target) {
        checkOperands("CrossEntropyLoss", logits, target);
        checkShapes(logits, target);
        int n = logits.shape().dim(0);
        int classes = logits.shape().dim(1);
        checkTargets(target, classes);

        Tensor max = logits.max(1, true).detach();
        Tensor shifted = logits.sub(max);
        Tensor logSumExp = shifted.exp().sum(1, false).log();
        Tensor flatTarget = target.add(new Tensors(logits.backend()).arange(n).mul((long) classes));
        Tensor picked = shifted.reshape(-1).index(flatTarget);
        return reduce(logSumExp.sub(picked));
    }

    private static void checkShapes(Tensor logits, Tensor target) {
        if (logits.shape().rank() != 2 || !logits.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("CrossEntropyLoss: expected floating-point logits of shape [N, C]"
                    + " but got " + logits.dtype() + " " + logits.shape() + "; pass one row of class scores per"
                    + " sample, cast to DType.FLOAT32 if needed");
        }
        if (target.dtype() != DType.INT64) {
            throw new IllegalArgumentException("CrossEntropyLoss: expected int64 class indices but the target is "
                    + target.dtype() + "; cast it with cast(DType.INT64)");
        }
        if (target.shape().rank() != 1 || target.shape().dim(0) != logits.shape().dim(0)) {
            throw new IllegalArgumentException("CrossEntropyLoss: logits " + logits.shape() + " need a target of shape ["
                    + logits.shape().dim(0) + "] but the target has shape " + target.shape());
        }
    }

    private static void checkTargets(Tensor target, int classes) {
        long[] values = target.toLongArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= classes) {
                throw new IllegalArgumentException("CrossEntropyLoss: target " + values[i] + " at position " + i
                        + " is not a class index for " + classes + " classes; expected values in [0, "
                        + (classes - 1) + "]");
            }
        }
    }
}
