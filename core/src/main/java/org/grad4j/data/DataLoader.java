package org.grad4j.data;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;

/**
 * Iterates over a dataset in batches. Each call to {@link #iterator()} starts a new epoch. With
 * shuffling, epoch e visits the samples in a permutation drawn from a {@link Generator} seeded by
 * (seed, e), so every epoch has its own order and a run repeats exactly from its seed, whatever
 * other code draws random numbers in between.
 *
 * <p>The last batch contains the remaining samples when the dataset size is not a multiple of the
 * batch size, unless {@code dropLast} is set. {@link #size()} is ceil(N / batchSize), or
 * floor(N / batchSize) with {@code dropLast}.
 */
public final class DataLoader implements Iterable<List<Tensor>> {
    private final Dataset dataset;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final boolean dropLast;
    private int epoch;

    private DataLoader(Builder builder) {
        this.dataset = builder.dataset;
        this.batchSize = builder.batchSize;
        this.shuffle = builder.shuffle;
        this.seed = builder.seed;
        this.dropLast = builder.dropLast;
    }

    /** Starts a loader over {@code dataset}: batch size 1, no shuffling, last batch kept. */
    public static Builder builder(Dataset dataset) {
        return new Builder(dataset);
    }

    /**
     * Returns the number of batches per epoch.
     *
     * @throws IllegalStateException if the dataset reports a negative size
     */
    public int size() {
        int n = datasetSize();
        int full = n / batchSize;
        return dropLast || n % batchSize == 0 ? full : full + 1;
    }

    /** Returns the batch size. */
    public int batchSize() {
        return batchSize;
    }

    /** Returns the number of epochs started so far. */
    public int epochsStarted() {
        return epoch;
    }

    /** Starts the next epoch and returns its batches; each batch is the dataset's collated tensors. */
    @Override
    public Iterator<List<Tensor>> iterator() {
        int[] order = order(epoch++);
        int batches = size();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < batches;
            }

            @Override
            public List<Tensor> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("the epoch has no more batches");
                }
                int from = next * batchSize;
                int to = from + Math.min(batchSize, order.length - from);
                next++;
                return dataset.getBatch(java.util.Arrays.copyOfRange(order, from, to));
            }
        };
    }

    private int datasetSize() {
        int n = dataset.size();
        if (n < 0) {
            throw new IllegalStateException("DataLoader: the dataset's size() returned " + n + ", but a dataset"
                    + " has 0 or more samples; fix size() of " + dataset.getClass().getName());
        }
        return n;
    }

    private int[] order(int epochNumber) {
        int n = datasetSize();
        if (shuffle) {
            return new Generator(Generator.deriveSeed(seed, epochNumber)).permutation(n);
        }
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        return identity;
    }

    /** Configures a {@link DataLoader}. */
    public static final class Builder {
        private final Dataset dataset;
        private int batchSize = 1;
        private boolean shuffle;
        private long seed;
        private boolean dropLast;

        private Builder(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "DataLoader: the dataset is null; pass a Dataset");
        }

        /** Sets the number of samples per batch; must be positive. */
        public Builder batchSize(int batchSize) {
            if (batchSize <= 0) {
                throw new IllegalArgumentException("DataLoader: batchSize must be positive but was " + batchSize
                        + "; pass the number of samples per batch, 1 or more");
            }
            this.batchSize = batchSize;
            return this;
        }

        /** Shuffles every epoch with permutations derived from {@code seed}. */
        public Builder shuffle(long seed) {
            this.shuffle = true;
            this.seed = seed;
            return this;
        }

        /** Shuffles every epoch with a base seed drawn once from {@code generator}, now. */
        public Builder shuffle(Generator generator) {
            Objects.requireNonNull(generator, "DataLoader: the generator is null; pass a Generator, or a seed to"
                    + " shuffle(long)");
            return shuffle(generator.nextLong());
        }

        /** Drops the last batch when it would be smaller than the batch size. */
        public Builder dropLast(boolean dropLast) {
            this.dropLast = dropLast;
            return this;
        }

        /** Creates the loader. */
        public DataLoader build() {
            return new DataLoader(this);
        }
    }
}
