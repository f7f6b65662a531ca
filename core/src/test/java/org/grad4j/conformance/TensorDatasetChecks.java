package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.grad4j.data.Dataset;
import org.grad4j.data.TensorDataset;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * TensorDataset rejects tensors of different lengths when it is built, with both lengths and
 * the position of the tensor that differs in the message. Negative indices count from the end,
 * and the index equal to the size throws naming the index, dimension 0 and the size.
 */
public abstract class TensorDatasetChecks extends ConformanceBase {
    private TensorDataset fiveRows() {
        return new TensorDataset(f64(dims(5, 1), 0, 1, 2, 3, 4), longs(10, 11, 12, 13, 14));
    }

    @Test
    void lengthMismatchThrowsNamingBoth() {
        Tensor features = tensors().zeros(5, 2);
        Tensor labels = tensors().zeros(4);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> new TensorDataset(features, labels));
        assertMessageContains(thrown, "5", "4", "tensor 1");
    }

    @Test
    void sizeIsRowCount() {
        assertEquals(5, fiveRows().size());
    }

    @Test
    void negativeIndexGivesLastSample() {
        List<Tensor> sample = fiveRows().get(-1);
        assertTensor(DType.FLOAT64, new double[] {4}, dims(1), sample.get(0));
        assertTensor(DType.INT64, new double[] {14}, dims(), sample.get(1));
    }

    @Test
    void sliceGivesRowRange() {
        List<Tensor> rows = fiveRows().slice(1, 3);
        assertTensor(DType.FLOAT64, new double[] {1, 2}, dims(2, 1), rows.get(0));
        assertTensor(DType.INT64, new double[] {11, 12}, dims(2), rows.get(1));
    }

    @Test
    void indexEqualToSizeThrows() {
        TensorDataset data = fiveRows();
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class, () -> data.get(5));
        assertMessageContains(thrown, "index 5", "dimension 0", "size 5");
        assertThrows(IndexOutOfBoundsException.class, () -> data.get(-6));
    }

    @Test
    void batchGathersRows() {
        List<Tensor> batch = fiveRows().getBatch(new int[] {4, 0, 4});
        assertTensor(DType.FLOAT64, new double[] {4, 0, 4}, dims(3, 1), batch.get(0));
        assertTensor(DType.INT64, new double[] {14, 10, 14}, dims(3), batch.get(1));
    }

    @Test
    void defaultBatchStacksSamples() {
        TensorDataset rows = fiveRows();
        Dataset plain = new Dataset() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public List<Tensor> get(long index) {
                return rows.get(index);
            }
        };
        List<Tensor> batch = plain.getBatch(new int[] {3, 1});
        assertTensor(DType.FLOAT64, new double[] {3, 1}, dims(2, 1), batch.get(0));
        assertTensor(DType.INT64, new double[] {13, 11}, dims(2), batch.get(1));
    }

    @Test
    void zeroDimTensorThrows() {
        assertThrows(IllegalArgumentException.class, () -> new TensorDataset(f64(1.0)));
    }

    @Test
    void getBatchOutOfRangeNamesGetBatch() {
        IndexOutOfBoundsException thrown = assertThrows(IndexOutOfBoundsException.class,
                () -> fiveRows().getBatch(new int[] {0, 5}));
        assertMessageContains(thrown, "TensorDataset.getBatch:", "index 5", "size 5");
        assertThrows(IndexOutOfBoundsException.class, () -> fiveRows().getBatch(new int[] {-6}));
    }

    @Test
    void getBatchCountsNegativeIndicesFromEnd() {
        List<Tensor> batch = fiveRows().getBatch(new int[] {-1, 0});
        assertTensor(DType.INT64, new double[] {14, 10}, dims(2), batch.get(1));
    }
}
