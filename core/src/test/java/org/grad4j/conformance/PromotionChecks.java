package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * Dtype promotion of binary ops (INT64 &lt; FLOAT32 &lt; FLOAT64, as PyTorch) and the scalar
 * overloads: a double scalar keeps a floating-point tensor's dtype and makes an INT64 tensor
 * FLOAT32, and a long scalar keeps the tensor's dtype. Tolerances are those of
 * {@link ConformanceBase}.
 */
public abstract class PromotionChecks extends ConformanceBase {
    @Test
    void int64WithFloat32GivesFloat32() {
        Tensor i = tensors().of(1L, 2L);
        Tensor f = tensors().of(0.5f, 0.25f);
        assertTensor(DType.FLOAT32, new double[] {1.5, 2.25}, dims(2), i.add(f));
        assertTensor(DType.FLOAT32, new double[] {-0.5, -1.75}, dims(2), f.sub(i));
    }

    @Test
    void int64WithFloat64GivesFloat64() {
        Tensor i = tensors().of(3L, 4L);
        Tensor d = tensors().of(0.5, 0.25);
        assertTensor(DType.FLOAT64, new double[] {1.5, 1}, dims(2), i.mul(d));
        assertTensor(DType.FLOAT64, new double[] {3.5, 4.25}, dims(2), d.add(i));
    }

    @Test
    void float32WithFloat64GivesFloat64() {
        Tensor f = tensors().of(0.1f);
        Tensor d = tensors().of(0.0);
        assertTensor(DType.FLOAT64, new double[] {0.10000000149011612}, dims(1), f.add(d));
        assertTensor(DType.FLOAT64, new double[] {0.10000000149011612}, dims(1), d.add(f));
    }

    /** 2^24 + 1 has no float32 representation, so a detour through FLOAT32 gives 2^24. */
    @Test
    void int64WithFloat64KeepsPrecision() {
        Tensor i = tensors().of(16777217L);
        Tensor one = tensors().of(1.0);
        assertTensor(DType.FLOAT64, new double[] {16777217}, dims(1), i.mul(one));
        assertTensor(DType.FLOAT64, new double[] {16777217}, dims(1), i.div(one));
        assertTensor(DType.FLOAT64, new double[] {16777217}, dims(1), i.pow(one));
        assertTensor(DType.FLOAT64, new double[] {16777217}, dims(1), one.mul(i).maximum(i));
    }

    @Test
    void doubleScalarKeepsFloatingDtype() {
        assertTensor(DType.FLOAT32, new double[] {1.5}, dims(1), tensors().of(1f).add(0.5));
        assertTensor(DType.FLOAT64, new double[] {1.5}, dims(1), tensors().of(1.0).add(0.5));
        assertTensor(DType.FLOAT32, new double[] {0.5}, dims(1), tensors().of(1f).sub(0.5));
        assertTensor(DType.FLOAT64, new double[] {2.5}, dims(1), tensors().of(5.0).mul(0.5));
        assertTensor(DType.FLOAT32, new double[] {4}, dims(1), tensors().of(2f).div(0.5));
        assertTensor(DType.FLOAT64, new double[] {8}, dims(1), tensors().of(2.0).pow(3.0));
    }

    @Test
    void doubleScalarMakesInt64Float32() {
        Tensor i = tensors().of(3L);
        assertTensor(DType.FLOAT32, new double[] {3.5}, dims(1), i.add(0.5));
        assertTensor(DType.FLOAT32, new double[] {2.5}, dims(1), i.sub(0.5));
        assertTensor(DType.FLOAT32, new double[] {1.5}, dims(1), i.mul(0.5));
        assertTensor(DType.FLOAT32, new double[] {1.5}, dims(1), i.div(2.0));
        assertTensor(DType.FLOAT32, new double[] {9}, dims(1), i.pow(2.0));
        assertTensor(DType.FLOAT32, new double[] {-2}, dims(1), i.rsub(1.0));
    }

    @Test
    void longScalarKeepsInt64() {
        Tensor i = tensors().of(3L, -4L);
        assertTensor(DType.INT64, new double[] {5, -2}, dims(2), i.add(2L));
        assertTensor(DType.INT64, new double[] {1, -6}, dims(2), i.sub(2L));
        assertTensor(DType.INT64, new double[] {-6, 8}, dims(2), i.mul(-2L));
    }

    @Test
    void longScalarKeepsFloatingDtype() {
        assertTensor(DType.FLOAT32, new double[] {2.5}, dims(1), tensors().of(0.5f).add(2L));
        assertTensor(DType.FLOAT64, new double[] {-1.5}, dims(1), tensors().of(0.5).sub(2L));
        assertTensor(DType.FLOAT64, new double[] {1.5}, dims(1), tensors().of(0.5).mul(3L));
    }

    /** 2^53 + 1 has no double representation, so a long scalar must not pass through double. */
    @Test
    void largeLongScalarStaysExact() {
        long big = 9007199254740993L;
        assertArrayEquals(new long[] {big, big + 1}, tensors().of(0L, 1L).add(big).toLongArray());
    }

    @Test
    void scalarOverloadOnZeroDim() {
        assertTensor(DType.FLOAT64, new double[] {7}, dims(), f64(3.5).mul(2.0));
    }

    @Test
    void scalarOverloadOnEmpty() {
        assertTensor(DType.INT64, new double[0], dims(0), tensors().of(new long[0]).add(1L));
    }
}
