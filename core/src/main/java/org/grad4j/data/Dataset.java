package org.grad4j.data;

import java.util.ArrayList;
import java.util.List;
import org.grad4j.tensor.Tensor;

/**
 * Indexed samples, each a list of tensors such as features and label. A {@link DataLoader}
 * draws batches from it.
 */
public interface Dataset {
    /** Returns the number of samples. */
    int size();

    /**
     * Returns sample {@code index}; negative values count from the end.
     *
     * @throws IndexOutOfBoundsException for an index outside {@code [-size, size)}
     */
    List<Tensor> get(long index);

    /**
     * Returns the samples at {@code indices} collated into batch tensors: element k of the
     * result stacks element k of every sample along a new first dimension. Implementations
     * backed by tensors override this with one gather per tensor.
     */
    default List<Tensor> getBatch(int[] indices) {
        if (indices == null) {
            throw new NullPointerException("getBatch: the indices are null; pass the sample indices");
        }
        List<List<Tensor>> columns = new ArrayList<>();
        for (int index : indices) {
            List<Tensor> sample = get(index);
            for (int k = 0; k < sample.size(); k++) {
                if (columns.size() <= k) {
                    columns.add(new ArrayList<>());
                }
                columns.get(k).add(sample.get(k));
            }
        }
        List<Tensor> batch = new ArrayList<>();
        for (List<Tensor> column : columns) {
            batch.add(Tensor.stack(column, 0));
        }
        return batch;
    }
}
