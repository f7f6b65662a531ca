package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.nn.Parameter;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * A backward pass must not use values that changed in place after the forward pass, because
 * the gradient would silently come out wrong. The engine compares each input's version count
 * and throws before any gradient is stored.
 */
public abstract class InPlaceVersionChecks extends ConformanceBase {
    @Test
    void updateBeforeBackwardRejected() {
        Parameter p = new Parameter(tensors().of(1.0, 2.0));
        Tensor out = p.mul(p).sum();
        p.subInPlace(tensors().of(10.0, 10.0));

        IllegalStateException e = assertThrows(IllegalStateException.class, out::backward);
        assertTrue(e.getMessage().contains("changed in place after the forward pass"), e.getMessage());
        assertNull(p.grad(), "no gradient stored");
    }

    @Test
    void updateSeenThroughView() {
        Parameter weight = new Parameter(tensors().of(new double[][] {{1, 2}, {3, 4}}));
        weight.requiresGrad(false);
        Tensor x = tensors().of(new double[][] {{1, 1}}).requiresGrad(true);
        Tensor out = x.matmul(weight.transpose(0, 1)).sum();
        weight.mulInPlace(2.0);

        IllegalStateException e = assertThrows(IllegalStateException.class, out::backward);
        assertTrue(e.getMessage().contains("backward through matmul"), e.getMessage());
        assertNull(x.grad(), "no gradient stored");
    }

    @Test
    void copyFromBeforeBackwardRejected() {
        Parameter p = new Parameter(tensors().of(1.0, 2.0));
        Tensor out = p.exp().sum();
        p.copyFrom(tensors().of(0.0, 0.0));

        assertThrows(IllegalStateException.class, out::backward);
    }

    @Test
    void updateAfterBackwardAccepted() {
        Parameter p = new Parameter(tensors().of(1.0, 2.0));
        p.mul(p).sum().backward();
        p.subInPlace(p.grad().mul(0.5));

        assertClose(new double[] {0, 0}, p, new int[] {2}, 0, 0);
        p.mul(p).sum().backward();
        assertClose(new double[] {2, 4}, p.grad(), new int[] {2}, 0, 0);
    }
}
