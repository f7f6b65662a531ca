package org.grad4j.autograd;

import java.util.ArrayList;
import java.util.List;
import org.grad4j.backend.NDArray;
import org.grad4j.tensor.DType;
import org.grad4j.tensor.Tensor;

/**
 * Opt-in, per-thread detection of NaN and infinity. While enabled, every op checks its result
 * and the backward pass checks every gradient it computes; the first non-finite value throws a
 * {@link NonFiniteValueException} that names the op and the shapes involved. Checking copies each
 * result out of the backend, so it slows training down; enable it to find where NaN first
 * appears, not in production.
 *
 * <pre>{@code
 * try (var scope = AnomalyMode.enable()) {
 *     loss = model.forward(x) ...;
 *     loss.backward();
 * }
 * }</pre>
 */
public final class AnomalyMode {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.FALSE);
    /** The op whose backward rule is running on this thread, for messages; null outside backward. */
    private static final ThreadLocal<String> BACKWARD_OF = new ThreadLocal<>();

    private AnomalyMode() {
    }

    /** Returns true if non-finite values are checked on this thread. */
    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Turns checking on for this thread until the returned scope is closed. */
    public static Scope enable() {
        return new Scope(true);
    }

    /** Turns checking off for this thread until the returned scope is closed. */
    public static Scope disable() {
        return new Scope(false);
    }

    /**
     * Throws if {@code output} of op {@code op} contains NaN or infinity; a no-op unless enabled.
     *
     * @param inputs the op's inputs, for the message
     */
    public static void checkOutput(String op, NDArray output, Tensor... inputs) {
        if (!isEnabled()) {
            return;
        }
        String found = firstNonFinite(output);
        if (found == null) {
            return;
        }
        List<String> described = new ArrayList<>();
        boolean inputsFinite = true;
        for (Tensor input : inputs) {
            String inputFound = firstNonFinite(input.data());
            inputsFinite &= inputFound == null;
            described.add(input.shape() + " " + input.dtype() + (inputFound == null ? "" : " (already " + inputFound + ")"));
        }
        String origin = inputsFinite ? " from finite inputs" : ", and some inputs were already non-finite";
        String context = BACKWARD_OF.get() == null ? "" : " (in the backward of " + BACKWARD_OF.get() + ")";
        throw new NonFiniteValueException(op + context + " produced " + found + " in its output of shape " + output.shape()
                + origin + "; inputs: " + String.join(", ", described)
                + ". Check the values reaching this op (for example log of 0, division by 0, or overflow of exp)");
    }

    /** Records that the backward rule of {@code op} runs now; null when it has finished. */
    static void setBackwardOf(String op) {
        if (op == null) {
            BACKWARD_OF.remove();
        } else {
            BACKWARD_OF.set(op);
        }
    }

    /** Throws if a gradient computed by the backward of {@code op} contains NaN or infinity. */
    static void checkGradient(String op, int input, Tensor gradient, Tensor grad) {
        if (!isEnabled() || gradient == null) {
            return;
        }
        String found = firstNonFinite(gradient.data());
        if (found != null) {
            String incoming = firstNonFinite(grad.data());
            throw new NonFiniteValueException("the backward of " + op + " produced " + found
                    + " in the gradient for input " + input + " of shape " + gradient.shape()
                    + (incoming == null ? " from a finite incoming gradient" : " and its incoming gradient was already "
                            + incoming) + " of shape " + grad.shape());
        }
    }

    /** Returns a description such as "NaN at flat index 3", or null if every value is finite. */
    private static String firstNonFinite(NDArray array) {
        if (!array.dtype().isFloatingPoint()) {
            return null;
        }
        double[] values = array.dtype() == DType.FLOAT64
                ? array.backend().toDoubles(array)
                : toDoubles(array.backend().toFloats(array));
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                String kind = "-inf";
                if (Double.isNaN(values[i])) {
                    kind = "NaN";
                } else if (values[i] > 0) {
                    kind = "inf";
                }
                return kind + " at flat index " + i;
            }
        }
        return null;
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** A region of code with a fixed anomaly mode; closing it restores the mode it replaced. */
    public static final class Scope implements AutoCloseable {
        private final boolean previous;
        private boolean closed;

        private Scope(boolean enabled) {
            this.previous = ENABLED.get();
            ENABLED.set(enabled);
        }

        /** Restores the previous mode; closing twice has no further effect. */
        @Override
        public void close() {
            if (!closed) {
                closed = true;
                ENABLED.set(previous);
            }
        }
    }
}
