package org.grad4j.nd4j;

import org.grad4j.backend.SortResult;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stable sort along one dimension, in Java. ND4J's {@code sortWithIndices} sorts its input in
 * place, returns FLOAT indices (exact only below 2^24) and puts equal keys in reverse order when
 * descending, and {@code Nd4j.sort} misplaces NaN. Here each value becomes a 64-bit key whose
 * signed order is the value order, with every NaN equal and above +inf and with -0.0 equal to
 * 0.0. A descending sort complements the key, so ties keep their input order in both
 * directions.
 */
final class SortKernel {
    /** Runs shorter than this are sorted by insertion, which is faster than merging them. */
    private static final int INSERTION_SORT_MAX = 16;

    private SortKernel() {
    }

    static SortResult sort(Nd4jBackend backend, Nd4jArray x, int dim, boolean descending) {
        int rank = x.shape.rank();
        if (rank == 0) {
            return new SortResult(backend.copy(x), backend.fromLongs(new long[] {0}, x.shape));
        }
        int last = rank - 1;
        int[] toLast = swapAxes(rank, dim, last);
        INDArray moved = Views.permute(x.array, toLast);
        Shape movedShape = permuted(x.shape, toLast);
        int n = x.shape.dim(dim);
        int lines = n == 0 ? 0 : x.shape.size() / n;

        Object values = NativeData.readStorage(moved);
        Object sortedValues = NativeData.newStorage(x.dtype, x.shape.size());
        long[] indices = new long[x.shape.size()];
        long[] keys = new long[n];
        int[] order = new int[n];
        int[] scratch = new int[n];
        for (int line = 0; line < lines; line++) {
            int base = line * n;
            for (int i = 0; i < n; i++) {
                long key = key(values, x.dtype, base + i);
                keys[i] = descending ? ~key : key;
                order[i] = i;
            }
            mergeSort(keys, order, scratch, 0, n);
            for (int i = 0; i < n; i++) {
                indices[base + i] = order[i];
                System.arraycopy(values, base + order[i], sortedValues, base + i, 1);
            }
        }
        INDArray valueArray = NativeData.fromStorage(sortedValues, movedShape);
        INDArray indexArray = NativeData.fromLongs(indices, movedShape);
        return new SortResult(
                new Nd4jArray(backend, Views.permute(valueArray, toLast), x.shape),
                new Nd4jArray(backend, Views.permute(indexArray, toLast), x.shape));
    }

    /**
     * Returns a key whose signed order is the value order. Adding 0.0 turns -0.0 into 0.0, and
     * floatToIntBits and doubleToLongBits map every NaN to one positive bit pattern, so zeros tie
     * with each other and so do NaNs.
     */
    private static long key(Object values, DType dtype, int i) {
        switch (dtype) {
            case FLOAT32: {
                int bits = Float.floatToIntBits(((float[]) values)[i] + 0.0f);
                return bits ^ ((bits >> 31) & 0x7fffffff);
            }
            case FLOAT64: {
                long bits = Double.doubleToLongBits(((double[]) values)[i] + 0.0);
                return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
            }
            default:
                return ((long[]) values)[i];
        }
    }

    /** Sorts {@code order[from, to)} by {@code keys[order[i]]}, keeping equal keys in their current order. */
    private static void mergeSort(long[] keys, int[] order, int[] scratch, int from, int to) {
        if (to - from <= INSERTION_SORT_MAX) {
            for (int i = from + 1; i < to; i++) {
                int item = order[i];
                int j = i - 1;
                while (j >= from && keys[order[j]] > keys[item]) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = item;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(keys, order, scratch, from, middle);
        mergeSort(keys, order, scratch, middle, to);
        if (keys[order[middle - 1]] <= keys[order[middle]]) {
            return;
        }
        System.arraycopy(order, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to || (left < middle && keys[scratch[left]] <= keys[scratch[right]])) {
                order[i] = scratch[left++];
            } else {
                order[i] = scratch[right++];
            }
        }
    }

    private static int[] swapAxes(int rank, int a, int b) {
        int[] axes = new int[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = i;
        }
        axes[a] = b;
        axes[b] = a;
        return axes;
    }

    private static Shape permuted(Shape shape, int[] axes) {
        int[] dims = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            dims[i] = shape.dim(axes[i]);
        }
        return Shape.of(dims);
    }
}
