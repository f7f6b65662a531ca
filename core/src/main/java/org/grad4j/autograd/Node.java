package org.grad4j.autograd;

import org.grad4j.tensor.Tensor;

/**
 * One recorded op in the autograd graph: its name, its inputs and its backward rule. The output
 * tensor points to its node through {@link Tensor#gradFn()}.
 *
 * <p>A backward call without {@code retainGraph} releases every node it visits. A released node
 * drops its backward rule, with the tensors the rule saved, and its inputs, so the output no
 * longer keeps the forward pass's intermediate tensors alive. A second backward through a
 * released node throws.
 */
public final class Node {
    private static final Tensor[] NO_INPUTS = new Tensor[0];

    private final String name;
    private Tensor[] inputs;
    private final long[] versions;
    private BackwardFunction backward;

    /** Creates a node for op {@code name} with its inputs and backward rule. */
    public Node(String name, Tensor[] inputs, BackwardFunction backward) {
        java.util.Objects.requireNonNull(name, "Node: the op name is null; pass a name such as \"mul\"");
        java.util.Objects.requireNonNull(inputs, "Node " + name + ": the inputs are null; pass the op's inputs");
        java.util.Objects.requireNonNull(backward, "Node " + name + ": the backward rule is null; pass one");
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null) {
                throw new NullPointerException("Node " + name + ": input " + i + " is null; pass only tensors");
            }
        }
        this.name = name;
        this.inputs = inputs;
        this.backward = backward;
        this.versions = new long[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            versions[i] = inputs[i].version();
        }
    }

    /** Returns the op name, such as {@code mul}. */
    public String name() {
        return name;
    }

    /** Returns the number of inputs; 0 once the node is released. */
    public int inputCount() {
        return inputs.length;
    }

    /** Returns input {@code i}. */
    public Tensor input(int i) {
        return inputs[i];
    }

    /** Returns true once a backward call without {@code retainGraph} has released this node. */
    public boolean isReleased() {
        return backward == null;
    }

    Tensor[] apply(Tensor grad, boolean[] needsGrad) {
        if (backward == null) {
            throw new IllegalStateException("backward through " + name + " failed: the graph was already used by a"
                    + " backward call, which freed it; pass retainGraph=true to the earlier backward call to keep it");
        }
        Tensor[] grads = backward.apply(grad, needsGrad);
        if (grads.length != inputs.length) {
            throw new IllegalStateException("backward of " + name + " returned " + grads.length
                    + " gradients for " + inputs.length + " inputs");
        }
        return grads;
    }

    /**
     * Checks that no input changed in place since this node was recorded; a backward rule would
     * otherwise compute the gradient from the new values.
     *
     * @throws IllegalStateException naming the op, the input and both version counts
     */
    void checkInputsUnchanged() {
        for (int i = 0; i < inputs.length; i++) {
            long now = inputs[i].version();
            if (now != versions[i]) {
                throw new IllegalStateException("backward through " + name + " failed: input " + i + " (shape "
                        + inputs[i].shape() + ") was changed in place after the forward pass (version " + versions[i]
                        + " then, " + now + " now), so its gradient would use the new values; call optimizer.step()"
                        + " only after backward(), or run the forward pass again");
            }
        }
    }

    void release() {
        backward = null;
        inputs = NO_INPUTS;
    }

    @Override
    public String toString() {
        return name + "Backward";
    }
}
