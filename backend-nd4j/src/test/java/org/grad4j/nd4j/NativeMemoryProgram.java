package org.grad4j.nd4j;

import org.bytedeco.javacpp.Pointer;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Linear;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * The loops whose native memory {@link NativeMemoryTest} measures, each step in a memory scope.
 * The test runs this in a child JVM with a fixed, pre-touched heap, so that growth of the
 * resident set is native growth and not the heap expanding. Prints one line per checkpoint,
 * {@code checkpoint <step> <tracked off-heap bytes> <resident bytes>}, and for training the
 * loss after the last step as {@code loss <value>}.
 */
final class NativeMemoryProgram {
    /** The step from which the growth of JavaCPP's tracked off-heap bytes is measured. */
    static final int TRACKED_CHECKPOINT = 100;

    /**
     * The step from which the growth of the resident set is measured. Before it the JVM
     * compiles code and ND4J fills its caches, which grows the resident set by a few tens of MiB
     * once.
     */
    static final int RESIDENT_CHECKPOINT = 500;

    /** Training steps of the {@code wide} loop. */
    static final int TRAINING_STEPS = 2000;

    private NativeMemoryProgram() {
    }

    /** Runs {@code args[0]}: {@code wide} (2000 training steps) or {@code index} (10,000 gathers). */
    public static void main(String[] args) {
        Tensors tensors = new Tensors(new Nd4jBackend());
        if (args[0].equals("wide")) {
            double loss = trainWide(tensors, TRAINING_STEPS, true);
            System.out.println("loss " + loss);
        } else {
            for (int i = 1; i <= 10_000; i++) {
                try (var scope = MemoryScope.open()) {
                    Tensor grid = tensors.zeros(1000);
                    Tensor index = tensors.arange(0, 1000, 2);
                    grid.index(index);
                }
                checkpoint(i, 10_000);
            }
        }
    }

    /**
     * Trains Linear(256, 256) with MSE and SGD (lr 0.01) on a fixed batch of 64 for
     * {@code steps} steps, each in a memory scope, and returns the last loss.
     */
    static double trainWide(Tensors tensors, int steps, boolean report) {
        Generator generator = new Generator(14);
        Linear layer = new Linear(tensors, 256, 256, generator);
        Tensor x = tensors.randn(generator, 64, 256);
        Tensor y = x.matmul(tensors.randn(generator, 256, 256).mul(0.05));
        SGD optimizer = new SGD(layer.parameters(), 0.01);
        MSELoss mse = new MSELoss();
        double loss = Double.NaN;
        for (int step = 1; step <= steps; step++) {
            try (var scope = MemoryScope.open()) {
                optimizer.zeroGrad();
                Tensor value = mse.forward(layer.forward(x), y);
                value.backward();
                optimizer.step();
                loss = value.item();
            }
            if (report) {
                checkpoint(step, steps);
            }
        }
        return loss;
    }

    private static void checkpoint(int step, int last) {
        if (step == TRACKED_CHECKPOINT || step == RESIDENT_CHECKPOINT || step == last) {
            System.out.println("checkpoint " + step + " " + Pointer.totalBytes() + " " + Pointer.physicalBytes());
        }
    }
}
