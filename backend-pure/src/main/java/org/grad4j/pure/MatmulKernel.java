package org.grad4j.pure;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;

/**
 * Batched matrix product in the i-k-j loop order, which streams rows of the right operand and
 * of the result so the inner loop runs over contiguous memory. Operands that are not contiguous
 * are copied first. FLOAT32 accumulates in float, as BLAS does.
 */
final class MatmulKernel {
    private MatmulKernel() {
    }

    static PureArray matmul(PureArray a, PureArray b) {
        int rank = a.shape.rank();
        int m = a.shape.dim(rank - 2);
        int k = a.shape.dim(rank - 1);
        int n = b.shape.dim(rank - 1);
        int[] outDims = a.shape.toArray();
        outDims[rank - 1] = n;
        Shape outShape = Shape.of(outDims);
        PureArray out = PureArray.allocate(a.backend, outShape, a.dtype);
        if (outShape.size() == 0) {
            return out;
        }
        PureArray left = LayoutKernels.contiguous(a);
        PureArray right = LayoutKernels.contiguous(b);
        int batches = outShape.size() / (m * n);
        for (int batch = 0; batch < batches; batch++) {
            int ao = left.offset + batch * m * k;
            int bo = right.offset + batch * k * n;
            int oo = batch * m * n;
            if (a.dtype == DType.FLOAT32) {
                multiply(left.floats, ao, right.floats, bo, out.floats, oo, m, k, n);
            } else if (a.dtype == DType.FLOAT64) {
                multiply(left.doubles, ao, right.doubles, bo, out.doubles, oo, m, k, n);
            } else {
                multiply(left.longs, ao, right.longs, bo, out.longs, oo, m, k, n);
            }
        }
        return out;
    }

    private static void multiply(float[] a, int ao, float[] b, int bo, float[] c, int co, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int row = co + i * n;
            for (int p = 0; p < k; p++) {
                float aip = a[ao + i * k + p];
                int brow = bo + p * n;
                for (int j = 0; j < n; j++) {
                    c[row + j] += aip * b[brow + j];
                }
            }
        }
    }

    private static void multiply(double[] a, int ao, double[] b, int bo, double[] c, int co, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int row = co + i * n;
            for (int p = 0; p < k; p++) {
                double aip = a[ao + i * k + p];
                int brow = bo + p * n;
                for (int j = 0; j < n; j++) {
                    c[row + j] += aip * b[brow + j];
                }
            }
        }
    }

    private static void multiply(long[] a, int ao, long[] b, int bo, long[] c, int co, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int row = co + i * n;
            for (int p = 0; p < k; p++) {
                long aip = a[ao + i * k + p];
                int brow = bo + p * n;
                for (int j = 0; j < n; j++) {
                    c[row + j] += aip * b[brow + j];
                }
            }
        }
    }
}
