package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.ref.WeakReference;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A backward call without retainGraph frees the graph. The output no longer keeps the forward
 * pass's intermediate tensors alive, and a later backward through any freed node fails with the
 * message that names retainGraph.
 */
public abstract class GraphReleaseChecks extends ConformanceBase {
    /** Full collections to wait for before deciding that a tensor is still reachable. */
    private static final int GC_ATTEMPTS = 50;

    @Test
    void backwardFreesIntermediates() throws InterruptedException {
        Tensor x = f64(dims(3), 1, 2, 3).requiresGrad(true);
        Tensor loss = x.mul(3.0).exp().sum();
        WeakReference<Tensor> intermediate = new WeakReference<>(loss.gradFn().input(0));

        loss.backward();

        assertNull(collect(intermediate), "exp's output is still reachable from the loss after backward");
        assertThrows(IllegalStateException.class, loss::backward);
    }

    @Test
    void sharedBranchFreedByFirstBackward() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor hidden = x.mul(x);
        Tensor first = hidden.sum();
        Tensor second = hidden.mean();

        first.backward();

        IllegalStateException e = assertThrows(IllegalStateException.class, second::backward);
        assertMessageContains(e, "retainGraph");
        assertClose(new double[] {2, 4}, x.grad(), dims(2), 0, 0);
    }

    /** Runs full collections until {@code reference} is cleared or the attempts run out; returns what remains. */
    private static Tensor collect(WeakReference<Tensor> reference) throws InterruptedException {
        for (int i = 0; i < GC_ATTEMPTS && reference.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        return reference.get();
    }
}
