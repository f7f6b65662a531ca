package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.grad4j.autograd.GradMode;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Grad mode is per thread, and every scope restores the mode it replaced when it closes, also
 * when an exception leaves it. A scope that restores the wrong state leaves recording off, or
 * on, for the rest of the program, and a global flag lets one thread's no-grad scope switch off
 * gradients in every other thread. Threads here wait on latches with a 30-second bound, which
 * only stops a broken run from hanging.
 */
public abstract class GradModeChecks extends ConformanceBase {
    private static final long WAIT_SECONDS = 30;

    @Test
    void enabledByDefault() {
        assertTrue(GradMode.isEnabled(), "grad mode on a test thread");
    }

    @Test
    void noGradStopsRecording() {
        Tensor x = f64(dims(1), 1).requiresGrad(true);
        Tensor y;
        try (var scope = GradMode.noGrad()) {
            y = x.mul(2.0);
        }
        assertTensor(DType.FLOAT64, new double[] {2}, dims(1), y);
        assertFalse(y.requiresGrad(), "result computed inside noGrad requires grad");
    }

    @Test
    void nestedEnableGradRestoresNoGrad() {
        try (var scope = GradMode.noGrad()) {
            runInEnableGrad(1);
            assertFalse(GradMode.isEnabled(), "grad mode inside noGrad after nested enableGrad scopes");
        }
        assertTrue(GradMode.isEnabled(), "grad mode after the noGrad scope");
    }

    private void runInEnableGrad(int depth) {
        try (var scope = GradMode.enableGrad()) {
            assertTrue(GradMode.isEnabled(), "grad mode inside enableGrad at depth " + depth);
            if (depth > 0) {
                runInEnableGrad(depth - 1);
            }
        }
    }

    @Test
    void enableGradInsideNoGradRecords() {
        Tensor x = f64(dims(1), 1).requiresGrad(true);
        try (var outer = GradMode.noGrad(); var inner = GradMode.enableGrad()) {
            assertTrue(x.mul(2.0).requiresGrad(), "result computed inside enableGrad requires grad");
        }
    }

    @Test
    void exceptionInsideNoGradRestores() {
        assertThrows(IllegalStateException.class, () -> {
            try (var scope = GradMode.noGrad()) {
                throw new IllegalStateException("thrown inside a noGrad scope");
            }
        });
        assertTrue(GradMode.isEnabled(), "grad mode after an exception left the noGrad scope");
    }

    @Test
    void failedBackwardRestoresGradMode() {
        Tensor x = f64(2.0).requiresGrad(true);
        Tensor z = x.mul(x);
        z.backward();
        assertThrows(IllegalStateException.class, z::backward);
        assertTrue(GradMode.isEnabled(), "grad mode after a failed backward call");
    }

    @Test
    void otherThreadKeepsRecording() throws InterruptedException {
        Tensor x = f64(dims(1), 1).requiresGrad(true);
        AtomicReference<Tensor> result = new AtomicReference<>();
        try (var scope = GradMode.noGrad()) {
            Thread worker = new Thread(() -> result.set(x.mul(2.0)));
            worker.start();
            worker.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        assertNotNull(result.get(), "result of the other thread");
        assertTrue(result.get().requiresGrad(), "result computed on another thread requires grad");
    }

    @Test
    void otherThreadsNoGradStaysThere() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try (var scope = GradMode.noGrad()) {
                entered.countDown();
                release.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        try {
            assertTrue(entered.await(WAIT_SECONDS, TimeUnit.SECONDS), "worker entered its noGrad scope");
            Tensor x = f64(dims(1), 1).requiresGrad(true);
            assertTrue(GradMode.isEnabled(), "grad mode here while another thread is inside noGrad");
            assertTrue(x.mul(2.0).requiresGrad(), "result computed here requires grad");
        } finally {
            release.countDown();
            worker.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    @Test
    void closingOnAnotherThreadThrows() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        try (var scope = GradMode.noGrad()) {
            Thread worker = new Thread(() -> {
                try {
                    scope.close();
                } catch (IllegalStateException e) {
                    thrown.set(e);
                }
            });
            worker.start();
            worker.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertFalse(GradMode.isEnabled(), "grad mode here after the other thread tried to close the scope");
        }
        assertNotNull(thrown.get(), "exception from closing on another thread");
    }

    @Test
    void closingTwiceRestoresOnce() {
        var outer = GradMode.noGrad();
        var inner = GradMode.enableGrad();
        inner.close();
        inner.close();
        assertFalse(GradMode.isEnabled(), "grad mode after closing the inner scope twice");
        outer.close();
        assertTrue(GradMode.isEnabled(), "grad mode after closing the outer scope");
    }
}
