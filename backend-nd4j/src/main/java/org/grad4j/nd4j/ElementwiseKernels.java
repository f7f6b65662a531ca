package org.grad4j.nd4j;

import org.grad4j.backend.BinaryOp;
import org.grad4j.backend.Kernels;
import org.grad4j.backend.UnaryOp;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.api.ops.impl.transforms.same.Abs;
import org.nd4j.linalg.api.ops.impl.transforms.same.Ceil;
import org.nd4j.linalg.api.ops.impl.transforms.same.Floor;
import org.nd4j.linalg.api.ops.impl.transforms.same.Negative;
import org.nd4j.linalg.api.ops.impl.transforms.same.Sign;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Cos;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Exp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Log;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Elementwise kernels on ND4J's native ops, written into preallocated outputs. ND4J's custom
 * binary ops broadcast under NumPy rules and read strided and stride-0 views correctly.
 *
 * <p>Where ND4J 1.0.0-M2.1's result differs from {@code java.lang.Math}, the op runs in Java instead
 * ({@link JavaElementwise}), always or only when {@link ValueChecks} finds the values that
 * differ:
 * <ul>
 *   <li>{@code maximum}/{@code minimum} return the other operand for a NaN in one of them (which
 *       one depends on the broadcast path), so a NaN in either sends the op to Java;</li>
 *   <li>{@code Pow} follows C, where pow(1, NaN) and pow(-1, inf) are 1 but Java gives NaN, so a
 *       NaN or infinity in the exponent sends the op to Java;</li>
 *   <li>{@code Sign} maps NaN to 0, so a NaN in the input sends SIGN to Java;</li>
 *   <li>{@code Tanh} loses relative accuracy near zero (up to 2,000 ulps for |x| in [1e-4, 1e-2]), so
 *       elements below {@link JavaElementwise#TANH_NATIVE_MIN} in magnitude are redone in
 *       Java;</li>
 *   <li>{@code floormod} gives NaN for an infinite divisor, and {@code floordiv} floors the
 *       rounded quotient (1.0 // 0.1 gives 10 where the exact remainder needs 9), so REMAINDER
 *       and FLOOR_DIVIDE always run in Java; for INT64, {@code floordiv} also truncates toward
 *       zero, and a zero divisor must throw.</li>
 * </ul>
 */
final class ElementwiseKernels {
    private ElementwiseKernels() {
    }

    static Nd4jArray unary(Nd4jBackend backend, UnaryOp op, Nd4jArray x) {
        if (op.isFloatingPointOnly() && !x.dtype.isFloatingPoint()) {
            throw backend.unsupported(op.label(), x.dtype);
        }
        INDArray out = NativeData.allocate(x.dtype, x.shape);
        if (x.shape.size() == 0) {
            return new Nd4jArray(backend, out, x.shape);
        }
        if (x.dtype == DType.INT64 && (op == UnaryOp.FLOOR || op == UnaryOp.CEIL)) {
            out.assign(x.array);
            return new Nd4jArray(backend, out, x.shape);
        }
        if (op == UnaryOp.SIGN && x.dtype.isFloatingPoint() && ValueChecks.mayHaveNaN(x.array)) {
            out.close();
            return new Nd4jArray(backend, JavaElementwise.sign(x), x.shape);
        }
        Nd4j.exec(transform(op, x.array, out));
        if (op == UnaryOp.TANH) {
            // Inputs of tanh are nearly always near zero somewhere, so no check precedes this pass.
            INDArray patched = JavaElementwise.tanhNearZero(x, out);
            out.close();
            out = patched;
        }
        return new Nd4jArray(backend, out, x.shape);
    }

    private static Op transform(UnaryOp op, INDArray x, INDArray out) {
        switch (op) {
            case NEG:
                return new Negative(x, out);
            case ABS:
                return new Abs(x, out);
            case SIGN:
                return new Sign(x, out);
            case FLOOR:
                return new Floor(x, out);
            case CEIL:
                return new Ceil(x, out);
            case EXP:
                return new Exp(x, out);
            case LOG:
                return new Log(x, out);
            case SQRT:
                return new Sqrt(x, out);
            case SIN:
                return new Sin(x, out);
            case COS:
                return new Cos(x, out);
            case TANH:
                return new Tanh(x, out);
            default:
                throw new IllegalStateException("no ND4J transform for unary op " + op);
        }
    }

    static Nd4jArray binary(Nd4jBackend backend, BinaryOp op, Nd4jArray a, Nd4jArray b) {
        Shape shape = Shape.broadcast(op.label(), a.shape, b.shape);
        checkSupported(backend, op, a.dtype);
        if (shape.size() == 0) {
            return new Nd4jArray(backend, NativeData.allocate(a.dtype, shape), shape);
        }
        if (runsInJava(op, a.array, b.array, a.dtype)) {
            return new Nd4jArray(backend, JavaElementwise.binary(op, a, b, shape), shape);
        }
        if (op.isComparison()) {
            return new Nd4jArray(backend, compare(op, a.array, b.array, shape, a.dtype), shape);
        }
        INDArray out = NativeData.allocate(a.dtype, shape);
        exec(nativeName(op), a.array, b.array, out);
        return new Nd4jArray(backend, out, shape);
    }

    /**
     * Replaces self with {@code op(self, other)}. Same-shape contiguous floating-point ADD and SUB
     * use BLAS axpy, which costs well under a microsecond on small arrays. Other ops write the
     * native op's output straight into self, or compute a new array and copy it into self.
     */
    static void binaryInPlace(Nd4jBackend backend, BinaryOp op, Nd4jArray self, Nd4jArray other) {
        Kernels.checkInPlace(op.label(), self.shape, other.shape);
        checkSupported(backend, op, self.dtype);
        if (self.shape.size() == 0) {
            return;
        }
        INDArray target = self.array;
        INDArray operand = Overlap.overlaps(target, other.array) ? other.array.dup('c') : other.array;
        try {
            if ((op == BinaryOp.ADD || op == BinaryOp.SUB) && self.dtype.isFloatingPoint()
                    && self.shape.equals(other.shape)
                    && NativeData.isContiguous(target) && NativeData.isContiguous(operand)) {
                // BLAS axpy (ND4J 1.0.0-M2.1) is wrong on 2-D strided views, so only contiguous
                // arrays take this path.
                double alpha = op == BinaryOp.ADD ? 1 : -1;
                Nd4j.getBlasWrapper().level1().axpy(target.length(), alpha, operand, target);
            } else if (!op.isComparison() && !runsInJava(op, target, operand, self.dtype)) {
                exec(nativeName(op), target, operand, target);
            } else {
                Nd4jArray result = binary(backend, op, self, new Nd4jArray(backend, operand, other.shape));
                target.assign(result.array);
                result.array.close();
            }
        } finally {
            NativeData.release(operand, other.array);
        }
    }

    private static void checkSupported(Nd4jBackend backend, BinaryOp op, DType dtype) {
        if (dtype == DType.INT64 && (op == BinaryOp.DIV || op == BinaryOp.POW)) {
            throw backend.unsupported(op.label(), dtype);
        }
    }

    /** Returns true where ND4J's kernel would differ from Java's result on these operands. */
    private static boolean runsInJava(BinaryOp op, INDArray a, INDArray b, DType dtype) {
        switch (op) {
            case REMAINDER:
            case FLOOR_DIVIDE:
                return true;
            case MAXIMUM:
            case MINIMUM:
                return dtype.isFloatingPoint() && (ValueChecks.mayHaveNaN(a) || ValueChecks.mayHaveNaN(b));
            case POW:
                return ValueChecks.mayHaveNonFinite(b);
            default:
                return false;
        }
    }

    /** Runs a comparison into a BOOL array and converts it to 1 and 0 in {@code dtype}. */
    private static INDArray compare(BinaryOp op, INDArray a, INDArray b, Shape shape, DType dtype) {
        INDArray mask = NativeData.allocateBool(shape);
        exec(nativeName(op), a, b, mask);
        INDArray out = mask.castTo(NativeData.toNd4j(dtype));
        mask.close();
        return out;
    }

    private static void exec(String name, INDArray a, INDArray b, INDArray out) {
        Nd4j.exec(DynamicCustomOp.builder(name).addInputs(a, b).addOutputs(out).build());
    }

    private static String nativeName(BinaryOp op) {
        switch (op) {
            case ADD:
                return "add";
            case SUB:
                return "subtract";
            case MUL:
                return "multiply";
            case DIV:
                return "divide";
            case POW:
                return "Pow";
            case MAXIMUM:
                return "maximum";
            case MINIMUM:
                return "minimum";
            case EQ:
                return "equals";
            case NE:
                return "not_equals";
            case LT:
                return "less";
            case LE:
                return "less_equal";
            case GT:
                return "greater";
            case GE:
                return "greater_equal";
            default:
                throw new IllegalStateException("no ND4J op for binary op " + op);
        }
    }
}
