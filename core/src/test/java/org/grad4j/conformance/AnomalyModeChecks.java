package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.grad4j.autograd.AnomalyMode;
import org.grad4j.autograd.NonFiniteValueException;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Anomaly mode names the first op that produces NaN or infinity, in the forward pass and in
 * the backward pass, and is off by default, per thread and restored by its scope.
 */
public abstract class AnomalyModeChecks extends ConformanceBase {
    @Test
    void offByDefault() {
        assertFalse(AnomalyMode.isEnabled(), "enabled by default");
        Tensor result = assertDoesNotThrow(() -> tensors().of(0.0, 1.0).log());
        assertTrue(Double.isInfinite(result.toDoubleArray()[0]), "log(0) is -inf without anomaly mode");
    }

    @Test
    void forwardNamesFirstNonFiniteOp() {
        Tensor x = tensors().of(1.0, 0.0, 4.0);
        try (var scope = AnomalyMode.enable()) {
            Tensor finite = x.mul(2.0);
            NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> finite.log().exp());
            assertTrue(e.getMessage().startsWith("log produced -inf at flat index 1"), e.getMessage());
            assertTrue(e.getMessage().contains("of shape [3]"), e.getMessage());
            assertTrue(e.getMessage().contains("from finite inputs"), e.getMessage());
        }
    }

    @Test
    void forwardReportsNonFiniteInputs() {
        Tensor x = tensors().of(Double.NaN, 1.0);
        try (var scope = AnomalyMode.enable()) {
            NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> x.mul(2.0));
            assertTrue(e.getMessage().contains("already NaN at flat index 0"), e.getMessage());
        }
    }

    @Test
    void backwardNamesTheOpWhoseRuleFailed() {
        Tensor x = tensors().of(0.0, 1.0).requiresGrad(true);
        Tensor y = x.sqrt().sum();
        try (var scope = AnomalyMode.enable()) {
            NonFiniteValueException e = assertThrows(NonFiniteValueException.class, y::backward);
            assertTrue(e.getMessage().contains("in the backward of sqrt"), e.getMessage());
        }
    }

    @Test
    void scopeRestoresAfterException() {
        try (var scope = AnomalyMode.enable()) {
            assertThrows(NonFiniteValueException.class, () -> tensors().zeros(1).log());
        }
        assertFalse(AnomalyMode.isEnabled(), "enabled after the scope closed");
    }

    @Test
    void enabledOnOneThreadOnly() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (var scope = AnomalyMode.enable()) {
            Future<Boolean> other = pool.submit(AnomalyMode::isEnabled);
            assertFalse(other.get(10, TimeUnit.SECONDS), "enabled on another thread");
        } finally {
            pool.shutdownNow();
        }
    }
}
