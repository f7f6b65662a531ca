package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.grad4j.nn.Parameter;
import org.grad4j.optim.SGD;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Leaves accumulate gradients across backward calls until zeroed, intermediate tensors keep no
 * gradient unless asked, and a backward call without retainGraph frees the graph so that a second
 * one through it throws with a message naming the fix. Values are hand-computed for
 * z = 3 * x^2 at x = 2, where dz/dx = 12, and compared within the FLOAT64 tolerance of
 * {@link ConformanceBase}.
 */
public abstract class GradientAccumulationChecks extends ConformanceBase {
    @Test
    void backwardTwiceAccumulates() {
        Tensor x = f64(2.0).requiresGrad(true);
        Tensor z = x.mul(x).mul(3.0);
        z.backward(true);
        assertTensor(DType.FLOAT64, new double[] {12}, dims(), x.grad());
        z.backward(true);
        assertTensor(DType.FLOAT64, new double[] {24}, dims(), x.grad());
    }

    /** An engine whose intermediate nodes keep stale gradients gives 36 here. */
    @Test
    void zeroGradThenBackwardGivesOneGradient() {
        Tensor x = f64(2.0).requiresGrad(true);
        Tensor y = x.mul(x);
        Tensor z = y.mul(3.0);
        z.backward(true);
        z.backward(true);
        x.zeroGrad();
        z.backward();
        assertTensor(DType.FLOAT64, new double[] {12}, dims(), x.grad());
        assertNull(y.grad(), "gradient of an intermediate tensor");
    }

    @Test
    void retainGradKeepsIntermediateGradient() {
        Tensor x = f64(2.0).requiresGrad(true);
        Tensor y = x.mul(x).retainGrad();
        y.mul(3.0).backward();
        assertTensor(DType.FLOAT64, new double[] {3}, dims(), y.grad());
        assertTensor(DType.FLOAT64, new double[] {12}, dims(), x.grad());
    }

    @Test
    void secondBackwardOnFreedGraphThrows() {
        Tensor x = f64(2.0).requiresGrad(true);
        Tensor z = x.mul(x).mul(3.0);
        z.backward();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, z::backward);
        assertMessageContains(thrown, "already used by a backward call", "retainGraph");
    }

    /** Earlier calls with retainGraph keep the graph only until a call without it. */
    @Test
    void backwardAfterFreeingRetainedGraphThrows() {
        Tensor x = f64(2.0).requiresGrad(true);
        Tensor z = x.mul(x).mul(3.0);
        z.backward(true);
        z.backward(true);
        x.zeroGrad();
        z.backward();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, z::backward);
        assertMessageContains(thrown, "already used by a backward call", "retainGraph", "earlier backward call");
        assertTensor(DType.FLOAT64, new double[] {12}, dims(), x.grad());
    }

    @Test
    void rebuiltGraphAccumulatesWithoutZeroGrad() {
        Tensor x = f64(2.0).requiresGrad(true);
        for (int i = 0; i < 2; i++) {
            x.mul(x).mul(3.0).backward();
        }
        assertTensor(DType.FLOAT64, new double[] {24}, dims(), x.grad());
    }

    @Test
    void rebuiltGraphWithZeroGradEachStep() {
        Tensor x = f64(2.0).requiresGrad(true);
        for (int i = 0; i < 2; i++) {
            x.zeroGrad();
            x.mul(x).mul(3.0).backward();
        }
        assertTensor(DType.FLOAT64, new double[] {12}, dims(), x.grad());
    }

    @Test
    void optimizerZeroGradClearsParameters() {
        Parameter w = new Parameter(f64(2.0));
        SGD sgd = new SGD(List.of(w), 0.1);
        w.mul(w).mul(3.0).backward();
        sgd.zeroGrad();
        assertNull(w.grad(), "gradient after zeroGrad");
        w.mul(w).mul(3.0).backward();
        assertTensor(DType.FLOAT64, new double[] {12}, dims(), w.grad());
    }

    @Test
    void backwardOfManyElementsNeedsGradient() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> x.mul(2.0).backward());
        assertMessageContains(thrown, "backward", "[2]");
    }

    @Test
    void backwardWithWrongGradientShapeThrows() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        Tensor y = x.mul(2.0);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> y.backward(f64(dims(3), 1, 1, 1)));
        assertMessageContains(thrown, "[3]", "[2]");
    }

    @Test
    void backwardWithoutGraphThrows() {
        Tensor x = f64(dims(2), 1, 2);
        assertThrows(IllegalStateException.class, () -> x.sum().backward());
    }

    @Test
    void backwardGradientScalesLeafGradient() {
        Tensor x = f64(dims(2), 1, 2).requiresGrad(true);
        x.mul(x).backward(f64(dims(2), 0.5, -1));
        assertTensor(DType.FLOAT64, new double[] {1, -4}, dims(2), x.grad());
    }
}
