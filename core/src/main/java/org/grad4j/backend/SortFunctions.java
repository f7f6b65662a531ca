package org.grad4j.backend;

/**
 * The stable sort of {@link Backend#sort} on Java arrays, for backends that sort in Java, so that
 * all of them order equal values, NaN and signed zeros alike. Each value becomes a 64-bit key
 * whose signed order is the value order, with every NaN equal and above +inf and with -0.0 equal
 * to 0.0. A descending sort complements the key, so ties keep their input order in both
 * directions and NaN comes last ascending and first descending.
 */
public final class SortFunctions {
    /** Runs shorter than this are sorted by insertion, which is faster than merging them. */
    private static final int INSERTION_SORT_MAX = 16;

    private SortFunctions() {
    }

    /**
     * Sorts each line of {@code n} consecutive elements of {@code values}, a row-major
     * {@code float[]}, {@code double[]} or {@code long[]} whose length is a multiple of
     * {@code n}. Writes the sorted values to {@code sortedValues}, an array of the same type and
     * length, and each value's position within its line to {@code indices}.
     */
    public static void sortLines(Object values, int n, boolean descending, Object sortedValues, long[] indices) {
        int lines = n == 0 ? 0 : indices.length / n;
        long[] keys = new long[n];
        int[] order = new int[n];
        int[] scratch = new int[n];
        for (int line = 0; line < lines; line++) {
            int base = line * n;
            for (int i = 0; i < n; i++) {
                long key = key(values, base + i);
                keys[i] = descending ? ~key : key;
                order[i] = i;
            }
            mergeSort(keys, order, scratch, 0, n);
            for (int i = 0; i < n; i++) {
                indices[base + i] = order[i];
                System.arraycopy(values, base + order[i], sortedValues, base + i, 1);
            }
        }
    }

    /**
     * Returns a key whose signed order is the value order. Adding 0.0 turns -0.0 into 0.0, and
     * floatToIntBits and doubleToLongBits map every NaN to one positive bit pattern, so zeros tie
     * with each other and so do NaNs.
     */
    private static long key(Object values, int i) {
        if (values instanceof float[]) {
            int bits = Float.floatToIntBits(((float[]) values)[i] + 0.0f);
            return bits ^ ((bits >> 31) & 0x7fffffff);
        }
        if (values instanceof double[]) {
            long bits = Double.doubleToLongBits(((double[]) values)[i] + 0.0);
            return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
        }
        return ((long[]) values)[i];
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
}
