package org.grad4j.pure;

import org.grad4j.tensor.Shape;

/**
 * Row-by-row iteration over several arrays that share one index space. The caller gives each
 * operand's strides in that space, 0 where it is broadcast. The loop merges dimensions that are
 * contiguous for every operand, so the inner rows are as long as the layout allows, and calls the
 * row kernel with each operand's starting offset.
 */
final class Strided {
    private Strided() {
    }

    /** The work done on one row: {@code length} elements from each operand's offset, stepping by its inner stride. */
    @FunctionalInterface
    interface RowKernel {
        void row(int[] offsets, int[] innerStrides, int length);
    }

    /** Returns the strides with which an operand of {@code shape} is read when broadcast to {@code target}. */
    static int[] broadcastStrides(Shape shape, int[] strides, Shape target) {
        int rank = target.rank();
        int shift = rank - shape.rank();
        int[] out = new int[rank];
        for (int i = shift; i < rank; i++) {
            out[i] = shape.dim(i - shift) == 1 && target.dim(i) != 1 ? 0 : strides[i - shift];
        }
        return out;
    }

    /** Visits every position of {@code dims} once, row by row in row-major order. */
    static void forEachRow(int[] dims, int[][] strides, int[] offsets, RowKernel kernel) {
        int operands = offsets.length;
        for (int size : dims) {
            if (size == 0) {
                return;
            }
        }
        int[] mergedDims = new int[dims.length];
        int[][] merged = new int[operands][dims.length];
        int rank = coalesce(dims, strides, mergedDims, merged);

        int[] inner = new int[operands];
        int length = 1;
        if (rank > 0) {
            length = mergedDims[rank - 1];
            for (int k = 0; k < operands; k++) {
                inner[k] = merged[k][rank - 1];
            }
        }
        int[] position = offsets.clone();
        int outerRank = Math.max(rank - 1, 0);
        int[] counter = new int[outerRank];
        while (true) {
            kernel.row(position, inner, length);
            int d = outerRank - 1;
            while (d >= 0) {
                counter[d]++;
                for (int k = 0; k < operands; k++) {
                    position[k] += merged[k][d];
                }
                if (counter[d] < mergedDims[d]) {
                    break;
                }
                for (int k = 0; k < operands; k++) {
                    position[k] -= merged[k][d] * mergedDims[d];
                }
                counter[d] = 0;
                d--;
            }
            if (d < 0) {
                return;
            }
        }
    }

    /**
     * Drops size-1 dimensions and merges neighbours that every operand steps through
     * contiguously. Returns the new rank; the results go to {@code outDims} and {@code outStrides}.
     */
    private static int coalesce(int[] dims, int[][] strides, int[] outDims, int[][] outStrides) {
        int operands = strides.length;
        int rank = 0;
        for (int d = 0; d < dims.length; d++) {
            if (dims[d] == 1) {
                continue;
            }
            boolean mergeable = rank > 0;
            for (int k = 0; mergeable && k < operands; k++) {
                mergeable = outStrides[k][rank - 1] == strides[k][d] * dims[d];
            }
            if (mergeable) {
                outDims[rank - 1] *= dims[d];
                for (int k = 0; k < operands; k++) {
                    outStrides[k][rank - 1] = strides[k][d];
                }
            } else {
                outDims[rank] = dims[d];
                for (int k = 0; k < operands; k++) {
                    outStrides[k][rank] = strides[k][d];
                }
                rank++;
            }
        }
        return rank;
    }
}
