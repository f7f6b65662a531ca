package org.grad4j.optim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.grad4j.autograd.GradMode;
import org.grad4j.nn.Parameter;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Tensor;

/**
 * Adam and AdamW, following PyTorch's rules. On step t, for gradient g of parameter w:
 *
 * <pre>
 * Adam:  g = g + weightDecay * w          (L2 decay folded into the gradient)
 * AdamW: w = w * (1 - lr * weightDecay)   (decoupled decay)
 * m = beta1 * m + (1 - beta1) * g
 * v = beta2 * v + (1 - beta2) * g^2
 * w = w - (lr / (1 - beta1^t)) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 *
 * The bias corrections are computed in double precision whatever the parameter dtype.
 */
public final class Adam extends Optimizer {
    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;
    private final Map<Parameter, Tensor[]> moments = new IdentityHashMap<>();
    private final Map<Parameter, Integer> steps = new IdentityHashMap<>();

    /** Creates Adam with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, no weight decay. */
    public Adam(List<Parameter> parameters, double lr) {
        this(parameters, lr, 0.9, 0.999, 1e-8, 0, false);
    }

    /**
     * Creates Adam, or AdamW when {@code decoupledWeightDecay} is true.
     *
     * @throws IllegalArgumentException for a hyperparameter outside its range
     */
    public Adam(List<Parameter> parameters, double lr, double beta1, double beta2, double eps, double weightDecay,
            boolean decoupledWeightDecay) {
        super(parameters);
        String name = decoupledWeightDecay ? "AdamW" : "Adam";
        this.lr = check(name, "lr", lr, 0, true);
        this.beta1 = checkBeta(name, "beta1", beta1);
        this.beta2 = checkBeta(name, "beta2", beta2);
        this.eps = check(name, "eps", eps, 0, true);
        this.weightDecay = check(name, "weightDecay", weightDecay, 0, true);
        this.decoupled = decoupledWeightDecay;
    }

    /** Creates AdamW with PyTorch's defaults: betas (0.9, 0.999), eps 1e-8, weight decay 0.01. */
    public static Adam adamW(List<Parameter> parameters, double lr) {
        return new Adam(parameters, lr, 0.9, 0.999, 1e-8, 0.01, true);
    }

    @Override
    public void step() {
        try (var scope = GradMode.noGrad()) {
            for (Parameter p : parameters()) {
                Tensor g = p.grad();
                if (g == null) {
                    continue;
                }
                int t = steps.merge(p, 1, Integer::sum);
                if (weightDecay != 0) {
                    if (decoupled) {
                        p.mulInPlace(1 - lr * weightDecay);
                    } else {
                        g = g.add(p.mul(weightDecay));
                    }
                }
                Tensor[] state = moments.get(p);
                Tensor m = state == null ? g.mul(1 - beta1) : state[0].mul(beta1).add(g.mul(1 - beta1));
                Tensor v = state == null ? g.mul(g).mul(1 - beta2) : state[1].mul(beta2).add(g.mul(g).mul(1 - beta2));
                moments.put(p, new Tensor[] {MemoryScope.keep(m), MemoryScope.keep(v)});
                if (state != null) {
                    MemoryScope.attach(state[0]);
                    MemoryScope.attach(state[1]);
                }

                double correction1 = 1 - Math.pow(beta1, t);
                double correction2 = Math.sqrt(1 - Math.pow(beta2, t));
                Tensor denominator = v.sqrt().div(correction2).add(eps);
                p.subInPlace(m.div(denominator).mul(lr / correction1));
            }
        }
    }

    private static double checkBeta(String optimizer, String name, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(optimizer + ": " + name + " must lie in [0, 1) but was " + value);
        }
        return value;
    }
}
