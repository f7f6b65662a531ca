package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.grad4j.tensor.MemoryScope;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * setGrad stores a copy of the gradient. A memory scope that later releases the stored gradient,
 * through zeroGrad or another setGrad, therefore never frees the tensor the caller passed in, and
 * that tensor follows the scope rules of any other tensor.
 */
public abstract class SetGradChecks extends ConformanceBase {
    @Test
    void zeroGradInScopeLeavesSourceUsable() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor source = f64(dims(2), 5, 6);
        x.setGrad(source);
        try (var scope = MemoryScope.open()) {
            x.zeroGrad();
        }
        assertFalse(source.isReleased(), "source released");
        assertClose(new double[] {5, 6}, source, dims(2), 0, 0);
        assertClose(new double[] {5, 6}, source.mul(1.0), dims(2), 0, 0);
    }

    @Test
    void replacedGradientInScopeLeavesSourceUsable() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor source = f64(dims(2), 5, 6);
        x.setGrad(source);
        try (var scope = MemoryScope.open()) {
            x.setGrad(f64(dims(2), 7, 8));
        }
        assertClose(new double[] {5, 6}, source.mul(1.0), dims(2), 0, 0);
        assertClose(new double[] {7, 8}, x.grad(), dims(2), 0, 0);
    }

    @Test
    void scopedSourceReleasedGradientKept() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor source;
        try (var scope = MemoryScope.open()) {
            source = f64(dims(2), 3, 4).mul(1.0);
            x.setGrad(source);
        }
        assertTrue(source.isReleased(), "source made in the scope and not kept");
        assertFalse(x.grad().isReleased(), "stored gradient");
        assertClose(new double[] {3, 4}, x.grad(), dims(2), 0, 0);
    }
}
