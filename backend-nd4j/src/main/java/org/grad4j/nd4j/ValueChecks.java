package org.grad4j.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.reduce.longer.MatchCondition;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * Native checks for the values on which some ND4J kernels differ from {@code java.lang.Math}:
 * NaN and infinities. Those kernels run ND4J's version and redo the work in Java only when a
 * check finds such a value.
 *
 * <p>The checks look at the sum of all elements, because one native {@code reduce_sum} costs a
 * fraction of ND4J's {@code MatchCondition} count (0.46 ms against 4 to 7 ms for a million
 * floats, measured with ND4J 1.0.0-M2.1 on a 2-core x86-64 machine). A sum is NaN whenever an element is, so no NaN is missed. A sum
 * can also be NaN or infinite without such an element (+inf and -inf together, or overflow),
 * and then a kernel only takes its slower Java path.
 */
final class ValueChecks {
    private ValueChecks() {
    }

    /** Returns false only if the FLOAT or DOUBLE array has no NaN element. */
    static boolean mayHaveNaN(INDArray x) {
        return Double.isNaN(sum(x));
    }

    /** Returns false only if every element of the FLOAT or DOUBLE array is finite. */
    static boolean mayHaveNonFinite(INDArray x) {
        return !Double.isFinite(sum(x));
    }

    /** Returns the number of NaN elements in each slice over {@code dims}, in row-major order of the kept dimensions. */
    static long[] nanCountsPerSlice(INDArray x, int[] dims) {
        INDArray counts = Nd4j.getExecutioner().exec(new MatchCondition(x, Conditions.isNan(), dims));
        long[] out = NativeData.readLongs(counts);
        counts.close();
        return out;
    }

    private static double sum(INDArray x) {
        INDArray total = Nd4j.createUninitialized(x.dataType(), new long[0], 'c');
        Nd4j.exec(DynamicCustomOp.builder("reduce_sum").addInputs(x).addOutputs(total).build());
        double result = total.getDouble(0);
        total.close();
        return result;
    }
}
