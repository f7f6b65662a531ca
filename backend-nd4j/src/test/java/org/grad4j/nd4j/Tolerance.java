package org.grad4j.nd4j;

import org.grad4j.tensor.DType;

/**
 * How far an ND4J result may lie from the pure backend's: {@code ulps} units in the last place
 * of the expected value in its dtype, plus {@code relative} times the largest finite expected
 * magnitude in the array, for results that sum many terms in a different order.
 */
record Tolerance(double ulps, double relative) {
    /** Bit-identical values, except that -0.0 equals 0.0. */
    static final Tolerance EXACT = new Tolerance(0, 0);

    /**
     * One elementwise function: ND4J's exp, log, sin, cos and sqrt measured within 1 ulp of
     * java.lang.Math, its tanh within 4 ulps where the backend uses it, and the pure backend
     * rounds a double result once.
     */
    static final Tolerance ELEMENTWISE = new Tolerance(4, 0);

    /** Sums and products accumulated in another order: float32 loses about 1e-7 per term. */
    static Tolerance accumulated(DType dtype) {
        return new Tolerance(2, dtype == DType.FLOAT32 ? 1e-5 : 1e-12);
    }
}
