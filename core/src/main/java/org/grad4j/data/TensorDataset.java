package org.grad4j.data;

import java.util.ArrayList;
import java.util.List;
import org.grad4j.backend.Kernels;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * A dataset over tensors that share their first dimension: sample i is row i of each tensor, as
 * PyTorch's {@code TensorDataset}.
 */
public final class TensorDataset implements Dataset {
    private final List<Tensor> tensors;

    /**
     * Creates the dataset.
     *
     * @throws NullPointerException if the array or one of its tensors is null
     * @throws IllegalArgumentException if no tensor is given, a tensor is 0-d, the tensors live
     *     on different backends, or their first dimensions differ
     */
    public TensorDataset(Tensor... tensors) {
        if (tensors == null) {
            throw new NullPointerException("TensorDataset: the tensors are null; pass the feature and label tensors");
        }
        if (tensors.length == 0) {
            throw new IllegalArgumentException("TensorDataset: expected at least one tensor but got none; pass the"
                    + " feature and label tensors");
        }
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i] == null) {
                throw new NullPointerException("TensorDataset: tensor " + i + " is null; pass only tensors");
            }
            if (tensors[i].shape().rank() == 0) {
                throw new IllegalArgumentException("TensorDataset: tensor " + i + " is 0-d and has no rows;"
                        + " reshape it to [1] or pass one value per sample");
            }
            if (tensors[i].backend() != tensors[0].backend()) {
                throw new IllegalArgumentException("TensorDataset: tensor " + i + " and tensor 0 live on "
                        + Kernels.describeBackends(tensors[i].backend(), tensors[0].backend())
                        + "; copy tensor " + i + " with tensor.to(backend) first");
            }
        }
        int size = tensors[0].shape().dim(0);
        for (int i = 1; i < tensors.length; i++) {
            int rows = tensors[i].shape().dim(0);
            if (rows != size) {
                throw new IllegalArgumentException("TensorDataset: tensors must have the same size in dimension 0,"
                        + " but tensor 0 has " + size + " rows (shape " + tensors[0].shape() + ") and tensor " + i
                        + " has " + rows + " (shape " + tensors[i].shape() + ")");
            }
        }
        this.tensors = List.of(tensors);
    }

    /** Returns the tensors, in construction order. */
    public List<Tensor> tensors() {
        return tensors;
    }

    @Override
    public int size() {
        return tensors.get(0).shape().dim(0);
    }

    @Override
    public List<Tensor> get(long index) {
        int row = Kernels.checkIndex("TensorDataset.get", index, 0, size());
        List<Tensor> sample = new ArrayList<>();
        for (Tensor t : tensors) {
            sample.add(t.get(row));
        }
        return sample;
    }

    /**
     * Returns rows {@code [from, to)} of each tensor; negative bounds count from the end.
     *
     * @throws IndexOutOfBoundsException for a bound outside {@code [-size, size]}
     * @throws IllegalArgumentException if {@code to} comes before {@code from}
     */
    public List<Tensor> slice(int from, int to) {
        List<Tensor> rows = new ArrayList<>();
        for (Tensor t : tensors) {
            rows.add(t.slice(0, from, to));
        }
        return rows;
    }

    /**
     * Returns the rows at {@code indices} of each tensor, gathered in one op per tensor; negative
     * indices count from the end.
     *
     * @throws IndexOutOfBoundsException for an index outside {@code [-size, size)}
     */
    @Override
    public List<Tensor> getBatch(int[] indices) {
        if (indices == null) {
            throw new NullPointerException("TensorDataset.getBatch: the indices are null; pass the sample indices");
        }
        long[] rows = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            rows[i] = Kernels.checkIndex("TensorDataset.getBatch", indices[i], 0, size());
        }
        Tensor index = new Tensors(tensors.get(0).backend()).fromArray(rows, rows.length);
        List<Tensor> batch = new ArrayList<>();
        for (Tensor t : tensors) {
            batch.add(t.index(index));
        }
        return batch;
    }
}
