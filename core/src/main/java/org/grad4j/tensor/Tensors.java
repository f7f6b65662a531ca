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
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** Returns the backend new tensors live on. */
    public Backend backend() {
        return backend;
    }

    // ---- From Java values ----

    /** Returns a 1-D FLOAT32 tensor of the values. */
    public Tensor of(float... values) {
        return fromArray(values, values.length);
    }

    /** Returns a 1-D FLOAT64 tensor of the values. */
    public Tensor of(double... values) {
        return fromArray(values, values.length);
    }

    /** Returns a 1-D INT64 tensor of the values. */
    public Tensor of(long... values) {
        return fromArray(values, values.length);
    }

    /** Returns a 2-D FLOAT32 tensor of equal-length rows. */
    public Tensor of(float[][] rows) {
        int columns = columns(rows.length, rows.length == 0 ? 0 : rows[0].length);
        float[] flat = new float[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, rows[i].length, columns);
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** Returns a 2-D FLOAT64 tensor of equal-length rows. */
    public Tensor of(double[][] rows) {
        int columns = columns(rows.length, rows.length == 0 ? 0 : rows[0].length);
        double[] flat = new double[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, rows[i].length, columns);
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** Returns a 2-D INT64 tensor of equal-length rows. */
    public Tensor of(long[][] rows) {
        int columns = columns(rows.length, rows.length == 0 ? 0 : rows[0].length);
        long[] flat = new long[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            checkRow(i, rows[i].length, columns);
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return fromArray(flat, rows.length, columns);
    }

    /** Returns a 0-d tensor of {@code dtype} holding {@code value}. */
    public Tensor scalar(double value, DType dtype) {
        return full(value, dtype);
    }

    /** Returns a FLOAT32 tensor of {@code shape} holding a copy of row-major {@code data}. */
    public Tensor fromArray(float[] data, int... shape) {
        return new Tensor(backend.fromFloats(data, checkedShape(data.length, shape)));
    }

    /** Returns a FLOAT64 tensor of {@code shape} holding a copy of row-major {@code data}. */
    public Tensor fromArray(double[] data, int... shape) {
        return new Tensor(backend.fromDoubles(data, checkedShape(data.length, shape)));
    }

    /** Returns an INT64 tensor of {@code shape} holding a copy of row-major {@code data}. */
    public Tensor fromArray(long[] data, int... shape) {
        return new Tensor(backend.fromLongs(data, checkedShape(data.length, shape)));
    }

    // ---- Filled ----

    /** Returns FLOAT32 zeros. */
    public Tensor zeros(int... shape) {
        return full(0, DType.FLOAT32, shape);
    }

    /** Returns zeros of {@code dtype}. */
    public Tensor zeros(DType dtype, int... shape) {
        return full(0, dtype, shape);
    }

    /** Returns FLOAT32 ones. */
    public Tensor ones(int... shape) {
        return full(1, DType.FLOAT32, shape);
    }

    /** Returns ones of {@code dtype}. */
    public Tensor ones(DType dtype, int... shape) {
        return full(1, dtype, shape);
    }

    /** Returns a tensor of {@code dtype} with every element set to {@code value}. */
    public Tensor full(double value, DType dtype, int... shape) {
        checkRepresentable("full", value, dtype);
        return new Tensor(backend.full(Shape.of(shape), dtype, value));
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
        long span = step > 0 ? end - start : start - end;
        long stride = Math.abs(step);
        long count = span <= 0 ? 0 : (span - 1) / stride + 1;
        if (count > Shape.MAX_ELEMENTS) {
            throw new IllegalArgumentException("arange(" + start + ", " + end + ", " + step + ") has " + count
                    + " elements, more than a Java array can hold (" + Shape.MAX_ELEMENTS + ")");
        }
        long[] values = new long[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = start + i * step;
        }
        return fromArray(values, values.length);
    }

    // ---- Random ----

    /** Returns FLOAT32 values uniform in [0, 1) from {@code generator}. */
    public Tensor rand(Generator generator, int... shape) {
        float[] values = new float[Shape.of(shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = generator.nextFloat();
        }
        return fromArray(values, shape);
    }

    /** Returns values of {@code dtype} uniform in [0, 1) from {@code generator}. */
    public Tensor rand(Generator generator, DType dtype, int... shape) {
        if (dtype == DType.FLOAT32) {
            return rand(generator, shape);
        }
        requireFloatingPoint("rand", dtype);
        double[] values = new double[Shape.of(shape).size()];
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
        int size = Shape.of(shape).size();
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
        long[] values = new long[Shape.of(shape).size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + generator.nextLong(high - low);
        }
        return fromArray(values, shape);
    }

    /** Returns a random permutation of {@code 0 .. n-1} as INT64. */
    public Tensor randperm(Generator generator, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("randperm: n must be >= 0 but was " + n);
        }
        int[] order = generator.permutation(n);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = order[i];
        }
        return fromArray(values, n);
    }

    private static void requireFloatingPoint(String op, DType dtype) {
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": expected a floating-point dtype but got " + dtype
                    + "; use randint for integers");
        }
    }

    private static Shape checkedShape(int length, int[] dims) {
        Shape shape = Shape.of(dims);
        if (shape.size() != length) {
            throw new IllegalArgumentException("the data has " + length + " elements but shape " + shape
                    + " needs " + shape.size() + "; pass data of the shape's size");
        }
        return shape;
    }

    private static int columns(int rows, int firstRowLength) {
        return rows == 0 ? 0 : firstRowLength;
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
