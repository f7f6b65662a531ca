package org.grad4j.backend;

import java.util.List;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * The service a backend implements: it makes and reads its own arrays and runs forward kernels
 * on them. A backend has no gradient code: autograd lives in core and composes these kernels.
 *
 * <p>Core validates shapes, dtypes and dimensions before it calls a kernel, so each method lists
 * the preconditions it may assume. The backend checks two things itself, through
 * {@link Kernels} so that every backend gives the same message: index values, because reading
 * them is the backend's job, and that the result of {@link #binaryInPlace} fits its target.
 * Every kernel must accept zero-size arrays, 0-d arrays and arrays that are views (transposed,
 * sliced or expanded), and must leave its inputs unchanged (except the target of
 * {@link #binaryInPlace}). The view kernels (reshape, permute, expand,
 * slice) may share storage with their input, so an in-place update is visible through them, as
 * in PyTorch. Every kernel returns a new {@link NDArray} object, never one of its inputs, because
 * core releases the arrays a {@code MemoryScope} created and must not release an input with them.
 *
 * <p>To write a backend: implement this interface and {@link NDArray}, wrap it in a
 * {@code BackendModule} listed in {@code META-INF/services}, and run the conformance suite from
 * core's test-jar by subclassing it with one class that returns your backend. A kernel that a
 * backend cannot run for a dtype throws {@link UnsupportedOperationException} through
 * {@link #unsupported}, and the suite reports the test as skipped.
 */
public interface Backend {
    /** Returns the name users select the backend by, such as {@code pure} or {@code nd4j}. */
    String name();

    /** Copies row-major FLOAT32 data into a new array; {@code data.length == shape.size()}. */
    NDArray fromFloats(float[] data, Shape shape);

    /** Copies row-major FLOAT64 data into a new array; {@code data.length == shape.size()}. */
    NDArray fromDoubles(double[] data, Shape shape);

    /** Copies row-major INT64 data into a new array; {@code data.length == shape.size()}. */
    NDArray fromLongs(long[] data, Shape shape);

    /** Returns a new array with every element set to {@code value}, converted to {@code dtype}. */
    NDArray full(Shape shape, DType dtype, double value);

    /** Returns a contiguous copy of {@code x} that shares no storage with it. */
    NDArray copy(NDArray x);

    /** Copies a FLOAT32 array out in row-major order. */
    float[] toFloats(NDArray x);

    /** Copies a FLOAT64 array out in row-major order. */
    double[] toDoubles(NDArray x);

    /** Copies an INT64 array out in row-major order. */
    long[] toLongs(NDArray x);

    /**
     * Applies an elementwise op. Floating-point-only ops are called on FLOAT32 and FLOAT64
     * arrays only.
     */
    NDArray unary(UnaryOp op, NDArray x);

    /**
     * Applies an elementwise op with NumPy broadcasting. Preconditions: same dtype, broadcastable
     * shapes; DIV and POW on floating-point arrays only.
     */
    NDArray binary(BinaryOp op, NDArray a, NDArray b);

    /**
     * Replaces {@code self} with {@code op(self, other)}. This is the one kernel that changes an
     * array; optimizers use it to update parameters. Preconditions: same dtype.
     *
     * @throws IllegalArgumentException if broadcasting {@code other} against {@code self} gives
     *     a shape other than {@code self}'s, leaving {@code self} unchanged; see
     *     {@link Kernels#checkInPlace}
     */
    void binaryInPlace(BinaryOp op, NDArray self, NDArray other);

    /**
     * Reduces over {@code dims}. Preconditions: dims are distinct, sorted and in range, and may
     * be empty (then every dimension is reduced); MEAN only on floating-point arrays; MAX and MIN
     * only where every reduced slice is non-empty. With {@code keepDim} the reduced dimensions
     * stay as size 1, otherwise they are removed. The result has the input's dtype.
     */
    NDArray reduce(ReduceOp op, NDArray x, int[] dims, boolean keepDim);

    /**
     * Multiplies matrices in the last two dimensions: {@code [..., m, k] x [..., k, n] ->
     * [..., m, n]}. Preconditions: same dtype, same rank of at least 2, equal leading (batch)
     * dimensions, matching {@code k}.
     */
    NDArray matmul(NDArray a, NDArray b);

    /**
     * Gathers rows of {@code source} along dimension 0. The result has shape
     * {@code index.shape + source.shape[1:]}. Preconditions: {@code source} has rank at least 1
     * and {@code index} is INT64. Negative indices count from the end.
     *
     * @throws IndexOutOfBoundsException for an index outside {@code [-n, n)}, through
     *     {@link Kernels#checkIndex}, before anything is gathered
     */
    NDArray indexSelect(NDArray source, NDArray index);

    /**
     * Returns an array of {@code shape} filled with zeros to which each row of {@code source} is
     * added at the row {@code index} names; repeated indices add up. This is the backward of
     * {@link #indexSelect}. Preconditions: {@code index} is INT64, {@code source.shape ==
     * index.shape + shape[1:]}; the result has {@code source}'s dtype. The sum must not depend
     * on thread timing.
     *
     * @throws IndexOutOfBoundsException as {@link #indexSelect}
     */
    NDArray indexAdd(Shape shape, NDArray index, NDArray source);

    /** Converts to another dtype; floating point to INT64 truncates toward zero. */
    NDArray cast(NDArray x, DType dtype);

    /** Returns the elements in row-major order under a new shape of the same size. */
    NDArray reshape(NDArray x, Shape shape);

    /** Reorders dimensions: result dimension i is input dimension {@code axes[i]}. */
    NDArray permute(NDArray x, int[] axes);

    /**
     * Broadcasts to {@code shape}. Preconditions: {@code Shape.broadcast(x.shape, shape) ==
     * shape}.
     */
    NDArray expand(NDArray x, Shape shape);

    /**
     * Selects positions {@code start, start + step, ...} below {@code end} of dimension
     * {@code dim}. Preconditions: {@code 0 <= start <= end <= size}, {@code step >= 1}.
     */
    NDArray slice(NDArray x, int dim, int start, int end, int step);

    /**
     * Joins arrays along {@code dim}. Preconditions: at least one array, same dtype and rank,
     * equal sizes in every other dimension.
     */
    NDArray concat(List<NDArray> arrays, int dim);

    /**
     * Sorts along {@code dim}, NaN last in ascending order and first in descending order.
     * The sort is stable in both directions: equal values keep their input order.
     */
    SortResult sort(NDArray x, int dim, boolean descending);

    /**
     * Returns the exception a kernel throws for an op it does not support on a dtype.
     */
    default UnsupportedOperationException unsupported(String op, DType dtype) {
        return new UnsupportedOperationException(op + " is not supported for dtype " + dtype
                + " on the " + name() + " backend");
    }
}
