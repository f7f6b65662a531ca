package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The autograd state of a tensor. Only floating-point leaves can require grad, and an op's
 * result requires grad when an input does. detach gives a leaf with the same values. setGrad and
 * retainGrad reject what cannot work, with messages that name the fix.
 */
public abstract class LeafChecks extends ConformanceBase {
    @Test
    void int64CannotRequireGrad() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> longs(1, 2).requiresGrad(true));
        assertMessageContains(thrown, "int64", "cast");
    }

    @Test
    void nonLeafCannotSetRequiresGrad() {
        Tensor y = f64(dims(2), 1, 2).requiresGrad(true).mul(2.0);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> y.requiresGrad(false));
        assertMessageContains(thrown, "leaf", "detach");
    }

    @Test
    void resultOfGradInputIsNotLeaf() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor y = x.exp();
        assertTrue(x.isLeaf(), "input is a leaf");
        assertFalse(y.isLeaf(), "result is a leaf");
        assertTrue(y.requiresGrad(), "result requires grad");
        assertFalse(f64(dims(2), 1, 2).exp().requiresGrad(), "result of constant input requires grad");
    }

    @Test
    void detachKeepsValuesDropsGraph() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor detached = x.mul(3.0).detach();
        assertTrue(detached.isLeaf(), "detached tensor is a leaf");
        assertFalse(detached.requiresGrad(), "detached tensor requires grad");
        assertTensor(DType.FLOAT64, new double[] {3, 6}, dims(2), detached);
    }

    @Test
    void setGradOfOtherShapeThrows() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> x.setGrad(f64(dims(3), 1, 1, 1)));
        assertMessageContains(thrown, "[3]", "[2]");
    }

    @Test
    void setGradNullClears() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        x.setGrad(f64(dims(2), 5, 6));
        assertTensor(DType.FLOAT64, new double[] {5, 6}, dims(2), x.grad());
        x.setGrad(null);
        assertTrue(x.grad() == null, "gradient after setGrad(null)");
    }

    @Test
    void retainGradWithoutGradThrows() {
        assertThrows(IllegalStateException.class, () -> f64(dims(2), 1, 2).retainGrad());
    }

    @Test
    void setGradOfOtherDtypeThrows() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> x.setGrad(tensors().ones(2)));
        assertMessageContains(thrown, "setGrad:", "float32", "float64", "cast(DType.FLOAT64)");
        assertTrue(x.grad() == null, "gradient after the rejected setGrad");
    }
}
