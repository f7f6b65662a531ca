package org.grad4j.benchmarks;

import java.util.List;
import org.grad4j.examples.LineGrid;
import org.grad4j.examples.SineCosineData;
import org.grad4j.loss.Loss;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Activations;
import org.grad4j.nn.Linear;
import org.grad4j.nn.Module;
import org.grad4j.nn.Sequential;
import org.grad4j.optim.Optimizer;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * The training workloads that benchmarks and the soak check run: one optimizer step of a model
 * on fixed data, built the same way on every backend from one seed.
 */
final class Workloads {
    private Workloads() {
    }

    /** A model, its data and its optimizer, ready to take steps. */
    static final class Training {
        private final Module model;
        private final Loss loss = new MSELoss();
        private final Optimizer optimizer;
        private final Tensor inputs;
        private final Tensor targets;

        Training(Module model, Optimizer optimizer, Tensor inputs, Tensor targets) {
            this.model = model;
            this.optimizer = optimizer;
            this.inputs = inputs;
            this.targets = targets;
        }

        /** Runs one full-batch step and returns the loss before the update. */
        double step() {
            optimizer.zeroGrad();
            Tensor value = loss.forward(model.forward(inputs), targets);
            value.backward();
            optimizer.step();
            return value.item();
        }
    }

    /** Builds the sine/cosine example's gradient descent: LineGrid(20, 2) on 250 samples, lr 0.5. */
    static Training sineCosine(Tensors tensors, long seed) {
        Generator generator = new Generator(seed);
        SineCosineData data = SineCosineData.generate(tensors, generator, 250, 20, 0.1);
        LineGrid model = new LineGrid(tensors, 20, 2, generator);
        return new Training(model, new SGD(model.parameters(), 0.5), data.x(), data.y());
    }

    /** Builds a small MLP, 1-32-32-1 with tanh, fitting sin(x) on 64 points of [-3, 3] with SGD lr 0.05. */
    static Training mlp(Tensors tensors, long seed) {
        Generator generator = new Generator(seed);
        Module model = new Sequential(
                new Linear(tensors, 1, 32, generator), Activations.tanh(),
                new Linear(tensors, 32, 32, generator), Activations.tanh(),
                new Linear(tensors, 32, 1, generator));
        Tensor x = tensors.rand(generator, 64, 1).mul(6.0).sub(3.0);
        Tensor y = x.sin();
        return new Training(model, new SGD(model.parameters(), 0.05), x, y);
    }

    /**
     * Builds a wide layer, Linear(256, 256), fitting a fixed random linear map on a batch of 64
     * with SGD lr 0.01. Each step moves about 2 MB of arrays, so memory that is not released
     * shows fast.
     */
    static Training wide(Tensors tensors, long seed) {
        Generator generator = new Generator(seed);
        Module model = new Linear(tensors, 256, 256, generator);
        Tensor x = tensors.randn(generator, 64, 256);
        Tensor y = x.matmul(tensors.randn(generator, 256, 256).mul(0.05));
        return new Training(model, new SGD(model.parameters(), 0.01), x, y);
    }

    /** Returns the workload called {@code name}: {@code sincos}, {@code mlp} or {@code wide}. */
    static Training named(String name, Tensors tensors, long seed) {
        switch (name) {
            case "sincos":
                return sineCosine(tensors, seed);
            case "mlp":
                return mlp(tensors, seed);
            case "wide":
                return wide(tensors, seed);
            default:
                throw new IllegalArgumentException("unknown workload '" + name + "'; expected one of: "
                        + String.join(", ", NAMES));
        }
    }

    /** The workload names. */
    static final List<String> NAMES = List.of("sincos", "mlp", "wide");
}
