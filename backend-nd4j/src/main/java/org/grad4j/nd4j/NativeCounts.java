package org.grad4j.nd4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.longer.MatchCondition;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.conditions.Condition;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * Native counts of NaN and infinite elements. Several ND4J kernels treat these values unlike
 * {@code java.lang.Math}, so those kernels run ND4J's version and redo the work in Java only
 * when a count shows that the input holds such a value.
 */
final class NonFinite {
    private NonFinite() {
    }

    /** Returns true if the FLOAT or DOUBLE array holds a NaN. */
    static boolean hasNaN(INDArray x) {
        return count(x, Conditions.isNan()) > 0;
    }

    /** Returns true if the FLOAT or DOUBLE array holds a NaN or an infinity. */
    static boolean hasNonFinite(INDArray x) {
        return count(x, Conditions.notFinite()) > 0;
    }

    /** Returns the number of NaN elements in each slice over {@code dims}, in row-major order of the kept dimensions. */
    static long[] nanCountsPerSlice(INDArray x, int[] dims) {
        INDArray counts = Nd4j.getExecutioner().exec(new MatchCondition(x, Conditions.isNan(), dims));
        long[] out = NativeData.readLongs(counts);
        counts.close();
        return out;
    }

    private static long count(INDArray x, Condition condition) {
        INDArray count = Nd4j.getExecutioner().exec(new MatchCondition(x, condition));
        long result = count.getLong(0);
        count.close();
        return result;
    }
}
