package org.grad4j.nd4j;

import java.util.Arrays;
import org.grad4j.backend.ReduceOp;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reductions on ND4J's native reduce ops, with corrections where ND4J 1.0.0-M2.1 is wrong:
 * FLOAT32 SUM and MEAN run on a DOUBLE copy, because ND4J accumulates floats in float (a
 * million times 0.1f sums to 100354 instead of 100000). MAX and MIN set NaN on every slice that
 * contains one, because ND4J skips NaN. INT64 MAX and MIN run in Java, and so do zero-size inputs,
 * on which most ND4J reductions throw.
 */
final class ReduceKernels {
    private ReduceKernels() {
    }

    static Nd4jArray reduce(Nd4jBackend backend, ReduceOp op, Nd4jArray x, int[] dims, boolean keepDim) {
        if (op == ReduceOp.MEAN && x.dtype == DType.INT64) {
            throw backend.unsupported(op.label(), x.dtype);
        }
        int rank = x.shape.rank();
        int[] axes = dims.length == 0 ? allDims(rank) : dims;
        Shape kept = keptShape(x.shape, axes);
        Shape result = keepDim ? kept : removedShape(x.shape, axes);

        if (x.shape.size() == 0) {
            return backend.full(result, x.dtype, emptyValue(op, x.dtype));
        }
        if (axes.length == 0) {
            // A 0-d input: every reduction of one element is that element.
            return new Nd4jArray(backend, x.array.dup('c'), result);
        }
        if (x.dtype == DType.INT64 && (op == ReduceOp.MAX || op == ReduceOp.MIN)) {
            // ND4J starts an INT64 max at Long.MIN_VALUE + 1, so it misses Long.MIN_VALUE.
            return new Nd4jArray(backend, longExtremum(op, x, axes, result), result);
        }
        INDArray reduced = reduceKeepingDims(op, x, axes);
        if ((op == ReduceOp.MAX || op == ReduceOp.MIN) && x.dtype.isFloatingPoint()
                && ValueChecks.mayHaveNaN(x.array)) {
            reduced = withNaNSlices(reduced, x.array, axes, kept);
        }
        boolean shaped = Arrays.equals(reduced.shape(), NativeData.toLongs(result));
        return new Nd4jArray(backend, shaped ? reduced : Views.reshape(reduced, result), result);
    }

    /** Returns the reduction with every reduced dimension kept as size 1, in a new contiguous array. */
    private static INDArray reduceKeepingDims(ReduceOp op, Nd4jArray x, int[] axes) {
        if (x.dtype == DType.FLOAT32 && (op == ReduceOp.SUM || op == ReduceOp.MEAN)) {
            INDArray wide = x.array.castTo(DataType.DOUBLE);
            INDArray sum = op == ReduceOp.SUM ? wide.sum(true, axes) : wide.mean(true, axes);
            INDArray out = sum.castTo(DataType.FLOAT);
            wide.close();
            sum.close();
            return out;
        }
        switch (op) {
            case SUM:
                return x.array.sum(true, axes);
            case MEAN:
                return x.array.mean(true, axes);
            case MAX:
                return x.array.max(true, axes);
            default:
                return x.array.min(true, axes);
        }
    }

    /** Returns a copy of {@code reduced} with NaN in each slice of {@code x} that contains a NaN. */
    private static INDArray withNaNSlices(INDArray reduced, INDArray x, int[] axes, Shape kept) {
        long[] nanCounts = ValueChecks.nanCountsPerSlice(x, axes);
        INDArray out;
        if (reduced.dataType() == DataType.DOUBLE) {
            double[] values = NativeData.readDoubles(reduced);
            for (int i = 0; i < values.length; i++) {
                values[i] = nanCounts[i] > 0 ? Double.NaN : values[i];
            }
            out = NativeData.fromDoubles(values, kept);
        } else {
            float[] values = NativeData.readFloats(reduced);
            for (int i = 0; i < values.length; i++) {
                values[i] = nanCounts[i] > 0 ? Float.NaN : values[i];
            }
            out = NativeData.fromFloats(values, kept);
        }
        reduced.close();
        return out;
    }

    /** Returns the INT64 max or min over {@code axes}, computed in Java on a copy of x. */
    private static INDArray longExtremum(ReduceOp op, Nd4jArray x, int[] axes, Shape result) {
        int[] dims = x.shape.toArray();
        int[] slotStrides = keptShape(x.shape, axes).contiguousStrides();
        for (int axis : axes) {
            slotStrides[axis] = 0;
        }
        long[] values = NativeData.readLongs(x.array);
        long[] out = new long[result.size()];
        Arrays.fill(out, op == ReduceOp.MAX ? Long.MIN_VALUE : Long.MAX_VALUE);
        int[] counter = new int[dims.length];
        int slot = 0;
        for (long value : values) {
            out[slot] = op == ReduceOp.MAX ? Math.max(out[slot], value) : Math.min(out[slot], value);
            for (int d = dims.length - 1; d >= 0; d--) {
                counter[d]++;
                slot += slotStrides[d];
                if (counter[d] < dims[d]) {
                    break;
                }
                slot -= slotStrides[d] * dims[d];
                counter[d] = 0;
            }
        }
        return NativeData.fromLongs(out, result);
    }

    /** Returns what each reduction gives over no elements, as the pure backend does. */
    private static double emptyValue(ReduceOp op, DType dtype) {
        switch (op) {
            case SUM:
                return 0;
            case MEAN:
                return Double.NaN;
            case MAX:
                return dtype == DType.INT64 ? Long.MIN_VALUE : Double.NEGATIVE_INFINITY;
            default:
                return dtype == DType.INT64 ? Long.MAX_VALUE : Double.POSITIVE_INFINITY;
        }
    }

    private static int[] allDims(int rank) {
        int[] all = new int[rank];
        for (int i = 0; i < rank; i++) {
            all[i] = i;
        }
        return all;
    }

    private static Shape keptShape(Shape shape, int[] axes) {
        int[] dims = shape.toArray();
        for (int axis : axes) {
            dims[axis] = 1;
        }
        return Shape.of(dims);
    }

    private static Shape removedShape(Shape shape, int[] axes) {
        boolean[] reduced = new boolean[shape.rank()];
        for (int axis : axes) {
            reduced[axis] = true;
        }
        int[] dims = new int[shape.rank() - axes.length];
        for (int d = 0, j = 0; d < reduced.length; d++) {
            if (!reduced[d]) {
                dims[j++] = shape.dim(d);
            }
        }
        return Shape.of(dims);
    }
}
