package org.grad4j.tensor;

import java.util.Arrays;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.ReduceOp;

/** Reductions over chosen dimensions, with their backward rules. */
final class ReductionOps {
    private ReductionOps() {
    }

    static Tensor sum(Tensor x, int[] dims, boolean keepDim) {
        int[] axes = normalize("sum", x.shape(), dims);
        Shape kept = keptShape(x.shape(), axes);
        NDArray data = x.data().backend().reduce(ReduceOp.SUM, x.data(), axes, keepDim);
        return Graph.record("sum", data, (g, needs) -> new Tensor[] {
            g.reshape(kept).expand(x.shape())}, x);
    }

    static Tensor mean(Tensor x, int[] dims, boolean keepDim) {
        requireFloatingPoint("mean", x);
        int[] axes = normalize("mean", x.shape(), dims);
        Shape kept = keptShape(x.shape(), axes);
        double scale = 1.0 / reducedCount(x.shape(), axes);
        NDArray data = x.data().backend().reduce(ReduceOp.MEAN, x.data(), axes, keepDim);
        return Graph.record("mean", data, (g, needs) -> new Tensor[] {
            g.reshape(kept).mul(scale).expand(x.shape())}, x);
    }

    /**
     * Max or min. The gradient is shared evenly among the elements equal to the result, as
     * PyTorch's {@code amax} and full {@code max()} do.
     */
    static Tensor extremum(ReduceOp op, Tensor x, int[] dims, boolean keepDim) {
        String name = op.label();
        int[] axes = normalize(name, x.shape(), dims);
        Shape kept = keptShape(x.shape(), axes);
        if (reducedCount(x.shape(), axes) == 0 && kept.size() > 0) {
            throw new IllegalArgumentException(name + ": cannot reduce over an empty dimension of shape "
                    + x.shape() + " (dims " + Arrays.toString(axes) + "), because " + name
                    + " of no elements is undefined; check the tensor is not empty before reducing");
        }
        NDArray data = x.data().backend().reduce(op, x.data(), axes, keepDim);
        Tensor[] holder = new Tensor[1];
        Tensor out = Graph.record(name, data, (g, needs) -> {
            Tensor mask = x.eq(holder[0].reshape(kept));
            Tensor share = mask.div(mask.sum(axes, true));
            return new Tensor[] {g.reshape(kept).mul(share)};
        }, x);
        if (out.requiresGrad()) {
            holder[0] = out.detach();
        }
        return out;
    }

    private static void requireFloatingPoint(String op, Tensor x) {
        if (!x.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException(op + ": expected a floating-point tensor but got " + x.dtype()
                    + "; cast it first, for example with cast(DType.FLOAT32)");
        }
    }

    /** Returns sorted, distinct, non-negative dims; an empty array means every dimension. */
    static int[] normalize(String op, Shape shape, int[] dims) {
        if (dims == null) {
            throw new NullPointerException(op + ": the dimensions are null; pass the dimensions to reduce,"
                    + " or an empty array to reduce over all of them");
        }
        if (dims.length == 0) {
            int[] all = new int[shape.rank()];
            Arrays.setAll(all, i -> i);
            return all;
        }
        boolean[] seen = new boolean[shape.rank()];
        for (int dim : dims) {
            int d = shape.normalizeDim(op, dim);
            if (seen[d]) {
                throw new IllegalArgumentException(op + ": dimension " + dim + " appears more than once in "
                        + Arrays.toString(dims) + "; list each dimension once");
            }
            seen[d] = true;
        }
        int[] out = new int[dims.length];
        int n = 0;
        for (int d = 0; d < seen.length; d++) {
            if (seen[d]) {
                out[n++] = d;
            }
        }
        return out;
    }

    /** Returns the shape with every reduced dimension set to 1. */
    static Shape keptShape(Shape shape, int[] axes) {
        int[] dims = shape.toArray();
        for (int axis : axes) {
            dims[axis] = 1;
        }
        return Shape.of(dims);
    }

    private static long reducedCount(Shape shape, int[] axes) {
        long count = 1;
        for (int axis : axes) {
            count *= shape.dim(axis);
        }
        return count;
    }
}
