package org.grad4j.tensor;

/**
 * Element type of a tensor. {@link #FLOAT32} is the default for floating-point data, as in PyTorch.
 */
public enum DType {
    /** 32-bit IEEE 754 floating point. */
    FLOAT32("float32", true),
    /** 64-bit IEEE 754 floating point; the dtype gradient checks use. */
    FLOAT64("float64", true),
    /** 64-bit signed integer; the dtype of indices and class labels. */
    INT64("int64", false);

    private final String label;
    private final boolean floatingPoint;

    DType(String label, boolean floatingPoint) {
        this.label = label;
        this.floatingPoint = floatingPoint;
    }

    /** Returns true for FLOAT32 and FLOAT64, the dtypes that can carry gradients. */
    public boolean isFloatingPoint() {
        return floatingPoint;
    }

    /**
     * Returns the dtype both operands of a binary op are cast to: floating point wins over
     * INT64, and FLOAT64 wins over FLOAT32, as in PyTorch's type promotion.
     */
    public static DType promote(DType a, DType b) {
        if (a == b) {
            return a;
        }
        if (a == FLOAT64 || b == FLOAT64) {
            return FLOAT64;
        }
        return FLOAT32;
    }

    @Override
    public String toString() {
        return label;
    }
}
