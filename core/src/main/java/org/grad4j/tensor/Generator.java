package org.grad4j.tensor;

/**
 * A seeded source of random numbers. grad4j draws every random number in Java through a
 * generator and hands the values to the backend, so one seed gives the same data on every
 * backend and every run.
 *
 * <p>The algorithm is xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64; it is
 * fixed, so sequences stay the same across grad4j and JDK versions. manualSeed, initialSeed and
 * nextLong are synchronized and every other method draws through nextLong, so one generator can
 * be shared between threads. A method that draws several numbers, such as nextGaussian or
 * permutation, may then interleave its draws with another thread's, so the interleaving decides
 * who gets which numbers.
 */
public final class Generator {
    private static final Generator DEFAULT = new Generator(0x5EEDL);

    private long seed;
    private long s0;
    private long s1;
    private long s2;
    private long s3;

    /** Creates a generator whose sequence is fixed by {@code seed}. */
    public Generator(long seed) {
        manualSeed(seed);
    }

    /**
     * Returns the generator used by creation methods that take none. It starts from a fixed
     * seed, so programs are reproducible until they reseed it with {@link #manualSeed}.
     */
    public static Generator getDefault() {
        return DEFAULT;
    }

    /** Restarts the sequence from {@code seed}. */
    public synchronized void manualSeed(long seed) {
        this.seed = seed;
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = mix(x);
    }

    /** Returns the seed of the last {@link #manualSeed} or of the constructor. */
    public synchronized long initialSeed() {
        return seed;
    }

    /** Returns 64 random bits. */
    public synchronized long nextLong() {
        long result = Long.rotateLeft(s1 * 5, 7) * 9;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /**
     * Returns a float uniform in [0, 1) built from 24 random bits, so the largest value is
     * 1 - 2^-24. Rounding a random double to float instead could give 1.0.
     */
    public float nextFloat() {
        return (nextLong() >>> 40) * 0x1.0p-24f;
    }

    /** Returns a double uniform in [0, 1) built from 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Returns a standard normal sample by the Box-Muller transform in double precision. */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * Returns an integer uniform in [0, bound) without modulo bias (Lemire's method).
     *
     * @throws IllegalArgumentException if bound is not positive
     */
    public long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("nextLong: bound must be positive but was " + bound
                    + "; pass the exclusive upper bound, 1 or more");
        }
        long threshold = Long.remainderUnsigned(-bound, bound);
        while (true) {
            long r = nextLong();
            long high = Math.multiplyHigh(r, bound) + ((r >> 63) & bound);
            long low = r * bound;
            if (Long.compareUnsigned(low, threshold) >= 0) {
                return high;
            }
        }
    }

    /**
     * Returns a uniformly random permutation of {@code 0 .. n-1} (Fisher-Yates).
     *
     * @throws IllegalArgumentException if n is negative or more than {@link Shape#MAX_ELEMENTS}
     */
    public int[] permutation(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("permutation: n must be >= 0 but was " + n);
        }
        if (n > Shape.MAX_ELEMENTS) {
            throw new IllegalArgumentException("permutation: n = " + n + " is more than a Java array can hold ("
                    + Shape.MAX_ELEMENTS + ")");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) nextLong(i + 1L);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Derives an independent seed from a base seed and a stream number, such as an epoch. */
    public static long deriveSeed(long seed, long stream) {
        return mix(seed ^ mix(stream + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
