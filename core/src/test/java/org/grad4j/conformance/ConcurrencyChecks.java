package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grad4j.autograd.GradMode;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Activations;
import org.grad4j.nn.Linear;
import org.grad4j.nn.Module;
import org.grad4j.nn.Parameter;
import org.grad4j.nn.Sequential;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;
import org.junit.jupiter.api.Test;

/**
 * Independent models trained on several threads at once must end with the same parameters,
 * bit for bit, as the same models trained one after another on one thread. So a backend may not
 * share mutable state between arrays, and grad mode must stay per thread.
 */
public abstract class ConcurrencyChecks extends ConformanceBase {
    private static final int MODELS = 4;
    private static final int STEPS = 40;

    @Test
    void parallelTrainingMatchesSequential() throws Exception {
        List<double[]> sequential = new ArrayList<>();
        for (int seed = 0; seed < MODELS; seed++) {
            sequential.add(train(seed, null));
        }

        ExecutorService pool = Executors.newFixedThreadPool(MODELS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<double[]>> parallel = new ArrayList<>();
            for (int seed = 0; seed < MODELS; seed++) {
                long modelSeed = seed;
                parallel.add(pool.submit(() -> train(modelSeed, start)));
            }
            start.countDown();
            for (int seed = 0; seed < MODELS; seed++) {
                assertArrayEquals(sequential.get(seed), parallel.get(seed).get(60, TimeUnit.SECONDS),
                        "parameters of model " + seed);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noGradOnOneThreadLeavesOthersRecording() throws Exception {
        Tensor x = tensors().ones(2).requiresGrad(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (var scope = GradMode.noGrad()) {
            Future<Boolean> other = pool.submit(() -> x.mul(2.0).requiresGrad());
            assertTrue(other.get(10, TimeUnit.SECONDS), "a result on another thread requires grad");
            assertFalse(x.mul(2.0).requiresGrad(), "a result on this thread requires grad");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trains a small MLP by SGD and returns all its parameters, flattened, after the last step. */
    private double[] train(long seed, CountDownLatch start) throws InterruptedException {
        Tensors t = tensors();
        Generator generator = new Generator(seed);
        Module model = new Sequential(
                new Linear(t, 1, 16, generator), Activations.tanh(), new Linear(t, 16, 1, generator));
        Tensor x = t.rand(generator, 32, 1).mul(4.0).sub(2.0);
        Tensor y = x.sin();
        SGD optimizer = new SGD(model.parameters(), 0.1, 0.9, 0, 0.001, false);
        MSELoss loss = new MSELoss();
        if (start != null) {
            start.await();
        }
        for (int step = 0; step < STEPS; step++) {
            optimizer.zeroGrad();
            loss.forward(model.forward(x), y).backward();
            optimizer.step();
        }
        List<Double> values = new ArrayList<>();
        for (Parameter p : model.parameters()) {
            for (double v : p.toDoubleArray()) {
                values.add(v);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
