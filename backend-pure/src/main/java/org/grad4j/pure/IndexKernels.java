package org.grad4j.pure;

import org.grad4j.backend.Kernels;
import org.grad4j.backend.SortFunctions;
import org.grad4j.backend.SortResult;
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

    /** Sorts each line along dim with {@link SortFunctions}, the stable sort both backends share. */
    static SortResult sort(PureArray x, int dim, boolean descending) {
        int last = x.shape.rank() - 1;
        int[] toLast = identityWithSwap(x.shape.rank(), dim, last);
        PureArray moved = LayoutKernels.permute(x, toLast);
        int n = x.shape.rank() == 0 ? 1 : x.shape.dim(dim);

        Object values = LayoutKernels.toStorage(moved);
        Object sortedValues = PureArray.allocateStorage(x.dtype, x.shape.size());
        long[] indices = new long[x.shape.size()];
        SortFunctions.sortLines(values, n, descending, sortedValues, indices);

        PureArray sortedArray = PureArray.of(x.backend, moved.shape, sortedValues);
        PureArray indexArray = PureArray.of(x.backend, moved.shape, indices);
        return new SortResult(
                LayoutKernels.permute(sortedArray, toLast),
                LayoutKernels.permute(indexArray, toLast));
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
