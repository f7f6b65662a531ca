package org.grad4j.tensor;

import org.grad4j.backend.Backend;
import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.NDArray;
import org.grad4j.backend.UnaryOp;

/**
 * Elementwise ops with their backward rules side by side. Binary ops promote both operands to a
 * common dtype and broadcast them; the engine sums each gradient back to its operand's shape.
 */
final class ElementwiseOps {
    private ElementwiseOps() {
    }

    static Tensor add(Tensor a, Tensor b) {
        return binary(BinaryOp.ADD, a, b, (x, y, out) -> (g, needs) -> new Tensor[] {g, g});
    }

    static Tensor sub(Tensor a, Tensor b) {
        return binary(BinaryOp.SUB, a, b, (x, y, out) -> (g, needs) -> new Tensor[] {
            g, needs[1] ? g.neg() : null});
    }

    static Tensor mul(Tensor a, Tensor b) {
        return binary(BinaryOp.MUL, a, b, (x, y, out) -> (g, needs) -> new Tensor[] {
            needs[0] ? g.mul(y) : null,
            needs[1] ? g.mul(x) : null});
    }

    static Tensor div(Tensor a, Tensor b) {
        Graph.backendOf("div", a, b);
        DType dtype = floatingDtype(a, b);
        return binary(BinaryOp.DIV, a.cast(dtype), b.cast(dtype), (x, y, out) -> (g, needs) -> new Tensor[] {
            needs[0] ? g.div(y) : null,
            needs[1] ? g.mul(out).div(y).neg() : null});
    }

    /**
     * x^y. As in PyTorch, the base gets gradient 0 where y = 0, and the exponent gets 0 where
     * x = 0 and y >= 0, so the plain formulas' 0 * inf and 0 * log(0) do not turn into NaN.
     */
    static Tensor pow(Tensor a, Tensor b) {
        Graph.backendOf("pow", a, b);
        DType dtype = floatingDtype(a, b);
        return binary(BinaryOp.POW, a.cast(dtype), b.cast(dtype), (x, y, out) -> (g, needs) -> {
            Tensor yIsZero = y.eq(y.zerosLike());
            Tensor xIsZeroAndYNonNegative = x.eq(x.zerosLike()).mul(y.ge(y.zerosLike()));
            return new Tensor[] {
                needs[0] ? g.mul(y).mul(x.pow(y.sub(1L).add(yIsZero))) : null,
                needs[1] ? g.mul(out).mul(x.add(xIsZeroAndYNonNegative).log()) : null};
        });
    }

    /** Gradient goes to the larger operand; ties split it evenly, as PyTorch does. */
    static Tensor maximum(Tensor a, Tensor b) {
        return binary(BinaryOp.MAXIMUM, a, b, (x, y, out) -> (g, needs) -> {
            Tensor half = x.eq(y).mul(0.5);
            return new Tensor[] {
                needs[0] ? g.mul(x.gt(y).add(half)) : null,
                needs[1] ? g.mul(y.gt(x).add(half)) : null};
        });
    }

    /** Gradient goes to the smaller operand; ties split it evenly, as PyTorch does. */
    static Tensor minimum(Tensor a, Tensor b) {
        return binary(BinaryOp.MINIMUM, a, b, (x, y, out) -> (g, needs) -> {
            Tensor half = x.eq(y).mul(0.5);
            return new Tensor[] {
                needs[0] ? g.mul(x.lt(y).add(half)) : null,
                needs[1] ? g.mul(y.lt(x).add(half)) : null};
        });
    }

    /**
     * Limits x to [min, max]; INT64 becomes FLOAT32, as with any double scalar. The gradient is
     * 1 on the closed interval, bounds included, as PyTorch's clamp gives, and not the even
     * split that maximum and minimum give their ties.
     */
    static Tensor clamp(Tensor x, double min, double max) {
        Tensor input = x.dtype().isFloatingPoint() ? x : x.cast(DType.FLOAT32);
        Backend backend = input.data().backend();
        Tensor low = Graph.constant(backend.full(Shape.scalar(), input.dtype(), min));
        Tensor high = Graph.constant(backend.full(Shape.scalar(), input.dtype(), max));
        NDArray data = backend.binary(BinaryOp.MINIMUM,
                backend.binary(BinaryOp.MAXIMUM, input.data(), low.data()), high.data());
        return Graph.record("clamp", data, (g, needs) -> new Tensor[] {
            g.mul(input.ge(low)).mul(input.le(high))}, input);
    }

    static Tensor remainder(Tensor a, Tensor b) {
        return binary(BinaryOp.REMAINDER, a, b, (x, y, out) -> (g, needs) -> new Tensor[] {
            g, needs[1] ? g.mul(x.floorDivide(y)).neg() : null});
    }

    /** Ops without a useful gradient: the result never requires grad. */
    static Tensor constantBinary(BinaryOp op, Tensor a, Tensor b) {
        Backend backend = Graph.backendOf(op.label(), a, b);
        DType dtype = DType.promote(a.dtype(), b.dtype());
        Tensor x = a.cast(dtype);
        Tensor y = b.cast(dtype);
        Shape.broadcast(op.label(), x.shape(), y.shape());
        return Graph.constant(op.label(), backend.binary(op, x.data(), y.data()), x, y);
    }

    static Tensor neg(Tensor x) {
        return unary(UnaryOp.NEG, x, out -> (g, needs) -> new Tensor[] {g.neg()});
    }

    static Tensor abs(Tensor x) {
        return unary(UnaryOp.ABS, x, out -> (g, needs) -> new Tensor[] {g.mul(x.sign())});
    }

    /**
     * max(x, 0). The gradient at x = 0 is 0, as PyTorch's relu gives, and not the even split
     * that maximum gives its ties, so a unit whose input is exactly 0 stays inactive.
     */
    static Tensor relu(Tensor x) {
        Backend backend = x.data().backend();
        Tensor zero = Graph.constant(backend.full(Shape.scalar(), x.dtype(), 0));
        NDArray data = backend.binary(BinaryOp.MAXIMUM, x.data(), zero.data());
        return Graph.record("relu", data, (g, needs) -> new Tensor[] {g.mul(x.gt(zero))}, x);
    }

    /** Piecewise constant, so the gradient is zero everywhere it exists, as in PyTorch. */
    static Tensor sign(Tensor x) {
        return unary(UnaryOp.SIGN, x, out -> (g, needs) -> new Tensor[] {g.zerosLike()});
    }

    /** Piecewise constant, so the gradient is zero everywhere it exists, as in PyTorch. */
    static Tensor floor(Tensor x) {
        return unary(UnaryOp.FLOOR, x, out -> (g, needs) -> new Tensor[] {g.zerosLike()});
    }

    /** Piecewise constant, so the gradient is zero everywhere it exists, as in PyTorch. */
    static Tensor ceil(Tensor x) {
        return unary(UnaryOp.CEIL, x, out -> (g, needs) -> new Tensor[] {g.zerosLike()});
    }

    static Tensor exp(Tensor x) {
        return unary(UnaryOp.EXP, floating(x), out -> (g, needs) -> new Tensor[] {g.mul(out)});
    }

    static Tensor log(Tensor x) {
        Tensor input = floating(x);
        return unary(UnaryOp.LOG, input, out -> (g, needs) -> new Tensor[] {g.div(input)});
    }

    static Tensor sqrt(Tensor x) {
        return unary(UnaryOp.SQRT, floating(x), out -> (g, needs) -> new Tensor[] {g.div(out.mul(2L))});
    }

    static Tensor sin(Tensor x) {
        Tensor input = floating(x);
        return unary(UnaryOp.SIN, input, out -> (g, needs) -> new Tensor[] {g.mul(input.cos())});
    }

    static Tensor cos(Tensor x) {
        Tensor input = floating(x);
        return unary(UnaryOp.COS, input, out -> (g, needs) -> new Tensor[] {g.mul(input.sin()).neg()});
    }

    static Tensor tanh(Tensor x) {
        return unary(UnaryOp.TANH, floating(x), out -> (g, needs) -> new Tensor[] {
            g.mul(out.mul(out).neg().add(1L))});
    }

    /** Casts INT64 to FLOAT32 for ops defined on floating point only, as PyTorch promotes. */
    private static Tensor floating(Tensor x) {
        return x.dtype().isFloatingPoint() ? x : x.cast(DType.FLOAT32);
    }

    /**
     * Returns the dtype of a binary op defined on floating point only: the promoted dtype, or
     * FLOAT32 where both operands are INT64. Promoting first keeps an INT64 operand exact next to
     * a FLOAT64 one, which a detour through FLOAT32 would round above 2^24.
     */
    private static DType floatingDtype(Tensor a, Tensor b) {
        DType dtype = DType.promote(a.dtype(), b.dtype());
        return dtype.isFloatingPoint() ? dtype : DType.FLOAT32;
    }

    /** Builds a backward rule from the (promoted) inputs and the output. */
    @FunctionalInterface
    private interface BinaryRule {
        org.grad4j.autograd.BackwardFunction create(Tensor a, Tensor b, Tensor out);
    }

    @FunctionalInterface
    private interface UnaryRule {
        org.grad4j.autograd.BackwardFunction create(Tensor out);
    }

    private static Tensor binary(BinaryOp op, Tensor a, Tensor b, BinaryRule rule) {
        Backend backend = Graph.backendOf(op.label(), a, b);
        Shape.broadcast(op.label(), a.shape(), b.shape());
        DType dtype = DType.promote(a.dtype(), b.dtype());
        Tensor x = a.cast(dtype);
        Tensor y = b.cast(dtype);

        Tensor[] holder = new Tensor[1];
        Tensor out = Graph.record(op.label(), backend.binary(op, x.data(), y.data()),
                (g, needs) -> rule.create(x, y, holder[0]).apply(g, needs), x, y);
        if (out.requiresGrad()) {
            holder[0] = out.detach();
        }
        return out;
    }

    private static Tensor unary(UnaryOp op, Tensor x, UnaryRule rule) {
        Tensor[] holder = new Tensor[1];
        Tensor out = Graph.record(op.label(), x.data().backend().unary(op, x.data()),
                (g, needs) -> rule.create(holder[0]).apply(g, needs), x);
        if (out.requiresGrad()) {
            holder[0] = out.detach();
        }
        return out;
    }
}
