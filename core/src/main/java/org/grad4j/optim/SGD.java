package org.grad4j.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.grad4j.autograd.GradMode;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Tensor;

/**
 * Stochastic gradient descent with optional momentum, dampening, Nesterov momentum and L2 weight
 * decay, following PyTorch's rule. For gradient g of parameter w on each step:
 *
 * <pre>
 * g = g + weightDecay * w
 * if momentum != 0:
 *     buf = g                                    on the first step
 *     buf = momentum * buf + (1 - dampening) * g on later steps
 *     g = nesterov ? g + momentum * buf : buf
 * w = w - lr * g
 * </pre>
 */
public final class SGD extends Optimizer {
    private final double lr;
    private final double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;
    private final Map<Parameter, Tensor> buffers = new IdentityHashMap<>();

    /** Creates plain gradient descent with learning rate {@code lr}. */
    public SGD(List<Parameter> parameters, double lr) {
        this(parameters, lr, 0, 0, 0, false);
    }

    /**
     * Creates SGD with every option.
     *
     * @throws IllegalArgumentException for a negative or non-finite hyperparameter, or Nesterov
     *     momentum without momentum or with dampening
     */
    public SGD(List<Parameter> parameters, double lr, double momentum, double dampening, double weightDecay,
            boolean nesterov) {
        super(parameters);
        this.lr = check("SGD", "lr", lr, 0, true);
        this.momentum = check("SGD", "momentum", momentum, 0, true);
        this.dampening = check("SGD", "dampening", dampening, 0, true);
        this.weightDecay = check("SGD", "weightDecay", weightDecay, 0, true);
        if (nesterov && (momentum == 0 || dampening != 0)) {
            throw new IllegalArgumentException("SGD: Nesterov momentum needs momentum > 0 and dampening 0, but"
                    + " momentum is " + momentum + " and dampening " + dampening);
        }
        this.nesterov = nesterov;
    }

    @Override
    public void step() {
        try (var scope = GradMode.noGrad()) {
            for (Parameter p : parameters()) {
                Tensor g = p.grad();
                if (g == null) {
                    continue;
                }
                if (weightDecay != 0) {
                    g = g.add(p.mul(weightDecay));
                }
                if (momentum != 0) {
                    Tensor previous = buffers.get(p);
                    Tensor buffer = previous == null ? g.copy() : previous.mul(momentum).add(g.mul(1 - dampening));
                    buffers.put(p, MemoryScope.keep(buffer));
                    if (previous != null) {
                        MemoryScope.attach(previous);
                    }
                    g = nesterov ? g.add(buffer.mul(momentum)) : buffer;
                }
                p.subInPlace(g.mul(lr));
            }
        }
    }
}
