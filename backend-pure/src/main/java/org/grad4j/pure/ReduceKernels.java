package org.grad4j.pure;

import org.grad4j.backend.ReduceOp;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * Reductions. Each input element is added into an accumulator slot found through strides that
 * are 0 on the reduced dimensions. Floating-point accumulators are doubles, so FLOAT32 sums and
 * means round once at the end.
 */
final class ReduceKernels {
    private ReduceKernels() {
    }

    static PureArray reduce(ReduceOp op, PureArray x, int[] dims, boolean keepDim) {
        int rank = x.shape.rank();
        boolean[] reduced = new boolean[rank];
        for (int d : dims) {
            reduced[d] = true;
        }
        if (dims.length == 0) {
            java.util.Arrays.fill(reduced, true);
        }
        int[] keptDims = x.shape.toArray();
        long count = 1;
        for (int d = 0; d < rank; d++) {
            if (reduced[d]) {
                count *= keptDims[d];
                keptDims[d] = 1;
            }
        }
        Shape kept = Shape.of(keptDims);
        int[] accStrides = kept.contiguousStrides();
        for (int d = 0; d < rank; d++) {
            if (reduced[d]) {
                accStrides[d] = 0;
            }
        }

        Object result;
        if (x.dtype == DType.INT64) {
            result = reduceLongs(op, x, accStrides, kept.size());
        } else {
            double[] acc = reduceDoubles(op, x, accStrides, kept.size(), count);
            result = x.dtype == DType.FLOAT64 ? acc : toFloats(acc);
        }
        return PureArray.of(x.backend, keepDim ? kept : removeReduced(x.shape, reduced), result);
    }

    private static double[] reduceDoubles(ReduceOp op, PureArray x, int[] accStrides, int size, long count) {
        double[] acc = new double[size];
        if (op == ReduceOp.MAX) {
            java.util.Arrays.fill(acc, Double.NEGATIVE_INFINITY);
        } else if (op == ReduceOp.MIN) {
            java.util.Arrays.fill(acc, Double.POSITIVE_INFINITY);
        }
        int[][] strides = {accStrides, x.strides};
        int[] offsets = {0, x.offset};
        boolean isFloat = x.dtype == DType.FLOAT32;
        Strided.forEachRow(x.shape.toArray(), strides, offsets, (at, step, n) -> {
            int ai = at[0];
            int as = step[0];
            if (as == 0 && (op == ReduceOp.SUM || op == ReduceOp.MEAN)) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    int xi = at[1] + i * step[1];
                    sum += isFloat ? x.floats[xi] : x.doubles[xi];
                }
                acc[ai] += sum;
                return;
            }
            for (int i = 0; i < n; i++) {
                int xi = at[1] + i * step[1];
                double v = isFloat ? x.floats[xi] : x.doubles[xi];
                int slot = ai + i * as;
                acc[slot] = combine(op, acc[slot], v);
            }
        });
        if (op == ReduceOp.MEAN) {
            for (int i = 0; i < size; i++) {
                acc[i] /= count;
            }
        }
        return acc;
    }

    private static double combine(ReduceOp op, double acc, double v) {
        switch (op) {
            case MAX:
                return Math.max(acc, v);
            case MIN:
                return Math.min(acc, v);
            default:
                return acc + v;
        }
    }

    private static long[] reduceLongs(ReduceOp op, PureArray x, int[] accStrides, int size) {
        if (op == ReduceOp.MEAN) {
            throw x.backend.unsupported("mean", DType.INT64);
        }
        long[] acc = new long[size];
        if (op == ReduceOp.MAX) {
            java.util.Arrays.fill(acc, Long.MIN_VALUE);
        } else if (op == ReduceOp.MIN) {
            java.util.Arrays.fill(acc, Long.MAX_VALUE);
        }
        int[][] strides = {accStrides, x.strides};
        int[] offsets = {0, x.offset};
        Strided.forEachRow(x.shape.toArray(), strides, offsets, (at, step, n) -> {
            for (int i = 0; i < n; i++) {
                long v = x.longs[at[1] + i * step[1]];
                int slot = at[0] + i * step[0];
                switch (op) {
                    case MAX:
                        acc[slot] = Math.max(acc[slot], v);
                        break;
                    case MIN:
                        acc[slot] = Math.min(acc[slot], v);
                        break;
                    default:
                        acc[slot] += v;
                }
            }
        });
        return acc;
    }

    private static float[] toFloats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private static Shape removeReduced(Shape shape, boolean[] reduced) {
        int kept = 0;
        for (boolean r : reduced) {
            kept += r ? 0 : 1;
        }
        int[] dims = new int[kept];
        for (int d = 0, j = 0; d < reduced.length; d++) {
            if (!reduced[d]) {
                dims[j++] = shape.dim(d);
            }
        }
        return Shape.of(dims);
    }
}
