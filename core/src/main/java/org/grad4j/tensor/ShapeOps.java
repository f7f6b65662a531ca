package org.grad4j.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.grad4j.backend.Backend;
import org.grad4j.backend.NDArray;

/** Ops that rearrange elements without computing new values, with their backward rules. */
final class ShapeOps {
    private ShapeOps() {
    }

    static Tensor reshape(Tensor x, int[] dims) {
        Objects.requireNonNull(dims, "reshape: the new shape is null; pass the new sizes, with -1 for one size"
                + " to infer");
        Shape target = inferShape(x.shape(), dims);
        if (target.equals(x.shape())) {
            return x;
        }
        NDArray data = x.data().backend().reshape(x.data(), target);
        return Graph.recordView("reshape", data, (g, needs) -> new Tensor[] {g.reshape(x.shape())}, x);
    }

    static Tensor unsqueeze(Tensor x, int dim) {
        int d = Shape.normalizeDim("unsqueeze", dim, x.shape().rank() + 1);
        int[] dims = new int[x.shape().rank() + 1];
        for (int i = 0, j = 0; i < dims.length; i++) {
            dims[i] = i == d ? 1 : x.shape().dim(j++);
        }
        return reshape(x, dims);
    }

    static Tensor squeeze(Tensor x, int dim) {
        int d = x.shape().normalizeDim("squeeze", dim);
        if (x.shape().dim(d) != 1) {
            return x;
        }
        int[] dims = new int[x.shape().rank() - 1];
        for (int i = 0, j = 0; i < x.shape().rank(); i++) {
            if (i != d) {
                dims[j++] = x.shape().dim(i);
            }
        }
        return reshape(x, dims);
    }

    static Tensor squeezeAll(Tensor x) {
        return reshape(x, Arrays.stream(x.shape().toArray()).filter(size -> size != 1).toArray());
    }

    static Tensor permute(Tensor x, int[] axes) {
        Objects.requireNonNull(axes, "permute: the axes are null; pass every dimension once in the new order");
        int rank = x.shape().rank();
        if (axes.length != rank) {
            throw new IllegalArgumentException("permute: expected " + rank + " dimensions for shape " + x.shape()
                    + " but got " + Arrays.toString(axes) + "; list every dimension once");
        }
        int[] normalized = new int[rank];
        int[] inverse = new int[rank];
        boolean[] seen = new boolean[rank];
        for (int i = 0; i < rank; i++) {
            normalized[i] = Shape.normalizeDim("permute", axes[i], rank);
            if (seen[normalized[i]]) {
                throw new IllegalArgumentException("permute: dimension " + axes[i] + " appears more than once in "
                        + Arrays.toString(axes) + "; list every dimension once");
            }
            seen[normalized[i]] = true;
            inverse[normalized[i]] = i;
        }
        NDArray data = x.data().backend().permute(x.data(), normalized);
        return Graph.recordView("permute", data, (g, needs) -> new Tensor[] {g.permute(inverse)}, x);
    }

    static Tensor transpose(Tensor x, int dim0, int dim1) {
        int rank = x.shape().rank();
        int a = Shape.normalizeDim("transpose", dim0, rank);
        int b = Shape.normalizeDim("transpose", dim1, rank);
        int[] axes = new int[rank];
        Arrays.setAll(axes, i -> i);
        axes[a] = b;
        axes[b] = a;
        return permute(x, axes);
    }

    /** Broadcasts x to dims; the backward rule passes the gradient on, and the engine sums it over the expanded dimensions. */
    static Tensor expand(Tensor x, int[] dims) {
        Objects.requireNonNull(dims, "expand: the new shape is null; pass the sizes to broadcast to");
        Shape target = Shape.of("expand", dims);
        Shape result;
        try {
            result = Shape.broadcast("expand", x.shape(), target);
        } catch (IllegalArgumentException e) {
            result = null;
        }
        if (!target.equals(result)) {
            throw new IllegalArgumentException("expand: cannot expand shape " + x.shape() + " to " + target
                    + "; only dimensions of size 1 can grow, and new dimensions go in front");
        }
        if (target.equals(x.shape())) {
            return x;
        }
        NDArray data = x.data().backend().expand(x.data(), target);
        return Graph.recordView("expand", data, (g, needs) -> new Tensor[] {g}, x);
    }

    static Tensor slice(Tensor x, int dim, int start, int end, int step) {
        int d = x.shape().normalizeDim("slice", dim);
        int size = x.shape().dim(d);
        if (step < 1) {
            throw new IllegalArgumentException("slice: step " + step + " is invalid; expected a step >= 1");
        }
        int from = resolveBound("start", start, d, size);
        int to = resolveBound("end", end, d, size);
        if (to < from) {
            throw new IllegalArgumentException("slice: end " + end + " comes before start " + start
                    + " in dimension " + d + " of size " + size + "; expected start <= end");
        }
        NDArray data = x.data().backend().slice(x.data(), d, from, to, step);
        return Graph.recordView("slice", data, (g, needs) -> {
            int count = g.shape().dim(d);
            long[] positions = new long[count];
            for (int i = 0; i < count; i++) {
                positions[i] = from + (long) i * step;
            }
            Tensor index = new Tensors(x.data().backend()).fromArray(positions, count);
            return new Tensor[] {IndexOps.indexAddAlong(x.shape(), d, index, g)};
        }, x);
    }

    /**
     * Resolves a slice bound, counting negative values from the end. Unlike Python, bounds
     * outside the dimension are an error rather than clamped, so an off-by-one shows at once.
     */
    private static int resolveBound(String name, int bound, int dim, int size) {
        if (bound < -size || bound > size) {
            throw new IndexOutOfBoundsException("slice: " + name + " " + bound + " is out of bounds for dimension "
                    + dim + " with size " + size + "; expected a value in [" + -size + ", " + size + "]");
        }
        return bound < 0 ? bound + size : bound;
    }

    static Tensor select(String op, Tensor x, int dim, long index) {
        if (x.shape().rank() == 0) {
            throw new IllegalArgumentException(op + ": a 0-d tensor has no dimension to select from;"
                    + " use item() to read its value");
        }
        int d = x.shape().normalizeDim(op, dim);
        int i = org.grad4j.backend.Kernels.checkIndex(op, index, d, x.shape().dim(d));
        return squeeze(slice(x, d, i, i + 1, 1), d);
    }

    static Tensor cat(List<Tensor> tensors, int dim) {
        checkTensorList("cat", tensors);
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("cat: expected at least one tensor but the list is empty");
        }
        Tensor first = tensors.get(0);
        int rank = first.shape().rank();
        int d = Shape.normalizeDim("cat", dim, rank);
        DType dtype = first.dtype();
        long joined = 0;
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            Graph.backendOf("cat", first, t);
            checkCatShape(first.shape(), t.shape(), d, i);
            dtype = DType.promote(dtype, t.dtype());
            joined += t.shape().dim(d);
        }
        checkJoinedSize(first.shape(), d, joined);

        Backend backend = first.data().backend();
        List<Tensor> inputs = new ArrayList<>();
        List<NDArray> arrays = new ArrayList<>();
        for (Tensor t : tensors) {
            Tensor cast = t.cast(dtype);
            inputs.add(cast);
            arrays.add(cast.data());
        }
        NDArray data = backend.concat(arrays, d);
        Tensor[] inputArray = inputs.toArray(new Tensor[0]);
        return Graph.record("cat", data, (g, needs) -> {
            Tensor[] grads = new Tensor[inputArray.length];
            int offset = 0;
            for (int i = 0; i < inputArray.length; i++) {
                int length = inputArray[i].shape().dim(d);
                if (needs[i]) {
                    grads[i] = g.slice(d, offset, offset + length);
                }
                offset += length;
            }
            return grads;
        }, inputArray);
    }

    private static void checkTensorList(String op, List<Tensor> tensors) {
        Objects.requireNonNull(tensors, op + ": the list of tensors is null; pass a list of tensors");
        for (int i = 0; i < tensors.size(); i++) {
            if (tensors.get(i) == null) {
                throw new NullPointerException(op + ": tensor " + i + " in the list is null; pass only tensors");
            }
        }
    }

    /** Checks that the result of cat, {@code joined} long in dimension {@code dim}, fits a Java array. */
    private static void checkJoinedSize(Shape first, int dim, long joined) {
        if (joined > Shape.MAX_ELEMENTS) {
            throw new IllegalArgumentException("cat: the result would have size " + joined + " in dimension " + dim
                    + ", more than a Java array can hold (" + Shape.MAX_ELEMENTS + "); join fewer or smaller tensors");
        }
        int[] dims = first.toArray();
        dims[dim] = (int) joined;
        Shape.of("cat", dims);
    }

    private static void checkCatShape(Shape first, Shape other, int dim, int position) {
        boolean ok = first.rank() == other.rank();
        for (int i = 0; ok && i < first.rank(); i++) {
            ok = i == dim || first.dim(i) == other.dim(i);
        }
        if (!ok) {
            throw new IllegalArgumentException("cat: tensor " + position + " has shape " + other
                    + " but tensor 0 has shape " + first + "; all sizes except dimension " + dim + " must match");
        }
    }

    static Tensor stack(List<Tensor> tensors, int dim) {
        checkTensorList("stack", tensors);
        if (tensors.isEmpty()) {
            throw new IllegalArgumentException("stack: expected at least one tensor but the list is empty");
        }
        Shape first = tensors.get(0).shape();
        int d = Shape.normalizeDim("stack", dim, first.rank() + 1);
        List<Tensor> expanded = new ArrayList<>();
        for (int i = 0; i < tensors.size(); i++) {
            Tensor t = tensors.get(i);
            Graph.backendOf("stack", tensors.get(0), t);
            if (!t.shape().equals(first)) {
                throw new IllegalArgumentException("stack: tensor " + i + " has shape " + t.shape()
                        + " but tensor 0 has shape " + first + "; stack needs equal shapes");
            }
            expanded.add(unsqueeze(t, d));
        }
        return cat(expanded, d);
    }

    /** Resolves one -1 entry and checks that the element count is unchanged. */
    static Shape inferShape(Shape from, int[] dims) {
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == -1) {
                if (unknown >= 0) {
                    throw new IllegalArgumentException("reshape: only one dimension can be -1, but "
                            + Arrays.toString(dims) + " has more");
                }
                unknown = i;
            } else if (dims[i] < 0) {
                throw new IllegalArgumentException("reshape: size " + dims[i] + " in " + Arrays.toString(dims)
                        + " is invalid; sizes must be >= 0, or -1 for one size to infer");
            } else {
                // Saturates instead of overflowing, so a huge product never wraps to a match.
                known = dims[i] != 0 && known > Long.MAX_VALUE / dims[i] ? Long.MAX_VALUE : known * dims[i];
            }
        }
        int[] resolved = dims.clone();
        if (unknown >= 0) {
            if (known == 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + from + " (" + from.size()
                        + " elements) to " + Arrays.toString(dims) + ", because -1 could be any size when another"
                        + " size is 0; give every size explicitly");
            }
            if (known > Shape.MAX_ELEMENTS && from.size() > 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + from + " (" + from.size()
                        + " elements) to " + Arrays.toString(dims) + ", because the other sizes multiply to more"
                        + " than " + Shape.MAX_ELEMENTS + " elements");
            }
            if (from.size() % known != 0) {
                throw new IllegalArgumentException("reshape: cannot reshape " + from + " (" + from.size()
                        + " elements) to " + Arrays.toString(dims) + ", because " + from.size()
                        + " is not a multiple of " + known);
            }
            resolved[unknown] = (int) (from.size() / known);
            known = from.size();
        }
        if (known != from.size()) {
            String count = known > Shape.MAX_ELEMENTS ? "more than " + Shape.MAX_ELEMENTS : Long.toString(known);
            throw new IllegalArgumentException("reshape: cannot reshape " + from + " (" + from.size()
                    + " elements) to " + Arrays.toString(dims) + " (" + count
                    + " elements); the element count must stay the same");
        }
        return Shape.of(resolved);
    }
}
