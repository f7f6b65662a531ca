package org.grad4j.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.grad4j.data.DataLoader;
import org.grad4j.data.Dataset;
import org.grad4j.data.TensorDataset;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;
import org.junit.jupiter.api.Test;

/**
 * DataLoader batching and shuffling. Its length is ceil(N / batchSize), or floor(N / batchSize)
 * with dropLast, and iteration yields exactly that many batches. The last batch contains the
 * remaining samples. Each epoch's order is a permutation drawn from (seed, epoch) through
 * grad4j's own Generator, so it repeats from its seed whatever other code draws in between, and
 * differs between epochs.
 */
public abstract class DataLoaderChecks extends ConformanceBase {
    /** Features [n, 1] with the values 0 .. n-1 as FLOAT32, and INT64 labels 0 .. n-1. */
    private TensorDataset dataset(int n) {
        Tensor labels = tensors().arange(n);
        return new TensorDataset(labels.cast(DType.FLOAT32).unsqueeze(1), labels);
    }

    private static List<List<Tensor>> epoch(DataLoader loader) {
        List<List<Tensor>> batches = new ArrayList<>();
        for (List<Tensor> batch : loader) {
            batches.add(batch);
        }
        return batches;
    }

    private static int[] batchSizes(List<List<Tensor>> batches) {
        return batches.stream().mapToInt(batch -> batch.get(1).shape().dim(0)).toArray();
    }

    private static long[] labels(List<List<Tensor>> batches) {
        return batches.stream().flatMapToLong(batch -> Arrays.stream(batch.get(1).toLongArray())).toArray();
    }

    private static long[] range(int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    @Test
    void lastPartialBatchIsKept() {
        DataLoader loader = DataLoader.builder(dataset(10)).batchSize(4).build();
        List<List<Tensor>> batches = epoch(loader);
        assertEquals(3, loader.size());
        assertArrayEquals(new int[] {4, 4, 2}, batchSizes(batches));
        assertArrayEquals(new long[] {0, 1, 2, 3}, batches.get(0).get(1).toLongArray());
        assertArrayEquals(new long[] {4, 5, 6, 7}, batches.get(1).get(1).toLongArray());
        assertArrayEquals(new long[] {8, 9}, batches.get(2).get(1).toLongArray());
        assertEquals(Shape.of(4, 1), batches.get(0).get(0).shape());
        assertEquals(Shape.of(4, 1), batches.get(1).get(0).shape());
        assertEquals(Shape.of(2, 1), batches.get(2).get(0).shape());
    }

    @Test
    void featuresMatchLabels() {
        List<List<Tensor>> batches = epoch(DataLoader.builder(dataset(10)).batchSize(4).shuffle(3).build());
        for (List<Tensor> batch : batches) {
            assertArrayEquals(batch.get(1).cast(DType.FLOAT64).toDoubleArray(), batch.get(0).reshape(-1).toDoubleArray());
        }
    }

    @Test
    void dropLastDropsPartialBatch() {
        DataLoader loader = DataLoader.builder(dataset(10)).batchSize(4).dropLast(true).build();
        assertEquals(2, loader.size());
        assertArrayEquals(new int[] {4, 4}, batchSizes(epoch(loader)));
    }

    @Test
    void exactMultipleHasNoEmptyBatch() {
        DataLoader loader = DataLoader.builder(dataset(8)).batchSize(4).build();
        assertEquals(2, loader.size());
        assertArrayEquals(new int[] {4, 4}, batchSizes(epoch(loader)));
    }

    @Test
    void dropLastOfSmallDatasetYieldsNothing() {
        DataLoader loader = DataLoader.builder(dataset(3)).batchSize(4).dropLast(true).build();
        assertEquals(0, loader.size());
        assertEquals(0, epoch(loader).size());
    }

    @Test
    void shuffledEpochIsPermutation() {
        List<List<Tensor>> batches = epoch(DataLoader.builder(dataset(10)).batchSize(4).shuffle(5).build());
        assertArrayEquals(new int[] {4, 4, 2}, batchSizes(batches));
        long[] seen = labels(batches);
        Arrays.sort(seen);
        assertArrayEquals(range(10), seen);
    }

    @Test
    void sameSeedRepeatsEveryEpoch() {
        TensorDataset data = dataset(24);
        DataLoader first = DataLoader.builder(data).batchSize(8).shuffle(42).build();
        DataLoader second = DataLoader.builder(data).batchSize(8).shuffle(42).build();
        tensors().randn(Generator.getDefault(), 5);

        long[] firstEpoch0 = labels(epoch(first));
        long[] firstEpoch1 = labels(epoch(first));
        long[] secondEpoch0 = labels(epoch(second));
        long[] secondEpoch1 = labels(epoch(second));
        assertArrayEquals(firstEpoch0, secondEpoch0, "epoch 0 of two loaders with seed 42");
        assertArrayEquals(firstEpoch1, secondEpoch1, "epoch 1 of two loaders with seed 42");
        assertFalse(Arrays.equals(firstEpoch0, firstEpoch1), "epoch 0 and epoch 1 have the same order");
    }

    /** With an explicit seed, the order does not depend on the state of the default generator. */
    @Test
    void randnBeforeIterationKeepsOrder() {
        TensorDataset data = dataset(24);
        DataLoader undisturbed = DataLoader.builder(data).batchSize(8).shuffle(42).build();
        long[] expected = labels(epoch(undisturbed));

        DataLoader disturbed = DataLoader.builder(data).batchSize(8).shuffle(42).build();
        tensors().randn(Generator.getDefault(), 5);
        assertArrayEquals(expected, labels(epoch(disturbed)), "epoch 0 after a randn call on the default generator");
    }

    @Test
    void shuffledEpochsHaveFullBatches() {
        DataLoader loader = DataLoader.builder(dataset(24)).batchSize(8).shuffle(42).build();
        for (int e = 0; e < 2; e++) {
            List<List<Tensor>> batches = epoch(loader);
            assertArrayEquals(new int[] {8, 8, 8}, batchSizes(batches), "batch sizes of epoch " + e);
            long[] seen = labels(batches);
            Arrays.sort(seen);
            assertArrayEquals(range(24), seen, "labels of epoch " + e);
        }
    }

    @Test
    void unshuffledKeepsOrder() {
        DataLoader loader = DataLoader.builder(dataset(24)).batchSize(8).build();
        assertArrayEquals(range(24), labels(epoch(loader)));
        assertArrayEquals(range(24), labels(epoch(loader)));
    }

    @Test
    void emptyDatasetYieldsNothing() {
        DataLoader loader = DataLoader.builder(dataset(0)).batchSize(4).shuffle(1).build();
        assertEquals(0, loader.size());
        assertEquals(0, epoch(loader).size());
    }

    @Test
    void hugeBatchSizeGivesOneBatch() {
        DataLoader loader = DataLoader.builder(dataset(10)).batchSize(Integer.MAX_VALUE).build();
        assertEquals(1, loader.size());
        List<List<Tensor>> batches = epoch(loader);
        assertArrayEquals(new int[] {10}, batchSizes(batches));
        assertArrayEquals(range(10), labels(batches));
    }

    @Test
    void hugeBatchWithDropLastIsEmpty() {
        DataLoader loader = DataLoader.builder(dataset(10)).batchSize(Integer.MAX_VALUE).dropLast(true).build();
        assertEquals(0, loader.size());
        assertEquals(0, epoch(loader).size());
    }

    @Test
    void datasetWithNegativeSizeThrows() {
        Dataset broken = new Dataset() {
            @Override
            public int size() {
                return -1;
            }

            @Override
            public List<Tensor> get(long index) {
                throw new AssertionError("get should not be called on a dataset of size -1");
            }
        };
        DataLoader loader = DataLoader.builder(broken).batchSize(2).build();
        IllegalStateException sized = assertThrows(IllegalStateException.class, loader::size);
        assertMessageContains(sized, "DataLoader:", "size() returned -1");
        IllegalStateException iterated = assertThrows(IllegalStateException.class, loader::iterator);
        assertMessageContains(iterated, "DataLoader:", "size() returned -1");
    }
}
