package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grad4j.loss.MSELoss;
import org.grad4j.nn.Linear;
import org.grad4j.nn.Parameter;
import org.grad4j.optim.Adam;
import org.grad4j.optim.Optimizer;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Memory scopes release what they created and nothing else. Tensors made inside are unusable
 * after close unless kept, and views kept past their base still read the right values.
 * Parameters, gradients and optimizer state survive, so training inside a scope per step gives
 * exactly the results of training without scopes.
 */
public abstract class MemoryScopeChecks extends ConformanceBase {
    @Test
    void releasedTensorRejectsUse() {
        Tensor inside;
        try (var scope = MemoryScope.open()) {
            inside = tensors().ones(2, 3).mul(2.0);
        }
        assertTrue(inside.isReleased(), "released flag");
        assertEquals(Shape.of(2, 3), inside.shape(), "shape stays readable");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> inside.add(1.0));
        assertTrue(e.getMessage().contains("MemoryScope.keep"), e.getMessage());
    }

    @Test
    void keptTensorSurvivesClose() {
        Tensor kept;
        try (var scope = MemoryScope.open()) {
            kept = MemoryScope.keep(tensors().of(1.0, 2.0, 3.0).mul(2.0));
        }
        assertFalse(kept.isReleased(), "released flag");
        assertClose(new double[] {2, 4, 6}, kept, new int[] {3}, 0, 0);
    }

    @Test
    void keptViewsOutliveTheirBase() {
        Tensor transposed;
        Tensor reshaped;
        Tensor sliced;
        Tensor expanded;
        try (var scope = MemoryScope.open()) {
            Tensor base = tensors().of(new double[][] {{1, 2, 3}, {4, 5, 6}}).mul(1.0);
            transposed = MemoryScope.keep(base.transpose(0, 1));
            reshaped = MemoryScope.keep(base.reshape(3, 2));
            sliced = MemoryScope.keep(base.slice(1, 1, 3));
            expanded = MemoryScope.keep(base.slice(0, 0, 1).expand(3, 3));
            tensors().zeros(1000).add(1.0);
        }
        try (var scope = MemoryScope.open()) {
            tensors().full(-7.0, org.grad4j.tensor.DType.FLOAT64, 2, 3).mul(1.0);
        }
        assertClose(new double[] {1, 4, 2, 5, 3, 6}, transposed, new int[] {3, 2}, 0, 0);
        assertClose(new double[] {1, 2, 3, 4, 5, 6}, reshaped, new int[] {3, 2}, 0, 0);
        assertClose(new double[] {2, 3, 5, 6}, sliced, new int[] {2, 2}, 0, 0);
        assertClose(new double[] {1, 2, 3, 1, 2, 3, 1, 2, 3}, expanded, new int[] {3, 3}, 0, 0);
    }

    @Test
    void outsideTensorsSurviveInsideUse() {
        Tensor outside = tensors().of(1.0, 2.0);
        try (var scope = MemoryScope.open()) {
            outside.detach().reshape(2, 1);
            outside.add(1.0);
        }
        assertFalse(outside.isReleased(), "released flag");
        assertClose(new double[] {1, 2}, outside, new int[] {2}, 0, 0);
    }

    @Test
    void gradientsSurviveTheScope() {
        Tensor x = tensors().of(1.0, -2.0).requiresGrad(true);
        try (var scope = MemoryScope.open()) {
            x.mul(x).sum().backward();
        }
        assertClose(new double[] {2, -4}, x.grad(), new int[] {2}, 0, 0);
    }

    @Test
    void zeroGradInScopeReleasesOldGradient() {
        Tensor x = tensors().of(1.0, -2.0).requiresGrad(true);
        x.mul(x).sum().backward();
        Tensor old = x.grad();
        try (var scope = MemoryScope.open()) {
            x.zeroGrad();
            x.mul(3.0).sum().backward();
        }
        assertTrue(old.isReleased(), "old gradient released");
        assertClose(new double[] {3, 3}, x.grad(), new int[] {2}, 0, 0);
    }

    @Test
    void gradientsOfAddAreStoredSeparately() {
        Tensor a = tensors().of(1.0, 2.0).requiresGrad(true);
        Tensor b = tensors().of(3.0, 4.0).requiresGrad(true);
        a.add(b).sum().backward();
        try (var scope = MemoryScope.open()) {
            a.zeroGrad();
        }
        assertClose(new double[] {1, 1}, b.grad(), new int[] {2}, 0, 0);
    }

    @Test
    void sgdInScopesMatchesPlainTraining() {
        assertArrayEquals(train(false, false), train(true, false), "parameters after SGD with momentum");
    }

    @Test
    void adamInScopesMatchesPlainTraining() {
        assertArrayEquals(train(false, true), train(true, true), "parameters after Adam");
    }

    @Test
    void scopeCountsOnlyItsArrays() {
        Tensor outside = tensors().ones(3);
        try (var scope = MemoryScope.open()) {
            outside.mul(outside).add(outside);
            assertEquals(2, scope.size(), "arrays created by mul and add");
        }
    }

    @Test
    void nestedScopesReleaseInOrder() {
        Tensor outer;
        Tensor inner;
        try (var outerScope = MemoryScope.open()) {
            outer = tensors().ones(2).mul(3.0);
            try (var innerScope = MemoryScope.open()) {
                inner = tensors().ones(2).mul(4.0);
                IllegalStateException e = assertThrows(IllegalStateException.class, outerScope::close);
                assertTrue(e.getMessage().contains("nested"), e.getMessage());
            }
            assertTrue(inner.isReleased(), "inner tensor after the inner scope");
            assertFalse(outer.isReleased(), "outer tensor after the inner scope");
        }
        assertTrue(outer.isReleased(), "outer tensor after the outer scope");
    }

    @Test
    void closeOnAnotherThreadRejected() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (var scope = MemoryScope.open()) {
            Future<?> attempt = pool.submit(scope::close);
            Exception e = assertThrows(Exception.class, () -> attempt.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof IllegalStateException, "cause " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Trains a Linear layer for a few steps, each optionally in its own scope, and returns its parameters. */
    private double[] train(boolean scoped, boolean adam) {
        Generator generator = new Generator(5);
        Linear layer = new Linear(tensors(), 3, 2, generator);
        Tensor x = tensors().rand(generator, 8, 3);
        Tensor y = tensors().rand(generator, 8, 2);
        List<Parameter> parameters = layer.parameters();
        Optimizer optimizer = adam ? new Adam(parameters, 0.05) : new SGD(parameters, 0.1, 0.9, 0, 0.01, false);
        MSELoss loss = new MSELoss();
        for (int step = 0; step < 5; step++) {
            MemoryScope scope = scoped ? MemoryScope.open() : null;
            try {
                optimizer.zeroGrad();
                loss.forward(layer.forward(x), y).backward();
                optimizer.step();
            } finally {
                if (scope != null) {
                    scope.close();
                }
            }
        }
        double[] weight = layer.weight().toDoubleArray();
        double[] bias = layer.bias().toDoubleArray();
        double[] all = new double[weight.length + bias.length];
        System.arraycopy(weight, 0, all, 0, weight.length);
        System.arraycopy(bias, 0, all, weight.length, bias.length);
        return all;
    }

    /** sum's backward reads no saved values, so only the released check stops this backward. */
    @Test
    void backwardFromReleasedTensorThrows() {
        Tensor leaf = tensors().of(1.0, 2.0).requiresGrad(true);
        Tensor loss;
        try (var scope = MemoryScope.open()) {
            loss = leaf.sum();
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, loss::backward);
        assertTrue(e.getMessage().contains("MemoryScope.keep"), e.getMessage());
        assertTrue(leaf.grad() == null, "the leaf got a gradient from a released graph");
    }
}
