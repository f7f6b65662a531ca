package org.grad4j.tensor;

import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.SortResult;

/** Gathering by index tensors and sorting, with their backward rules. */
final class IndexOps {
    private IndexOps() {
    }

    /** Gathers rows; the backward adds each row's gradient back, so repeated rows add up. */
    static Tensor index(Tensor x, Tensor index) {
        Graph.backendOf("index", x, index);
        if (index.dtype() != DType.INT64) {
            throw new IllegalArgumentException("index: expected an int64 index tensor but got " + index.dtype()
                    + "; cast it with cast(DType.INT64)");
        }
        if (x.shape().rank() == 0) {
            throw new IllegalArgumentException("index: cannot index rows of a 0-d tensor; reshape it to [1] first");
        }
        // Checks the result's size here, so a result too large for a Java array names index.
        int[] gatheredDims = new int[index.shape().rank() + x.shape().rank() - 1];
        System.arraycopy(index.shape().toArray(), 0, gatheredDims, 0, index.shape().rank());
        System.arraycopy(x.shape().toArray(), 1, gatheredDims, index.shape().rank(), x.shape().rank() - 1);
        Shape.of("index", gatheredDims);
        Tensor rows = index.detach();
        NDArray data = x.data().backend().indexSelect(x.data(), rows.data());
        return Graph.record("index", data, (g, needs) -> new Tensor[] {indexAddAlong(x.shape(), 0, rows, g)}, x);
    }

    /**
     * Returns zeros of {@code shape} with each slice of {@code source} along {@code dim} added at
     * the position {@code index} names. The result does not record gradients.
     */
    static Tensor indexAddAlong(Shape shape, int dim, Tensor index, Tensor source) {
        Backend backend = source.data().backend();
        if (dim == 0) {
            return Graph.constant(backend.indexAdd(shape, index.data(), source.data()));
        }
        int[] dims = shape.toArray();
        dims[0] = shape.dim(dim);
        dims[dim] = shape.dim(0);
        Tensor moved = source.detach().transpose(0, dim);
        Tensor added = Graph.constant(backend.indexAdd(Shape.of(dims), index.data(), moved.data()));
        return added.transpose(0, dim);
    }

    static Sorted sort(Tensor x, int dim, boolean descending) {
        int d = x.shape().normalizeDim("sort", dim);
        SortResult result = x.data().backend().sort(x.data(), d, descending);
        Tensor indices = Graph.constant(result.indices());
        Tensor values = Graph.record("sort", result.values(), (g, needs) -> new Tensor[] {
            scatterAlong(x.shape(), d, indices, g)}, x);
        return new Sorted(values, indices);
    }

    /** Returns zeros of {@code shape} with {@code source[..., i, ...]} added at {@code index[..., i, ...]} along dim. */
    private static Tensor scatterAlong(Shape shape, int dim, Tensor index, Tensor source) {
        int last = shape.rank() - 1;
        Tensor g = source.transpose(dim, last);
        Tensor idx = index.transpose(dim, last);
        Shape moved = g.shape();
        int n = shape.dim(dim);
        int rows = n == 0 ? 0 : moved.size() / n;

        Tensors tensors = new Tensors(source.data().backend());
        Tensor rowStart = tensors.arange(rows).mul((long) n).reshape(rows, 1);
        Tensor flat = idx.reshape(rows, n).add(rowStart).reshape(-1);
        Tensor scattered = Graph.constant(source.data().backend().indexAdd(
                Shape.of(moved.size()), flat.data(), g.reshape(-1).data()));
        return scattered.reshape(moved.toArray()).transpose(dim, last);
    }
}
