package org.grad4j.nn;

import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.Kernels;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * A learnable tensor of a {@link Module}: a floating-point leaf that requires grad. Optimizers
 * change its values in place through the update methods, which record no gradient; every other
 * op treats it as an ordinary tensor.
 */
public class Parameter extends Tensor {
    /**
     * Creates a parameter holding a copy of {@code value}'s data.
     *
     * @throws IllegalArgumentException if {@code value} is not floating point
     */
    public Parameter(Tensor value) {
        super(copyOf(value), true);
    }

    private static NDArray copyOf(Tensor value) {
        if (value == null) {
            throw new NullPointerException("Parameter: the initial value is null; pass a floating-point tensor");
        }
        if (!value.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("a parameter must be floating point but the value is "
                    + value.dtype() + "; cast it first with cast(DType.FLOAT32)");
        }
        return value.backend().copy(value.data());
    }

    /** Adds {@code other} in place: {@code this += other}. */
    public void addInPlace(Tensor other) {
        update(BinaryOp.ADD, other);
    }

    /** Subtracts {@code other} in place: {@code this -= other}. */
    public void subInPlace(Tensor other) {
        update(BinaryOp.SUB, other);
    }

    /** Multiplies by {@code other} in place: {@code this *= other}. */
    public void mulInPlace(Tensor other) {
        update(BinaryOp.MUL, other);
    }

    /** Multiplies by {@code factor} in place: {@code this *= factor}. */
    public void mulInPlace(double factor) {
        update(BinaryOp.MUL, new Tensors(backend()).scalar(factor, dtype()));
    }

    /**
     * Replaces the values with {@code other}'s, which must have this parameter's shape. The
     * dtype is converted.
     *
     * <p>NOTE: this swaps in a new array instead of writing into the old one, so views and
     * {@code detach()} results taken before the call keep the old values.
     */
    public void copyFrom(Tensor other) {
        requireOperand("copyFrom", other);
        if (!other.shape().equals(shape())) {
            throw new IllegalArgumentException("copyFrom: the source has shape " + other.shape()
                    + " but the parameter has shape " + shape() + "; they must be equal");
        }
        setData(backend().copy(other.to(backend()).cast(dtype()).data()));
        bumpVersion();
    }

    /**
     * Applies {@code op} in place. The operand is converted to this parameter's dtype and must
     * broadcast to its shape.
     */
    private void update(BinaryOp op, Tensor other) {
        requireOperand(op.label() + " in place", other);
        if (other.backend() != backend()) {
            throw new IllegalArgumentException(op.label() + " in place: the operand and the parameter live on "
                    + Kernels.describeBackends(other.backend(), backend())
                    + "; copy the operand with tensor.to(parameter.backend()) first");
        }
        backend().binaryInPlace(op, data(), other.detach().cast(dtype()).data());
        bumpVersion();
    }

    private static void requireOperand(String op, Tensor other) {
        if (other == null) {
            throw new NullPointerException(op + ": the operand is null; pass a tensor");
        }
    }
}
