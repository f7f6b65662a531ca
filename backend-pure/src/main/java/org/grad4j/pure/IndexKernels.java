package org.grad4j.pure;

import java.util.Arrays;
import java.util.Comparator;
import org.grad4j.backend.Kernels;
import org.grad4j.backend.SortResult;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/** Row gather, its scatter-add backward, and sorting. */
final class IndexKernels {
    private IndexKernels() {
    }

    static PureArray indexSelect(PureArray source, PureArray index) {
        long[] rows = (long[]) LayoutKernels.toStorage(index);
        int n = source.shape.dim(0);
        int[] positions = Kernels.checkRows("index", rows, n);

        Shape outShape = Kernels.gatherShape(index.shape, source.shape);
        PureArray src = LayoutKernels.contiguous(source);
        int rowSize = n == 0 ? 0 : source.shape.size() / n;
        Object out = PureArray.allocateStorage(source.dtype, outShape.size());
        for (int i = 0; i < positions.length; i++) {
            System.arraycopy(src.storage(), src.offset + positions[i] * rowSize, out, i * rowSize, rowSize);
        }
        return PureArray.of(source.backend, outShape, out);
    }

    static PureArray indexAdd(PureBackend backend, Shape shape, PureArray index, PureArray source) {
        long[] rows = (long[]) LayoutKernels.toStorage(index);
        int n = shape.dim(0);
        int[] positions = Kernels.checkRows("indexAdd", rows, n);

        PureArray src = LayoutKernels.contiguous(source);
        PureArray out = PureArray.allocate(backend, shape, source.dtype);
        int rowSize = n == 0 ? 0 : shape.size() / n;
        for (int i = 0; i < positions.length; i++) {
            int to = positions[i] * rowSize;
            int from = src.offset + i * rowSize;
            switch (source.dtype) {
                case FLOAT32:
                    for (int j = 0; j < rowSize; j++) {
                        out.floats[to + j] += src.floats[from + j];
                    }
                    break;
                case FLOAT64:
                    for (int j = 0; j < rowSize; j++) {
                        out.doubles[to + j] += src.doubles[from + j];
                    }
                    break;
                default:
                    for (int j = 0; j < rowSize; j++) {
                        out.longs[to + j] += src.longs[from + j];
                    }
            }
        }
        return out;
    }

    /** Sorts each line along dim with a stable merge sort of positions; NaN compares as largest. */
    static SortResult sort(PureArray x, int dim, boolean descending) {
        int last = x.shape.rank() - 1;
        int[] toLast = identityWithSwap(x.shape.rank(), dim, last);
        PureArray moved = LayoutKernels.contiguous(LayoutKernels.permute(x, toLast));
        int n = x.shape.rank() == 0 ? 1 : x.shape.dim(dim);
        int lines = n == 0 ? 0 : x.shape.size() / n;

        Object values = PureArray.allocateStorage(x.dtype, x.shape.size());
        long[] indices = new long[x.shape.size()];
        Integer[] order = new Integer[n];
        for (int line = 0; line < lines; line++) {
            int base = moved.offset + line * n;
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Comparator<Integer> ascending = comparator(moved, base);
            Arrays.sort(order, descending ? ascending.reversed() : ascending);
            for (int i = 0; i < n; i++) {
                int from = order[i];
                indices[line * n + i] = from;
                System.arraycopy(moved.storage(), base + from, values, line * n + i, 1);
            }
        }
        PureArray sortedValues = PureArray.of(x.backend, moved.shape, values);
        PureArray sortedIndices = PureArray.of(x.backend, moved.shape, indices);
        return new SortResult(
                LayoutKernels.permute(sortedValues, toLast),
                LayoutKernels.permute(sortedIndices, toLast));
    }

    private static Comparator<Integer> comparator(PureArray x, int base) {
        if (x.dtype == DType.FLOAT32) {
            return (i, j) -> compareNaNLast(x.floats[base + i], x.floats[base + j]);
        }
        if (x.dtype == DType.FLOAT64) {
            return (i, j) -> compareNaNLast(x.doubles[base + i], x.doubles[base + j]);
        }
        return (i, j) -> Long.compare(x.longs[base + i], x.longs[base + j]);
    }

    /**
     * Orders by value with NaN above everything and every NaN equal. Unlike
     * {@link Double#compare}, it treats -0.0 and 0.0 as equal, so the stable sort keeps them in
     * input order.
     */
    private static int compareNaNLast(double a, double b) {
        if (a < b) {
            return -1;
        }
        if (a > b) {
            return 1;
        }
        boolean aNaN = a != a;
        boolean bNaN = b != b;
        return aNaN == bNaN ? 0 : aNaN ? 1 : -1;
    }

    private static int[] identityWithSwap(int rank, int a, int b) {
        int[] axes = new int[rank];
        for (int i = 0; i < rank; i++) {
            axes[i] = i;
        }
        if (rank > 0) {
            axes[a] = b;
            axes[b] = a;
        }
        return axes;
    }
}
