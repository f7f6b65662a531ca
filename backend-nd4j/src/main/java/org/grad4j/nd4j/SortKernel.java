package org.grad4j.nd4j;

import org.grad4j.backend.SortFunctions;
import org.grad4j.backend.SortResult;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Stable sort along one dimension, in Java through {@link SortFunctions}, as the pure backend
 * sorts. ND4J's {@code sortWithIndices} sorts its input in place, returns FLOAT indices (exact
 * only below 2^24) and puts equal keys in reverse order when descending, and {@code Nd4j.sort}
 * misplaces NaN.
 */
final class SortKernel {
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

        Object values = NativeData.readStorage(moved);
        Object sortedValues = NativeData.newStorage(x.dtype, x.shape.size());
        long[] indices = new long[x.shape.size()];
        SortFunctions.sortLines(values, x.shape.dim(dim), descending, sortedValues, indices);

        INDArray valueArray = NativeData.fromStorage(sortedValues, movedShape);
        INDArray indexArray = NativeData.fromLongs(indices, movedShape);
        return new SortResult(
                new Nd4jArray(backend, Views.permute(valueArray, toLast), x.shape),
                new Nd4jArray(backend, Views.permute(indexArray, toLast), x.shape));
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
