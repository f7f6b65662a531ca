package org.grad4j.nd4j;

import java.lang.ref.Reference;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.grad4j.backend.Kernels;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row gather ({@code indexSelect}) and its backward, scatter-add ({@code indexAdd}), written in
 * Java rather than on ND4J's ops. On ND4J 1.0.0-M2.1 {@code gather} crashes the JVM on negative
 * or far out-of-range indices and is 20 to 100 times slower than copying rows, and
 * {@code scatter_add} loses updates on repeated indices because its threads race. Here every
 * index is checked before any row is read, and rows are added in index order, so the result
 * does not depend on thread timing.
 */
final class IndexKernels {
    private IndexKernels() {
    }

    static Nd4jArray indexSelect(Nd4jBackend backend, Nd4jArray source, Nd4jArray index) {
        int n = source.shape.dim(0);
        int[] rows = Kernels.checkRows("index", NativeData.readLongs(index.array), n);
        Shape shape = Kernels.gatherShape(index.shape, source.shape);
        if (shape.size() == 0) {
            return new Nd4jArray(backend, NativeData.allocate(source.dtype, shape), shape);
        }
        int rowSize = source.shape.size() / n;
        INDArray out = source.shape.size() <= 4L * shape.size()
                ? gatherOnHeap(source, rows, rowSize, shape)
                : gatherNative(source, rows, rowSize, shape);
        return new Nd4jArray(backend, out, shape);
    }

    /** Copies the whole source out once and gathers on the heap; best when most rows are read. */
    private static INDArray gatherOnHeap(Nd4jArray source, int[] rows, int rowSize, Shape shape) {
        Object from = NativeData.readStorage(source.array);
        Object to = NativeData.newStorage(source.dtype, shape.size());
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(from, rows[i] * rowSize, to, i * rowSize, rowSize);
        }
        return NativeData.fromStorage(to, shape);
    }

    /** Copies each selected row between native buffers; best when few rows of a large source are read. */
    private static INDArray gatherNative(Nd4jArray source, int[] rows, int rowSize, Shape shape) {
        INDArray src = NativeData.contiguous(source.array);
        INDArray out = NativeData.allocate(source.dtype, shape);
        long rowBytes = (long) rowSize * NativeData.elementBytes(source.dtype);
        // memcpy counts positions in bytes, so both pointers are byte pointers at the first element.
        BytePointer from = new BytePointer(src.data().addressPointer());
        BytePointer to = new BytePointer(out.data().addressPointer());
        for (int i = 0; i < rows.length; i++) {
            Pointer.memcpy(to.position(i * rowBytes), from.position(rows[i] * rowBytes), rowBytes);
        }
        Reference.reachabilityFence(src);
        Reference.reachabilityFence(out);
        NativeData.release(src, source.array);
        return out;
    }

    static Nd4jArray indexAdd(Nd4jBackend backend, Shape shape, Nd4jArray index, Nd4jArray source) {
        int n = shape.dim(0);
        int[] rows = Kernels.checkRows("indexAdd", NativeData.readLongs(index.array), n);
        if (shape.size() == 0) {
            return new Nd4jArray(backend, NativeData.allocate(source.dtype, shape), shape);
        }
        int rowSize = shape.size() / n;
        Object from = NativeData.readStorage(source.array);
        Object sums;
        // One thread adds the rows in index order, so repeated indices sum the same way every run.
        if (from instanceof float[]) {
            sums = addRows((float[]) from, rows, rowSize, shape.size());
        } else if (from instanceof double[]) {
            sums = addRows((double[]) from, rows, rowSize, shape.size());
        } else {
            sums = addRows((long[]) from, rows, rowSize, shape.size());
        }
        return new Nd4jArray(backend, NativeData.fromStorage(sums, shape), shape);
    }

    private static float[] addRows(float[] from, int[] rows, int rowSize, int size) {
        float[] out = new float[size];
        for (int i = 0; i < rows.length; i++) {
            int to = rows[i] * rowSize;
            int at = i * rowSize;
            for (int j = 0; j < rowSize; j++) {
                out[to + j] += from[at + j];
            }
        }
        return out;
    }

    private static double[] addRows(double[] from, int[] rows, int rowSize, int size) {
        double[] out = new double[size];
        for (int i = 0; i < rows.length; i++) {
            int to = rows[i] * rowSize;
            int at = i * rowSize;
            for (int j = 0; j < rowSize; j++) {
                out[to + j] += from[at + j];
            }
        }
        return out;
    }

    private static long[] addRows(long[] from, int[] rows, int rowSize, int size) {
        long[] out = new long[size];
        for (int i = 0; i < rows.length; i++) {
            int to = rows[i] * rowSize;
            int at = i * rowSize;
            for (int j = 0; j < rowSize; j++) {
                out[to + j] += from[at + j];
            }
        }
        return out;
    }
}
