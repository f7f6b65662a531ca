package org.grad4j.tensor;

import java.util.List;
import org.grad4j.autograd.Engine;
import org.grad4j.autograd.Node;
import org.grad4j.backend.Backend;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.ReduceOp;

/**
 * An n-dimensional array with reverse-mode autograd, the value users compute with. A tensor
 * wraps a backend's {@link NDArray} and never changes it: every op returns a new tensor. Ops
 * record a graph when grad mode is on and an input requires grad, and {@link #backward()}
 * walks it.
 *
 * <p>Binary ops promote dtypes as PyTorch does (INT64 &lt; FLOAT32 &lt; FLOAT64) and broadcast
 * shapes under NumPy rules; shapes that cannot broadcast throw {@link IllegalArgumentException}
 * naming the op and both shapes. Create tensors with {@link Tensors}.
 *
 * <p>Tensors are not thread-safe: share them between threads only for reading.
 */
public class Tensor {
    private NDArray data;
    private final Node gradFn;
    private boolean requiresGrad;
    private boolean retainGrad;
    private boolean released;
    private Tensor grad;
    /** Count of in-place changes, shared with every tensor that views the same values. */
    private long[] version = new long[1];

    /** Creates a leaf that does not require grad around an array a kernel just made. */
    Tensor(NDArray data) {
        this(data, null, true);
    }

    /** Creates the output of a recorded op around an array a kernel just made. */
    Tensor(NDArray data, Node gradFn) {
        this(data, gradFn, true);
        this.requiresGrad = true;
    }

    /**
     * Creates a leaf holding {@code data}; used by subclasses such as {@code Parameter}. The
     * array is never released by a {@link MemoryScope}.
     */
    protected Tensor(NDArray data, boolean requiresGrad) {
        this(data, null, false);
        requiresGrad(requiresGrad);
    }

    private Tensor(NDArray data, Node gradFn, boolean fresh) {
        this.data = data;
        this.gradFn = gradFn;
        if (fresh) {
            MemoryScope.track(this);
        }
    }

    // ---- Properties ----

    /** Returns the sizes of the dimensions. */
    public Shape shape() {
        return data.shape();
    }

    /** Returns the element type. */
    public DType dtype() {
        return data.dtype();
    }

    /** Returns the backend that stores this tensor and runs its kernels. */
    public Backend backend() {
        return data.backend();
    }

    /**
     * Returns the backend array behind this tensor, for backends and extensions.
     *
     * @throws IllegalStateException if a {@link MemoryScope} released the array
     */
    public NDArray data() {
        if (released) {
            throw new IllegalStateException("this " + data.dtype() + " tensor of shape " + data.shape()
                    + " was released when the MemoryScope that created it closed; call MemoryScope.keep(tensor)"
                    + " inside the scope to use it afterwards");
        }
        return data;
    }

    /** Returns the array without the released check, for the scope's bookkeeping. */
    NDArray rawData() {
        return data;
    }

    /**
     * Returns how many times the values behind this tensor were changed in place. A tensor
     * shares the count with its views and with the tensors {@code detach()} returns, which share
     * its storage. The engine compares it with the count at the forward pass to detect values
     * that changed before backward.
     */
    public long version() {
        return version[0];
    }

    /** Records an in-place change of the values; called by in-place updates such as {@code Parameter}'s. */
    protected void bumpVersion() {
        version[0]++;
    }

    /** Makes this tensor share {@code source}'s version count, because it views the same values. */
    Tensor sharingVersionWith(Tensor source) {
        this.version = source.version;
        return this;
    }

    /** Returns true once a {@link MemoryScope} has released this tensor's array. */
    public boolean isReleased() {
        return released;
    }

    /** Marks the array as released; every later use of it throws. */
    void markReleased() {
        released = true;
    }

    /** Replaces the backend array, keeping autograd state; used by in-place updates of parameters. */
    protected void setData(NDArray newData) {
        this.data = newData;
    }

    // ---- Autograd ----

    /** Returns true if gradients flow to or through this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /**
     * Sets whether this leaf records gradients, and returns it.
     *
     * @throws IllegalStateException on a non-leaf, whose flag follows from its inputs
     * @throws IllegalArgumentException when enabling it on an INT64 tensor
     */
    public Tensor requiresGrad(boolean value) {
        if (gradFn != null) {
            throw new IllegalStateException("requiresGrad can be set on leaf tensors only, but this tensor was"
                    + " computed by " + gradFn.name() + "; use detach() to get a leaf");
        }
        if (value && !dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("only floating-point tensors can require grad, but this tensor is "
                    + dtype() + "; cast it first with cast(DType.FLOAT32)");
        }
        this.requiresGrad = value;
        return this;
    }

    /** Returns true if this tensor was not computed by a recorded op. */
    public boolean isLeaf() {
        return gradFn == null;
    }

    /** Returns the node of the op that computed this tensor, or null for a leaf. */
    public Node gradFn() {
        return gradFn;
    }

    /**
     * Returns the accumulated gradient: set on leaves that require grad, and on non-leaves after
     * {@link #retainGrad()}. Null until a backward call reaches this tensor or after zeroing.
     */
    public Tensor grad() {
        return grad;
    }

    /**
     * Replaces the accumulated gradient with a copy of {@code gradient}; null clears it. The
     * copy belongs to no memory scope, while {@code gradient} itself follows the usual scope
     * rules. Inside a {@link MemoryScope}, the replaced gradient is attached to the scope and
     * released when it closes. Because the stored gradient is a copy, this never frees the
     * tensor the caller passed in.
     *
     * @throws IllegalArgumentException if the gradient's shape or dtype differs from this
     *     tensor's, or it lives on another backend instance
     */
    public void setGrad(Tensor gradient) {
        if (gradient != null) {
            checkGradient(gradient);
        }
        if (grad != null) {
            MemoryScope.attach(grad);
        }
        if (gradient == null) {
            this.grad = null;
        } else {
            this.grad = MemoryScope.keep(new Tensor(backend().copy(gradient.data())));
        }
    }

    /**
     * Clears the accumulated gradient, as {@code Optimizer.zeroGrad()} does for each parameter.
     * Inside a {@link MemoryScope}, the old gradient is released when the scope closes.
     */
    public void zeroGrad() {
        setGrad(null);
    }

    private void checkGradient(Tensor gradient) {
        if (!gradient.shape().equals(shape())) {
            throw new IllegalArgumentException("setGrad: the gradient has shape " + gradient.shape()
                    + " but the tensor has shape " + shape() + "; they must be equal");
        }
        if (gradient.dtype() != dtype()) {
            throw new IllegalArgumentException("setGrad: the gradient has dtype " + gradient.dtype()
                    + " but the tensor has dtype " + dtype() + "; cast it with cast(DType." + dtype().name() + ")");
        }
        if (gradient.backend() != backend()) {
            throw new IllegalArgumentException("setGrad: the gradient and the tensor live on "
                    + org.grad4j.backend.Kernels.describeBackends(gradient.backend(), backend())
                    + "; copy the gradient with gradient.to(tensor.backend()) first");
        }
    }

    /** Makes this non-leaf keep its gradient in {@link #grad()} during backward calls. */
    public Tensor retainGrad() {
        if (!requiresGrad) {
            throw new IllegalStateException("retainGrad: the tensor does not require grad, so it never gets one");
        }
        retainGrad = true;
        return this;
    }

    /** Returns true if this tensor keeps its gradient although it is not a leaf. */
    public boolean retainsGrad() {
        return retainGrad;
    }

    /**
     * Back-propagates from this one-element tensor, adding d(this)/d(leaf) to every leaf's
     * gradient, and frees the graph.
     */
    public void backward() {
        Engine.backward(this, null, false);
    }

    /** As {@link #backward()}; with {@code retainGraph} the graph can be used again. */
    public void backward(boolean retainGraph) {
        Engine.backward(this, null, retainGraph);
    }

    /** Back-propagates {@code gradient}, which must have this tensor's shape, and frees the graph. */
    public void backward(Tensor gradient) {
        Engine.backward(this, gradient, false);
    }

    /** As {@link #backward(Tensor)}; with {@code retainGraph} the graph can be used again. */
    public void backward(Tensor gradient, boolean retainGraph) {
        Engine.backward(this, gradient, retainGraph);
    }

    /** Returns a leaf sharing this tensor's data that does not require grad. */
    public Tensor detach() {
        Tensor detached = new Tensor(data(), null, false).sharingVersionWith(this);
        MemoryScope.alias(detached, this);
        return detached;
    }

    // ---- Arithmetic ----

    /** Returns {@code this + other}, broadcast. */
    public Tensor add(Tensor other) {
        return ElementwiseOps.add(this, other);
    }

    /** Returns {@code this + value}. */
    public Tensor add(double value) {
        return add(scalarLike(value));
    }

    /** Returns {@code this + value}; an INT64 tensor stays INT64. */
    public Tensor add(long value) {
        return add(scalarLike(value));
    }

    /** Returns {@code this - other}, broadcast. */
    public Tensor sub(Tensor other) {
        return ElementwiseOps.sub(this, other);
    }

    /** Returns {@code this - value}. */
    public Tensor sub(double value) {
        return sub(scalarLike(value));
    }

    /** Returns {@code this - value}; an INT64 tensor stays INT64. */
    public Tensor sub(long value) {
        return sub(scalarLike(value));
    }

    /** Returns {@code value - this}. */
    public Tensor rsub(double value) {
        return scalarLike(value).sub(this);
    }

    /** Returns {@code this * other}, broadcast. */
    public Tensor mul(Tensor other) {
        return ElementwiseOps.mul(this, other);
    }

    /** Returns {@code this * value}. */
    public Tensor mul(double value) {
        return mul(scalarLike(value));
    }

    /** Returns {@code this * value}; an INT64 tensor stays INT64. */
    public Tensor mul(long value) {
        return mul(scalarLike(value));
    }

    /** Returns {@code this / other}, broadcast; INT64 operands give a FLOAT32 true quotient. */
    public Tensor div(Tensor other) {
        return ElementwiseOps.div(this, other);
    }

    /** Returns {@code this / value}. */
    public Tensor div(double value) {
        return div(scalarLike(value));
    }

    /** Returns {@code this} to the power {@code other}, broadcast, in floating point. */
    public Tensor pow(Tensor other) {
        return ElementwiseOps.pow(this, other);
    }

    /** Returns {@code this} to the power {@code exponent}, in floating point. */
    public Tensor pow(double exponent) {
        return pow(scalarLike(exponent));
    }

    /** Returns {@code -this}. */
    public Tensor neg() {
        return ElementwiseOps.neg(this);
    }

    /** Returns the elementwise larger of this and other, broadcast. */
    public Tensor maximum(Tensor other) {
        return ElementwiseOps.maximum(this, other);
    }

    /** Returns the elementwise smaller of this and other, broadcast. */
    public Tensor minimum(Tensor other) {
        return ElementwiseOps.minimum(this, other);
    }

    /**
     * Limits every element to {@code [min, max]}; NaN stays NaN, and an INT64 tensor becomes
     * FLOAT32. The gradient is 1 inside the closed interval and 0 outside.
     */
    public Tensor clamp(double min, double max) {
        if (Double.isNaN(min) || Double.isNaN(max)) {
            throw new IllegalArgumentException("clamp: min and max must be numbers but were " + min + " and " + max
                    + "; pass an infinity for a side without a bound");
        }
        if (min > max) {
            throw new IllegalArgumentException("clamp: min " + min + " is greater than max " + max
                    + "; expected min <= max");
        }
        return ElementwiseOps.clamp(this, min, max);
    }

    /** Returns {@code floor(this / other)}, rounding toward negative infinity; not differentiable. */
    public Tensor floorDivide(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.FLOOR_DIVIDE, this, other);
    }

    /** Returns the remainder of {@link #floorDivide}, which has the sign of {@code other}. */
    public Tensor remainder(Tensor other) {
        return ElementwiseOps.remainder(this, other);
    }

    // ---- Comparisons: 1 where true, 0 elsewhere, in the promoted dtype; never require grad ----

    /** Returns 1 where {@code this == other}, else 0. */
    public Tensor eq(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.EQ, this, other);
    }

    /** Returns 1 where {@code this != other}, else 0. */
    public Tensor ne(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.NE, this, other);
    }

    /** Returns 1 where {@code this < other}, else 0. */
    public Tensor lt(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.LT, this, other);
    }

    /** Returns 1 where {@code this <= other}, else 0. */
    public Tensor le(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.LE, this, other);
    }

    /** Returns 1 where {@code this > other}, else 0. */
    public Tensor gt(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.GT, this, other);
    }

    /** Returns 1 where {@code this >= other}, else 0. */
    public Tensor ge(Tensor other) {
        return ElementwiseOps.constantBinary(BinaryOp.GE, this, other);
    }

    // ---- Elementwise functions ----

    /** Returns e to the power of each element. */
    public Tensor exp() {
        return ElementwiseOps.exp(this);
    }

    /** Returns the natural logarithm of each element. */
    public Tensor log() {
        return ElementwiseOps.log(this);
    }

    /** Returns the square root of each element. */
    public Tensor sqrt() {
        return ElementwiseOps.sqrt(this);
    }

    /** Returns the sine of each element, in radians. */
    public Tensor sin() {
        return ElementwiseOps.sin(this);
    }

    /** Returns the cosine of each element, in radians. */
    public Tensor cos() {
        return ElementwiseOps.cos(this);
    }

    /** Returns the hyperbolic tangent of each element. */
    public Tensor tanh() {
        return ElementwiseOps.tanh(this);
    }

    /** Returns {@code max(this, 0)}; the gradient is 1 where the input is positive and 0 elsewhere, also at 0. */
    public Tensor relu() {
        return ElementwiseOps.relu(this);
    }

    /** Returns the absolute value of each element. */
    public Tensor abs() {
        return ElementwiseOps.abs(this);
    }

    /** Returns -1, 0 or 1 by the sign of each element. */
    public Tensor sign() {
        return ElementwiseOps.sign(this);
    }

    /** Rounds each element toward negative infinity, keeping the dtype. */
    public Tensor floor() {
        return ElementwiseOps.floor(this);
    }

    /** Rounds each element toward positive infinity, keeping the dtype. */
    public Tensor ceil() {
        return ElementwiseOps.ceil(this);
    }

    // ---- Reductions ----

    /** Returns the sum of all elements as a 0-d tensor; 0 for an empty tensor. */
    public Tensor sum() {
        return ReductionOps.sum(this, new int[0], false);
    }

    /** Sums over {@code dim}, keeping it as size 1 if {@code keepDim}. */
    public Tensor sum(int dim, boolean keepDim) {
        return ReductionOps.sum(this, new int[] {dim}, keepDim);
    }

    /** Sums over {@code dims}; an empty array sums over every dimension. */
    public Tensor sum(int[] dims, boolean keepDim) {
        return ReductionOps.sum(this, dims, keepDim);
    }

    /** Returns the mean of all elements as a 0-d tensor; NaN for an empty tensor. */
    public Tensor mean() {
        return ReductionOps.mean(this, new int[0], false);
    }

    /** Averages over {@code dim}, keeping it as size 1 if {@code keepDim}. */
    public Tensor mean(int dim, boolean keepDim) {
        return ReductionOps.mean(this, new int[] {dim}, keepDim);
    }

    /** Averages over {@code dims}; an empty array averages over every dimension. */
    public Tensor mean(int[] dims, boolean keepDim) {
        return ReductionOps.mean(this, dims, keepDim);
    }

    /** Returns the largest element as a 0-d tensor; throws for an empty tensor. */
    public Tensor max() {
        return ReductionOps.extremum(ReduceOp.MAX, this, new int[0], false);
    }

    /** Returns the largest values over {@code dim}, keeping it as size 1 if {@code keepDim}. */
    public Tensor max(int dim, boolean keepDim) {
        return ReductionOps.extremum(ReduceOp.MAX, this, new int[] {dim}, keepDim);
    }

    /** Returns the smallest element as a 0-d tensor; throws for an empty tensor. */
    public Tensor min() {
        return ReductionOps.extremum(ReduceOp.MIN, this, new int[0], false);
    }

    /** Returns the smallest values over {@code dim}, keeping it as size 1 if {@code keepDim}. */
    public Tensor min(int dim, boolean keepDim) {
        return ReductionOps.extremum(ReduceOp.MIN, this, new int[] {dim}, keepDim);
    }

    // ---- Linear algebra ----

    /**
     * Returns the matrix product, as {@code torch.matmul}: 2-D times 2-D, batched over leading
     * dimensions that broadcast, and 1-D operands treated as vectors.
     */
    public Tensor matmul(Tensor other) {
        return LinalgOps.matmul(this, other);
    }

    // ---- Shape ----

    /** Returns the same elements in row-major order under a new shape; one size may be -1. */
    public Tensor reshape(int... dims) {
        return ShapeOps.reshape(this, dims);
    }

    /** Returns the same elements under {@code shape}. */
    public Tensor reshape(Shape shape) {
        java.util.Objects.requireNonNull(shape, "reshape: the new shape is null; pass a Shape");
        return ShapeOps.reshape(this, shape.toArray());
    }

    /** Inserts a dimension of size 1 at {@code dim}, which may be negative. */
    public Tensor unsqueeze(int dim) {
        return ShapeOps.unsqueeze(this, dim);
    }

    /** Removes dimension {@code dim} if its size is 1, else returns this tensor. */
    public Tensor squeeze(int dim) {
        return ShapeOps.squeeze(this, dim);
    }

    /** Removes every dimension of size 1. */
    public Tensor squeeze() {
        return ShapeOps.squeezeAll(this);
    }

    /** Swaps two dimensions. */
    public Tensor transpose(int dim0, int dim1) {
        return ShapeOps.transpose(this, dim0, dim1);
    }

    /** Reorders the dimensions: result dimension i is this tensor's dimension {@code axes[i]}. */
    public Tensor permute(int... axes) {
        return ShapeOps.permute(this, axes);
    }

    /** Broadcasts to a larger shape without copying where the backend allows it. */
    public Tensor expand(int... dims) {
        return ShapeOps.expand(this, dims);
    }

    /** Broadcasts to {@code shape}. */
    public Tensor expand(Shape shape) {
        java.util.Objects.requireNonNull(shape, "expand: the new shape is null; pass a Shape");
        return ShapeOps.expand(this, shape.toArray());
    }

    /** Returns positions {@code [start, end)} of dimension {@code dim}; negative bounds count from the end. */
    public Tensor slice(int dim, int start, int end) {
        return ShapeOps.slice(this, dim, start, end, 1);
    }

    /** Returns positions {@code start, start + step, ...} below {@code end} of dimension {@code dim}. */
    public Tensor slice(int dim, int start, int end, int step) {
        return ShapeOps.slice(this, dim, start, end, step);
    }

    /** Returns the slice at {@code index} of dimension {@code dim}, removing that dimension. */
    public Tensor select(int dim, long index) {
        return ShapeOps.select("select", this, dim, index);
    }

    /** Returns row {@code index} of dimension 0; negative values count from the end. */
    public Tensor get(long index) {
        return ShapeOps.select("get", this, 0, index);
    }

    /** Joins tensors along an existing dimension. */
    public static Tensor cat(List<Tensor> tensors, int dim) {
        return ShapeOps.cat(tensors, dim);
    }

    /** Joins tensors of equal shape along a new dimension. */
    public static Tensor stack(List<Tensor> tensors, int dim) {
        return ShapeOps.stack(tensors, dim);
    }

    // ---- Indexing and sorting ----

    /**
     * Gathers rows by an INT64 index tensor of any shape: the result has shape
     * {@code index.shape + this.shape[1:]}. Negative indices count from the end; indices outside
     * {@code [-n, n)} throw. Gradients of repeated rows add up.
     */
    public Tensor index(Tensor index) {
        return IndexOps.index(this, index);
    }

    /** Sorts along {@code dim}, stably; see {@link Sorted}. */
    public Sorted sort(int dim, boolean descending) {
        return IndexOps.sort(this, dim, descending);
    }

    // ---- Conversion ----

    /** Converts to {@code dtype}; floating point to INT64 truncates toward zero. */
    public Tensor cast(DType dtype) {
        java.util.Objects.requireNonNull(dtype, "cast: dtype is null; pass a DType such as DType.FLOAT32");
        if (dtype == dtype()) {
            return this;
        }
        DType from = dtype();
        return Graph.record("cast", backend().cast(data(), dtype), (g, needs) -> new Tensor[] {g.cast(from)}, this);
    }

    /**
     * Returns a tensor with a copy of the values that shares no storage with this one. The
     * gradient passes through unchanged, as for PyTorch's {@code clone()}.
     */
    public Tensor copy() {
        return Graph.record("copy", backend().copy(data()), (g, needs) -> new Tensor[] {g}, this);
    }

    /** Returns the value of a one-element tensor as a double. */
    public double item() {
        checkOneElement("item");
        return toDoubleArray()[0];
    }

    /**
     * Returns the value of a one-element tensor as a long, truncating toward zero.
     *
     * @throws ArithmeticException for NaN, an infinity or a value outside the long range, which
     *     have no long value
     */
    public long longItem() {
        checkOneElement("longItem");
        if (dtype() == DType.INT64) {
            return toLongArray()[0];
        }
        double value = toDoubleArray()[0];
        if (!(value >= -0x1p63 && value < 0x1p63)) {
            throw new ArithmeticException("longItem: the value " + value + " has no long value; use item() to"
                    + " read it as a double");
        }
        return (long) value;
    }

    /**
     * Copies the elements out in row-major order as floats, converting as Java's casts do. Like
     * every read of values, it is not an op: it records no graph and passes no anomaly check.
     */
    public float[] toFloatArray() {
        return ArrayCopies.toFloats(data());
    }

    /** Copies the elements out in row-major order as doubles, converting as Java's casts do. */
    public double[] toDoubleArray() {
        return ArrayCopies.toDoubles(data());
    }

    /**
     * Copies the elements out in row-major order as longs, converting as Java's casts do:
     * floating-point values truncate toward zero, and NaN gives 0.
     */
    public long[] toLongArray() {
        return ArrayCopies.toLongs(data());
    }

    /**
     * Returns a copy of this tensor's values on {@code target}, as a leaf without grad. On the
     * backend instance this tensor already lives on it returns {@link #detach()}, which shares
     * the storage, so a later in-place update of a parameter shows through it.
     */
    public Tensor to(Backend target) {
        java.util.Objects.requireNonNull(target, "to: the target backend is null; pass a backend such as"
                + " tensors.backend()");
        if (target == backend()) {
            return detach();
        }
        Tensors tensors = new Tensors(target);
        int[] dims = shape().toArray();
        switch (dtype()) {
            case FLOAT32:
                return tensors.fromArray(toFloatArray(), dims);
            case FLOAT64:
                return tensors.fromArray(toDoubleArray(), dims);
            default:
                return tensors.fromArray(toLongArray(), dims);
        }
    }

    // ---- Creation of tensors like this one ----

    /** Returns zeros with this tensor's shape, dtype and backend. */
    public Tensor zerosLike() {
        return fullLike(0);
    }

    /** Returns ones with this tensor's shape, dtype and backend. */
    public Tensor onesLike() {
        return fullLike(1);
    }

    /** Returns a tensor of this shape, dtype and backend filled with {@code value}. */
    public Tensor fullLike(double value) {
        Tensors.checkRepresentable("fullLike", value, dtype());
        return new Tensor(backend().full(shape(), dtype(), value));
    }

    /** Returns a 0-d operand for a double scalar; INT64 tensors promote to FLOAT32, as in PyTorch. */
    private Tensor scalarLike(double value) {
        DType dtype = dtype().isFloatingPoint() ? dtype() : DType.FLOAT32;
        return new Tensor(backend().full(Shape.scalar(), dtype, value));
    }

    /** Returns a 0-d operand for a long scalar, in this tensor's dtype. */
    private Tensor scalarLike(long value) {
        if (dtype() == DType.INT64) {
            return new Tensor(backend().fromLongs(new long[] {value}, Shape.scalar()));
        }
        return new Tensor(backend().full(Shape.scalar(), dtype(), value));
    }

    private void checkOneElement(String op) {
        if (shape().size() != 1) {
            throw new IllegalArgumentException(op + ": expected a tensor with one element but the shape is "
                    + shape() + "; select an element or reduce first");
        }
    }

    /**
     * Formats the values like PyTorch, for example {@code tensor([[1.5000, 2.0000]])}, followed
     * by the dtype when it is not the default for its values and by the grad function.
     */
    @Override
    public String toString() {
        return TensorFormat.format(this);
    }
}
