package org.grad4j.tensor;

import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;

/** Matrix products, with their backward rules. */
final class LinalgOps {
    private LinalgOps() {
    }

    /**
     * Matrix product with the semantics of {@code torch.matmul}: 1-D operands are treated as a
     * row (first) or column (second) vector and that dimension is removed from the result;
     * leading batch dimensions broadcast.
     */
    static Tensor matmul(Tensor a, Tensor b) {
        Backend backend = Graph.backendOf("matmul", a, b);
        Shape sa = a.shape();
        Shape sb = b.shape();
        if (sa.rank() == 0 || sb.rank() == 0) {
            throw new IllegalArgumentException("matmul: shapes " + sa + " and " + sb
                    + " cannot be multiplied, because both operands need at least one dimension; use mul for scalars");
        }
        int k1 = sa.dim(-1);
        int k2 = sb.rank() == 1 ? sb.dim(0) : sb.dim(-2);
        if (k1 != k2) {
            throw new IllegalArgumentException("matmul: shapes " + sa + " and " + sb
                    + " cannot be multiplied: the last dimension of the first (" + k1 + ") must equal the "
                    + (sb.rank() == 1 ? "size of the second (" : "second-to-last dimension of the second (")
                    + k2 + ")");
        }
        DType dtype = DType.promote(a.dtype(), b.dtype());
        Tensor x = sa.rank() == 1 ? a.cast(dtype).unsqueeze(0) : a.cast(dtype);
        Tensor y = sb.rank() == 1 ? b.cast(dtype).unsqueeze(1) : b.cast(dtype);

        Shape batch = broadcastBatch(sa, sb, batchShape(x.shape()), batchShape(y.shape()));
        // Checks the product's size here, so a result too large for a Java array names matmul.
        int[] productDims = withMatrix(batch, x.shape());
        productDims[productDims.length - 1] = y.shape().dim(-1);
        Shape.of("matmul", productDims);
        x = x.expand(withMatrix(batch, x.shape()));
        y = y.expand(withMatrix(batch, y.shape()));

        Tensor product = batchedMatmul(backend, x, y);
        if (sb.rank() == 1) {
            product = product.squeeze(-1);
        }
        if (sa.rank() == 1) {
            product = product.squeeze(sb.rank() == 1 ? -1 : -2);
        }
        return product;
    }

    /** Both operands have the same rank >= 2 and equal batch dimensions. */
    private static Tensor batchedMatmul(Backend backend, Tensor x, Tensor y) {
        NDArray data = backend.matmul(x.data(), y.data());
        return Graph.record("matmul", data, (g, needs) -> new Tensor[] {
            needs[0] ? batchedMatmul(backend, g, y.transpose(-1, -2)) : null,
            needs[1] ? batchedMatmul(backend, x.transpose(-1, -2), g) : null}, x, y);
    }

    /** Broadcasts the batch dimensions; the error names both operands' full shapes, not only their batch parts. */
    private static Shape broadcastBatch(Shape sa, Shape sb, Shape batchA, Shape batchB) {
        try {
            return Shape.broadcast("matmul", batchA, batchB);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("matmul: shapes " + sa + " and " + sb
                    + " cannot be multiplied, because their batch dimensions " + batchA + " and " + batchB
                    + " cannot be broadcast together; each pair of batch sizes must match or contain a 1", e);
        }
    }

    private static Shape batchShape(Shape shape) {
        int[] dims = new int[shape.rank() - 2];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = shape.dim(i);
        }
        return Shape.of(dims);
    }

    private static int[] withMatrix(Shape batch, Shape matrix) {
        int[] dims = new int[batch.rank() + 2];
        for (int i = 0; i < batch.rank(); i++) {
            dims[i] = batch.dim(i);
        }
        dims[batch.rank()] = matrix.dim(-2);
        dims[batch.rank() + 1] = matrix.dim(-1);
        return dims;
    }
}
