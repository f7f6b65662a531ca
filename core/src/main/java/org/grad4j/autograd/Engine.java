package org.grad4j.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grad4j.backend.Kernels;
import org.grad4j.tensor.Shape;
import org.grad4j.tensor.Tensor;

/**
 * The reverse-mode engine behind {@link Tensor#backward()}. It makes one pass over the graph in
 * reverse topological order, so a tensor passes its gradient on only after every consumer has
 * added its share, and it sums each input's gradient down to that input's shape.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * Back-propagates from {@code root} and adds the gradients to every leaf that requires them.
     *
     * @param root the tensor to differentiate
     * @param gradient gradient of the final value with respect to {@code root}, in its shape; null
     *     means 1, which is only allowed for a one-element root
     * @param retainGraph keep the graph for another backward call; otherwise its nodes are
     *     released
     */
    public static void backward(Tensor root, Tensor gradient, boolean retainGraph) {
        if (root == null) {
            throw new NullPointerException("backward: the root tensor is null; pass the tensor to differentiate");
        }
        // Throws if a memory scope released the root, because a graph that outlived its scope
        // can otherwise run on and give gradients without any sign of the mistake.
        root.data();
        if (!root.requiresGrad()) {
            throw new IllegalStateException("backward: the tensor does not require grad and has no gradFn;"
                    + " set requiresGrad on a leaf it is computed from, and compute it outside a noGrad scope");
        }
        Tensor seed = seedGradient(root, gradient);
        List<Tensor> order = topologicalOrder(root);
        for (Tensor tensor : order) {
            if (tensor.gradFn() != null) {
                tensor.gradFn().checkInputsUnchanged();
            }
        }

        Map<Tensor, Tensor> pending = new IdentityHashMap<>();
        pending.put(root, seed);
        try (var scope = GradMode.noGrad()) {
            for (int i = order.size() - 1; i >= 0; i--) {
                Tensor tensor = order.get(i);
                Tensor grad = pending.remove(tensor);
                if (grad == null) {
                    continue;
                }
                if (tensor.isLeaf() || tensor.retainsGrad()) {
                    accumulate(tensor, grad);
                }
                if (!tensor.isLeaf()) {
                    propagate(tensor.gradFn(), grad, pending);
                }
            }
        } finally {
            if (!retainGraph) {
                for (Tensor tensor : order) {
                    if (tensor.gradFn() != null) {
                        tensor.gradFn().release();
                    }
                }
            }
        }
    }

    private static Tensor seedGradient(Tensor root, Tensor gradient) {
        if (gradient == null) {
            if (root.shape().size() != 1) {
                throw new IllegalArgumentException("backward: a gradient can be created implicitly only for a"
                        + " tensor with one element, but the tensor has shape " + root.shape()
                        + "; reduce it to a scalar first (for example with sum() or mean()) or pass a gradient");
            }
            return root.onesLike();
        }
        if (!gradient.dtype().isFloatingPoint()) {
            throw new IllegalArgumentException("backward: the gradient has dtype " + gradient.dtype()
                    + " but gradients are floating point; pass a gradient of the tensor's dtype " + root.dtype());
        }
        if (!gradient.shape().equals(root.shape())) {
            throw new IllegalArgumentException("backward: the gradient has shape " + gradient.shape()
                    + " but the tensor has shape " + root.shape() + "; pass a gradient of the tensor's shape");
        }
        if (gradient.backend() != root.backend()) {
            throw new IllegalArgumentException("backward: the gradient and the tensor live on "
                    + Kernels.describeBackends(gradient.backend(), root.backend())
                    + "; copy the gradient with gradient.to(tensor.backend()) first");
        }
        return gradient.detach().cast(root.dtype());
    }

    private static void propagate(Node node, Tensor grad, Map<Tensor, Tensor> pending) {
        boolean[] needsGrad = new boolean[node.inputCount()];
        for (int i = 0; i < needsGrad.length; i++) {
            needsGrad[i] = node.input(i).requiresGrad();
        }
        Tensor[] inputGrads;
        AnomalyMode.setBackwardOf(node.name());
        try {
            inputGrads = node.apply(grad, needsGrad);
        } finally {
            AnomalyMode.setBackwardOf(null);
        }
        for (int i = 0; i < needsGrad.length; i++) {
            if (!needsGrad[i] || inputGrads[i] == null) {
                continue;
            }
            AnomalyMode.checkGradient(node.name(), i, inputGrads[i], grad);
            Tensor input = node.input(i);
            Tensor inputGrad = reduceToShape(inputGrads[i], input.shape()).cast(input.dtype());
            pending.merge(input, inputGrad, Tensor::add);
        }
    }

    /**
     * Adds {@code grad} to the tensor's stored gradient. setGrad stores a copy, because
     * {@code grad} may share storage with other tensors, such as another leaf's gradient after an
     * add, and a stored gradient must be released on its own.
     */
    private static void accumulate(Tensor tensor, Tensor grad) {
        Tensor previous = tensor.grad();
        tensor.setGrad(previous == null ? grad : previous.add(grad));
    }

    /**
     * Sums a gradient that has the broadcast shape of an op's output down to the shape of the
     * input it belongs to: over the dimensions broadcasting added in front, and over the
     * dimensions where the input has size 1. This is the only place gradients are un-broadcast.
     */
    public static Tensor reduceToShape(Tensor grad, Shape shape) {
        Shape gradShape = grad.shape();
        if (gradShape.equals(shape)) {
            return grad;
        }
        int lead = gradShape.rank() - shape.rank();
        if (lead < 0) {
            throw new IllegalStateException("gradient of shape " + gradShape + " has a lower rank than its input "
                    + shape + "; a backward rule returned a gradient of the wrong shape");
        }
        List<Integer> dims = new ArrayList<>();
        for (int d = 0; d < gradShape.rank(); d++) {
            if (d < lead || (shape.dim(d - lead) == 1 && gradShape.dim(d) != 1)) {
                dims.add(d);
            }
        }
        int[] reduced = dims.stream().mapToInt(Integer::intValue).toArray();
        return grad.sum(reduced, true).reshape(shape);
    }

    /**
     * Returns every tensor that requires grad and is reachable from root, each after all of its
     * inputs. The walk stops at a released node, which has no inputs left.
     */
    private static List<Tensor> topologicalOrder(Tensor root) {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Tensor> stack = new ArrayDeque<>();
        Deque<Integer> nextInput = new ArrayDeque<>();
        stack.push(root);
        nextInput.push(0);
        visited.add(root);
        while (!stack.isEmpty()) {
            Tensor tensor = stack.peek();
            int next = nextInput.pop();
            Node node = tensor.gradFn();
            if (node != null && next < node.inputCount()) {
                nextInput.push(next + 1);
                Tensor input = node.input(next);
                if (input.requiresGrad() && visited.add(input)) {
                    stack.push(input);
                    nextInput.push(0);
                }
            } else {
                stack.pop();
                order.add(tensor);
            }
        }
        return order;
    }
}
