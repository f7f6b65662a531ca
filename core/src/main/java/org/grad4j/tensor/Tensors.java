package org.grad4j.tensor;

import jakarta.inject.Inject;
import java.util.Objects;
import org.grad4j.backend.Backend;

/**
 * Creates tensors on one backend. Get one from the Guice injector, or with
 * {@code new Tensors(backend)}. Random tensors draw from a {@link Generator} in Java, so the
 * same generator state gives the same values on every backend.
 */
public final class Tensors {
    private final Backend backend;

    /** Creates a factory for tensors on {@code backend}. */
    @Inject
    public Tensors(Backend backend) {
        this.backend = Objects.requireNonNull(backend, "Tensors: the backend is null; pass a backend such as"
                + " new PureBackend(), or get Tensors from the injector");
    }

    /** Returns the backend new tensors live on. */
    public Backend backend() {
        return backend;
    }

    // ---- From Java values ----

    /** Returns a 1-D FLOAT32 tensor of the values. */
    public Tensor of(float... values) {
        requireValues("of", values);
        return fromArray(values, values.length);
    }

    /** Returns a 1-D FLOAT64 tensor of the values. */
    public Tensor of(double... values) {
        requireValues("of", values);
        return fromArray(values, values.length);
    }

    /** Returns a 1-D INT64 tensor of the values. */
    public Tensor of(long... values) {
        requireValues("of", values);
        return fromArray(values, values.length);
    }

    /** Returns a 2-D FLOAT32 tensor of equal-length rows. */
    public Tensor of(float[][] rows) {
        requireValues("of", rows);
        Shape shape = matrixShape(rows.length, rows.length == 0 ? 0 : requireRow(0, rows[0]).length);
        int columns = shape.dim(1);
        float[] flat = new float[shape.size()];
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, requireRow(i, rows[i]).length, columns);
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** Returns a 2-D FLOAT64 tensor of equal-length rows. */
    public Tensor of(double[][] rows) {
        requireValues("of", rows);
        Shape shape = matrixShape(rows.length, rows.length == 0 ? 0 : requireRow(0, rows[0]).length);
        int columns = shape.dim(1);
        double[] flat = new double[shape.size()];
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, requireRow(i, rows[i]).length, columns);
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** Returns a 2-D INT64 tensor of equal-length rows. */
    public Tensor of(long[][] rows) {
        requireValues("of", rows);
        Shape shape = matrixShape(rows.length, rows.length == 0 ? 0 : requireRow(0, rows[0]).length);
        int columns = shape.dim(1);
        long[] flat = new long[shape.size()];
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, requireRow(i, rows[i]).length, columns);
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** Returns a 0-d tensor of {@code dtype} holding {@code value}. */
    public Tensor scalar(double value, DType dtype) {
        return filled("scalar", value, dtype, new int[0]);
    }

    /** Returns a FLOAT32 tensor of {@code shape} holding a copy of row-major {@code data}. */
    public Tensor fromArray(float[] data, int... shape) {
        requireValues("fromArray", data);
        return new Tensor(backend.fromFloats(data, checkedShape(data.length, shape)));
    }

    /** Returns a FLOAT64 tensor of {@code shape} holding a copy of row-major {@code data}. */
    public Tensor fromArray(double[] data, int... shape) {
        requireValues("fromArray", data);
        return new Tensor(backend.fromDoubles(data, checkedShape(data.length, shape)));
    }

    /** Returns an INT64 tensor of {@code shape} holding a copy of row-major {@code data}. */
    public Tensor fromArray(long[] data, int... shape) {
        requireValues("fromArray", data);
        return new Tensor(backend.fromLongs(data, checkedShape(data.length, shape)));
    }

    // ---- Filled ----

    /** Returns FLOAT32 zeros. */
    public Tensor zeros(int... shape) {
        return filled("zeros", 0, DType.FLOAT32, shape);
    }

    /** Returns zeros of {@code dtype}. */
    public Tensor zeros(DType dtype, int... shape) {
        return filled("zeros", 0, dtype, shape);
    }

    /** Returns FLOAT32 ones. */
    public Tensor ones(int... shape) {
        return filled("ones", 1, DType.FLOAT32, shape);
    }

    /** Returns ones of {@code dtype}. */
    public Tensor ones(DType dtype, int... shape) {
        return filled("ones", 1, dtype, shape);
    }

    /** Returns a tensor of {@code dtype} with every element set to {@code value}. */
    public Tensor full(double value, DType dtype, int... shape) {
        return filled("full", value, dtype, shape);
    }

    /** Returns the INT64 values {@code 0, 1, ..., end - 1}. */
    public Tensor arange(long end) {
        return arange(0, end, 1);
    }

    /** Returns the INT64 values {@code start, start + step, ...} below {@code end} (above it for a negative step). */
    public Tensor arange(long start, long end, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("arange: step must not be 0");
        }
        long count = 0;
        if (step > 0 ? start < end : start > end) {
            // The span and the step's size can exceed Long.MAX_VALUE, so both are unsigned.
            long span = step > 0 ? end - start : start - end;
            long stride = step > 0 ? step : -step;
            count = Long.divideUnsigned(span - 1, stride) + 1;
        }
        if (Long.compareUnsigned(count, Shape.MAX_ELEMENTS) > 0) {
            throw new IllegalArgumentException("arange(" + start + ", " + end + ", " + step + ") has "
                    + Long.toUnsignedString(count) + " elements, more than a Java array can hold ("
                    + Shape.MAX_ELEMENTS + "); use a larger step or a shorter range");
        }
        long[] values = new long[(int) count];
        for (int i = 0; i < values.length; i++) {
            // i * step can overflow for a large step, but the value lies in [start, end) and two's
            // complement arithmetic is exact modulo 2^64, so the sum is still right.
            values[i] = start + i * step;
        }
        return fromArray(values, values.length);
    }

    // ---- Random ----

    /** Returns FLOAT32 values uniform in [0, 1) from {@code generator}. */
    public Tensor rand(Generator generator, int... shape) {
        requireGenerator("rand", generator);
        float[] values = new float[Shape.of("rand", shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = generator.nextFloat();
        }
        return fromArray(values, shape);
    }

    /** Returns values of {@code dtype} uniform in [0, 1) from {@code generator}. */
    public Tensor rand(Generator generator, DType dtype, int... shape) {
        requireFloatingPoint("rand", dtype);
        if (dtype == DType.FLOAT32) {
            return rand(generator, shape);
        }
        requireGenerator("rand", generator);
        double[] values = new double[Shape.of("rand", shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = generator.nextDouble();
        }
        return fromArray(values, shape);
    }

    /** Returns FLOAT32 standard normal values from {@code generator}. */
    public Tensor randn(Generator generator, int... shape) {
        return randn(generator, DType.FLOAT32, shape);
    }

    /** Returns standard normal values of {@code dtype} from {@code generator}. */
    public Tensor randn(Generator generator, DType dtype, int... shape) {
        requireFloatingPoint("randn", dtype);
        requireGenerator("randn", generator);
        int size = Shape.of("randn", shape).size();
        if (dtype == DType.FLOAT32) {
            float[] values = new float[size];
            for (int i = 0; i < size; i++) {
                values[i] = (float) generator.nextGaussian();
            }
            return fromArray(values, shape);
        }
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = generator.nextGaussian();
        }
        return fromArray(values, shape);
    }

    /** Returns INT64 values uniform in {@code [low, high)} from {@code generator}. */
    public Tensor randint(Generator generator, long low, long high, int... shape) {
        if (low >= high) {
            throw new IllegalArgumentException("randint: low " + low + " must be less than high " + high);
        }
        requireGenerator("randint", generator);
        long[] values = new long[Shape.of("randint", shape).size()];
        // The range has up to 2^64 - 1 values, so it is read unsigned.
        long range = high - low;
        for (int i = 0; i < values.length; i++) {
            values[i] = low + (range > 0 ? generator.nextLong(range) : nextUnsignedBelow(generator, range));
        }
        return fromArray(values, shape);
    }

    /** Returns a random permutation of {@code 0 .. n-1} as INT64. */
    public Tensor randperm(Generator generator, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("randperm: n must be >= 0 but was " + n);
        }
        if (n > Shape.MAX_ELEMENTS) {
            throw new IllegalArgumentException("randperm: n = " + n + " is more than a Java array can hold ("
                    + Shape.MAX_ELEMENTS + ")");
        }
        requireGenerator("randperm", generator);
        int[] order = generator.permutation(n);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = order[i];
        }
        return fromArray(values, n);
    }

    /**
     * Returns 64 random bits below {@code range}, read unsigned, for a range of 2^63 or more
     * values. Each draw is accepted with probability above 1/2, so the loop ends quickly.
     */
    private static long nextUnsignedBelow(Generator generator, long range) {
        while (true) {
            long bits = generator.nextLong();
            if (Long.compareUnsigned(bits, range) < 0) {
                return bits;
            }
        }
    }

    private Tensor filled(String op, double value, DType dtype, int[] shape) {
        requireDtype(op, dtype);
        checkRepresentable(op, value, dtype);
        return new Tensor(backend.full(Shape.of(op, shape), dtype, value));
    }

    private static void requireValues(String op, Object values) {
        Objects.requireNonNull(values, op + ": the values are null; pass an array");
    }

    private static void requireGenerator(String op, Generator generator) {
        Objects.requireNonNull(generator, op + ": the generator is null; pass a Generator, such as"
                + " new Generator(seed) or Generator.getDefault()");
    }

    private static void requireDtype(String op, DType dtype) {
        Objects.requireNonNull(dtype, op + ": the dtype is null; pass a DType such as DType.FLOAT32");
    }

    private static void requireFloatingPoint(String op, DType dtype) {
        requireDtype(op, dtype);
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": expected a floating-point dtype but got " + dtype
                    + "; use randint for integers");
        }
    }

    private static Shape checkedShape(int length, int[] dims) {
        Shape shape = Shape.of("fromArray", dims);
        if (shape.size() != length) {
            throw new IllegalArgumentException("fromArray: the data has " + length + " elements but shape " + shape
                    + " needs " + shape.size() + "; pass data of the shape's size");
        }
        return shape;
    }

    /** Returns the shape [rows, columns], checked before the flat array for it is allocated. */
    private static Shape matrixShape(int rows, int columns) {
        return Shape.of("of", new int[] {rows, columns});
    }

    private static <T> T requireRow(int row, T values) {
        if (values == null) {
            throw new NullPointerException("of: row " + row + " is null; pass an array for every row");
        }
        return values;
    }

    private static void checkRow(int row, int length, int columns) {
        if (length != columns) {
            throw new IllegalArgumentException("of: row " + row + " has length " + length + " but row 0 has length "
                    + columns + "; all rows of a 2-D tensor must have the same length");
        }
    }

    /**
     * Checks that {@code value} fits {@code dtype}: INT64 takes no NaN, infinity or value
     * outside the long range, which a conversion would silently turn into another number.
     * Other values convert as Java's casts do, so 1.7 becomes 1.
     */
    static void checkRepresentable(String op, double value, DType dtype) {
        if (dtype == DType.INT64 && !(value >= -0x1p63 && value < 0x1p63)) {
            throw new IllegalArgumentException(op + ": the value " + value + " cannot be stored in int64;"
                    + " pass a finite value in [-2^63, 2^63) or use a floating-point dtype");
        }
    }
}
