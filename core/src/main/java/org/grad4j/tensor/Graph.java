package org.grad4j.tensor;

import org.grad4j.autograd.AnomalyMode;
import org.grad4j.autograd.BackwardFunction;
import org.grad4j.autograd.GradMode;
import org.grad4j.autograd.Node;
import org.grad4j.backend.Backend;
import org.grad4j.backend.Kernels;
import org.grad4j.backend.NDArray;

/** Wraps kernel results into tensors and records them in the autograd graph when needed. */
final class Graph {
    private Graph() {
    }

    /**
     * Returns a tensor holding {@code data}. If grad mode is on and an input requires grad, the
     * tensor gets a node with {@code backward}, so it requires grad too.
     */
    static Tensor record(String op, NDArray data, BackwardFunction backward, Tensor... inputs) {
        AnomalyMode.checkOutput(op, data, inputs);
        if (GradMode.isEnabled() && data.dtype().isFloatingPoint()) {
            for (Tensor input : inputs) {
                if (input.requiresGrad()) {
                    return new Tensor(data, new Node(op, inputs, backward));
                }
            }
        }
        return new Tensor(data);
    }

    /**
     * As {@link #record}, for view ops (reshape, permute, expand, slice) whose result may share
     * the input's storage: the result shares the input's version count, so an in-place change
     * of either is seen through both.
     */
    static Tensor recordView(String op, NDArray data, BackwardFunction backward, Tensor input) {
        return record(op, data, backward, input).sharingVersionWith(input);
    }

    /** Returns a tensor that never requires grad, for ops with no useful gradient. */
    static Tensor constant(NDArray data) {
        return new Tensor(data);
    }

    /** As {@link #constant(NDArray)}, for a user-facing op whose result anomaly mode checks. */
    static Tensor constant(String op, NDArray data, Tensor... inputs) {
        AnomalyMode.checkOutput(op, data, inputs);
        return new Tensor(data);
    }

    /**
     * Returns the backend both tensors live on.
     *
     * @throws IllegalArgumentException if they live on different backends
     */
    static Backend backendOf(String op, Tensor a, Tensor b) {
        if (b == null) {
            throw new NullPointerException(op + ": the other operand is null; pass a tensor");
        }
        Backend backend = a.data().backend();
        if (backend != b.data().backend()) {
            throw new IllegalArgumentException(op + ": the operands live on "
                    + Kernels.describeBackends(backend, b.data().backend())
                    + "; copy one with tensor.to(backend) first");
        }
        return backend;
    }
}
