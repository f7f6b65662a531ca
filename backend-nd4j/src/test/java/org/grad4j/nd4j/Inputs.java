package org.grad4j.nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * Test inputs: random values with the edge cases kernels get wrong (NaN, infinities, signed
 * zeros, exact halves), laid out in memory in the ways a kernel may meet them.
 */
final class Inputs {
    /** Floating-point values mixed into random data; each kernel must treat them as java.lang.Math does. */
    private static final double[] FLOAT_EDGES = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1, -1, 0.5, -2.5, 2.5, 0.1, 1e30,
        -1e-30};

    /** INT64 values mixed into random data, including ones whose products wrap around. */
    private static final long[] LONG_EDGES = {0, 1, -1, 1L << 40, -(1L << 40), Long.MAX_VALUE, Long.MIN_VALUE};

    private Inputs() {
    }

    /** Memory layouts of one logical array. */
    enum Layout {
        /** Row-major storage of exactly the array. */
        CONTIGUOUS,
        /** A contiguous block that starts one row into a larger array, so its view has an offset. */
        OFFSET,
        /** The permutation of an array of reversed shape, so the last dimension has the largest stride. */
        TRANSPOSED,
        /** Every second row and column of a larger array, starting one in: offset and steps of 2. */
        SLICED,
        /** The first dimension larger than 1 broadcast from size 1, so its stride is 0. */
        EXPANDED
    }

    /** Returns random values; with {@code edges}, about one in six is an edge case. */
    static double[] values(DType dtype, int size, Random random, boolean edges) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            boolean edge = edges && random.nextInt(6) == 0;
            if (dtype == DType.INT64) {
                out[i] = edge ? LONG_EDGES[random.nextInt(LONG_EDGES.length)] : random.nextInt(41) - 20;
            } else {
                out[i] = edge ? FLOAT_EDGES[random.nextInt(FLOAT_EDGES.length)] : random.nextDouble() * 6 - 3;
            }
        }
        return out;
    }

    /** Returns random non-zero INT64 values, for divisors. */
    static double[] nonZeroLongs(int size, Random random) {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            int value = random.nextInt(20) + 1;
            out[i] = random.nextBoolean() ? value : -value;
        }
        return out;
    }

    /** Returns an array of {@code shape} in {@code layout} filled with random values. */
    static Twin random(DType dtype, Shape shape, Layout layout, Random random, boolean edges) {
        return laidOut(dtype, shape, layout, size -> values(dtype, size, random, edges));
    }

    /** Supplies the values of the array a layout is cut from. */
    interface ValueSource {
        double[] values(int size);
    }

    /** Returns an array of {@code shape} in {@code layout} cut from an array filled by {@code source}. */
    static Twin laidOut(DType dtype, Shape shape, Layout layout, ValueSource source) {
        int rank = shape.rank();
        int[] dims = shape.toArray();
        switch (layout) {
            case OFFSET: {
                if (rank == 0) {
                    break;
                }
                int[] base = dims.clone();
                base[0] += 2;
                Twin whole = Twin.of(dtype, Shape.of(base), source.values(Shape.of(base).size()));
                return Twin.run(side -> side.backend.slice(whole.on(side), 0, 1, dims[0] + 1, 1));
            }
            case TRANSPOSED: {
                if (rank < 2) {
                    break;
                }
                int[] reversed = new int[rank];
                int[] axes = new int[rank];
                for (int i = 0; i < rank; i++) {
                    reversed[i] = dims[rank - 1 - i];
                    axes[i] = rank - 1 - i;
                }
                Twin whole = Twin.of(dtype, Shape.of(reversed), source.values(shape.size()));
                return Twin.run(side -> side.backend.permute(whole.on(side), axes));
            }
            case SLICED: {
                if (rank == 0) {
                    break;
                }
                int last = rank - 1;
                int[] base = dims.clone();
                base[0] = 2 * dims[0] + 1;
                base[last] = 2 * dims[last] + 1;
                Twin whole = Twin.of(dtype, Shape.of(base), source.values(Shape.of(base).size()));
                return Twin.run(side -> {
                    NDArray rows = side.backend.slice(whole.on(side), 0, 1, base[0], 2);
                    return last == 0 ? rows : side.backend.slice(rows, last, 1, base[last], 2);
                });
            }
            case EXPANDED: {
                int dim = firstDimAbove1(dims);
                if (dim < 0) {
                    break;
                }
                int[] base = dims.clone();
                base[dim] = 1;
                Twin whole = Twin.of(dtype, Shape.of(base), source.values(Shape.of(base).size()));
                return Twin.run(side -> side.backend.expand(whole.on(side), shape));
            }
            default:
                break;
        }
        return Twin.of(dtype, shape, source.values(shape.size()));
    }

    private static int firstDimAbove1(int[] dims) {
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] > 1) {
                return i;
            }
        }
        return -1;
    }

    /** Returns every subset of {@code 0..rank-1} as sorted dims, the empty set first. */
    static List<int[]> dimSubsets(int rank) {
        List<int[]> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << rank; mask++) {
            int[] dims = new int[Integer.bitCount(mask)];
            for (int d = 0, j = 0; d < rank; d++) {
                if ((mask & 1 << d) != 0) {
                    dims[j++] = d;
                }
            }
            subsets.add(dims);
        }
        return subsets;
    }
}
