package org.grad4j.tensor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.grad4j.backend.NDArray;

/**
 * A region of code, on one thread, whose tensors release their backend memory when it closes,
 * instead of when the garbage collector finds them. It matters for backends with native memory
 * such as ND4J, where the collector does not see how much memory a small Java object holds.
 *
 * <pre>{@code
 * for (int step = 0; step < steps; step++) {
 *     try (var scope = MemoryScope.open()) {
 *         optimizer.zeroGrad();
 *         Tensor loss = mse.forward(model.forward(x), y);
 *         loss.backward();
 *         optimizer.step();
 *         lossValue = loss.item();
 *     }
 * }
 * }</pre>
 *
 * <p>Every tensor that an op or a {@link Tensors} method creates on this thread while the scope
 * is the innermost open one belongs to it. On close, the scope releases each of them, except
 * those passed to {@link #keep}; using a released tensor throws {@link IllegalStateException}
 * on every backend. Gradients stored in {@link Tensor#grad()} and optimizer state are kept
 * automatically, and parameters never belong to a scope, so the loop above needs no
 * {@code keep} call. The gradients and state that a step replaces are {@link #attach attached}
 * to the scope instead, so a step frees everything it no longer needs.
 *
 * <p>A scope keeps references to its tensors until it closes, so open one per training step, not one around
 * a whole run. Scopes nest; close them in reverse order of opening.
 */
public final class MemoryScope implements AutoCloseable {
    private static final ThreadLocal<MemoryScope> CURRENT = new ThreadLocal<>();

    private final MemoryScope parent;
    private final Thread owner;
    /** The arrays created in this scope, each with every tensor that wraps it. */
    private final Map<NDArray, List<Tensor>> arrays = new IdentityHashMap<>();
    private boolean closed;

    private MemoryScope(MemoryScope parent) {
        this.parent = parent;
        this.owner = Thread.currentThread();
    }

    /** Opens a scope on this thread, nested in the current one if there is one. */
    public static MemoryScope open() {
        MemoryScope scope = new MemoryScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /**
     * Takes {@code tensor} out of every open scope on this thread, so that its memory is left to
     * the garbage collector like a tensor created outside any scope, and returns it. Tensors
     * that share its array (such as its {@code detach()} copies) are kept with it.
     *
     * @throws IllegalStateException if the tensor was already released
     */
    public static <T extends Tensor> T keep(T tensor) {
        requireTensor("keep", tensor);
        NDArray array = tensor.data();
        for (MemoryScope scope = CURRENT.get(); scope != null; scope = scope.parent) {
            if (scope.arrays.remove(array) != null) {
                break;
            }
        }
        return tensor;
    }

    /**
     * Hands {@code tensor} to the innermost open scope, which releases it when it closes, and
     * returns it; without an open scope it does nothing. Use it for a tensor that is being
     * replaced, such as an old gradient or old optimizer state, so that a training step inside a
     * scope frees what it drops. A tensor that already belongs to an open scope stays there.
     */
    public static <T extends Tensor> T attach(T tensor) {
        requireTensor("attach", tensor);
        MemoryScope innermost = CURRENT.get();
        if (innermost == null || tensor.isReleased()) {
            return tensor;
        }
        NDArray array = tensor.rawData();
        for (MemoryScope scope = innermost; scope != null; scope = scope.parent) {
            List<Tensor> tensors = scope.arrays.get(array);
            if (tensors != null) {
                if (!tensors.contains(tensor)) {
                    tensors.add(tensor);
                }
                return tensor;
            }
        }
        innermost.arrays.computeIfAbsent(array, key -> new ArrayList<>(1)).add(tensor);
        return tensor;
    }

    private static void requireTensor(String method, Tensor tensor) {
        if (tensor == null) {
            throw new NullPointerException("MemoryScope." + method + ": the tensor is null; pass a tensor");
        }
    }

    /** Registers a tensor around an array a kernel just made with the innermost open scope. */
    static void track(Tensor tensor) {
        MemoryScope scope = CURRENT.get();
        if (scope != null) {
            scope.arrays.computeIfAbsent(tensor.rawData(), key -> new ArrayList<>(1)).add(tensor);
        }
    }

    /** Registers {@code alias}, which shares {@code original}'s array, with the scope that owns that array. */
    static void alias(Tensor alias, Tensor original) {
        for (MemoryScope scope = CURRENT.get(); scope != null; scope = scope.parent) {
            List<Tensor> tensors = scope.arrays.get(original.rawData());
            if (tensors != null) {
                tensors.add(alias);
                return;
            }
        }
    }

    /** Returns the number of arrays this scope will release when it closes. */
    public int size() {
        return arrays.size();
    }

    /**
     * Releases every array this scope owns and marks its tensors released. Closing twice has no
     * further effect.
     *
     * @throws IllegalStateException if called on another thread, or while a scope opened inside
     *     this one is still open
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a MemoryScope must be closed on the thread that opened it ("
                    + owner.getName() + "), not on " + Thread.currentThread().getName());
        }
        if (CURRENT.get() != this) {
            throw new IllegalStateException("this MemoryScope still has a nested scope open; close the nested"
                    + " scope first, scopes close in reverse order of opening");
        }
        closed = true;
        if (parent == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(parent);
        }
        for (Map.Entry<NDArray, List<Tensor>> entry : arrays.entrySet()) {
            for (Tensor tensor : entry.getValue()) {
                tensor.markReleased();
            }
            entry.getKey().close();
        }
        arrays.clear();
    }
}
