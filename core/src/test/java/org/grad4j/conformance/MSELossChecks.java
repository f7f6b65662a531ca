package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.grad4j.loss.MSELoss;
import org.grad4j.loss.Reduction;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * MSELoss requires equal shapes and never broadcasts: predictions [n, 1] against targets [n]
 * would broadcast to [n, n] and compare every prediction with every target, so training would
 * run without error and stop converging. Values are compared within the tolerances of
 * {@link ConformanceBase}.
 */
public abstract class MSELossChecks extends ConformanceBase {
    @Test
    void columnAgainstVectorThrows() {
        Tensor pred = f64(dims(3, 1), 1, 2, 3);
        Tensor target = f64(dims(3), 1, 2, 3);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new MSELoss().forward(pred, target));
        assertMessageContains(thrown, "MSELoss", "[3, 1]", "[3]", "unsqueeze(1)");
    }

    @Test
    void unsqueezedTargetGivesZero() {
        Tensor pred = f64(dims(3, 1), 1, 2, 3);
        Tensor target = f64(dims(3), 1, 2, 3);
        assertTensor(DType.FLOAT64, new double[] {0}, dims(), new MSELoss().forward(pred, target.unsqueeze(1)));
    }

    @Test
    void valuePerReduction() {
        Tensor pred = f64(dims(3), 1, 2, 3);
        Tensor target = f64(dims(3), 2, 2, 5);
        assertTensor(DType.FLOAT64, new double[] {5.0 / 3}, dims(), new MSELoss().forward(pred, target));
        assertTensor(DType.FLOAT64, new double[] {5}, dims(), new MSELoss(Reduction.SUM).forward(pred, target));
        assertTensor(DType.FLOAT64, new double[] {1, 0, 4}, dims(3), new MSELoss(Reduction.NONE).forward(pred, target));
    }

    @Test
    void float32Value() {
        Tensor pred = tensors().of(0.5f, -1.5f);
        Tensor target = tensors().of(1.0f, 0.5f);
        assertTensor(DType.FLOAT32, new double[] {2.125}, dims(), new MSELoss().forward(pred, target));
    }

    /** The gradient of the mean with respect to the input is 2 (input - target) / n. */
    @Test
    void meanGradient() {
        Tensor pred = f64(dims(2, 2), 1, 2, 3, 4).requiresGrad(true);
        new MSELoss().forward(pred, f64(dims(2, 2), 0, 2, 5, 3)).backward();
        assertTensor(DType.FLOAT64, new double[] {0.5, 0, -1, 0.5}, dims(2, 2), pred.grad());
    }

    @Test
    void transposedInputAgainstTarget() {
        Tensor pred = matrix(Layout.TRANSPOSED, DType.FLOAT64, 2, 2, 1, 2, 3, 4);
        Tensor target = matrix(Layout.STRIDED, DType.FLOAT64, 2, 2, 1, 1, 1, 1);
        assertTensor(DType.FLOAT64, new double[] {3.5}, dims(), new MSELoss().forward(pred, target));
    }

    @Test
    void int64InputThrows() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new MSELoss(Reduction.SUM).forward(longs(1, 2), longs(1, 3)));
        assertMessageContains(thrown, "MSELoss:", "int64", "cast(DType.FLOAT32)");
    }

    @Test
    void int64TargetIsPromoted() {
        Tensor pred = f64(dims(2), 1, 2);
        assertTensor(DType.FLOAT64, new double[] {0.5}, dims(), new MSELoss().forward(pred, longs(1, 3)));
    }
}
