package org.grad4j.autograd;

/**
 * Per-thread switch for gradient recording. Ops record a graph only while it is enabled, which
 * is the default on every thread. Scopes restore the previous state when closed, so they nest
 * and survive exceptions when used with try-with-resources:
 *
 * <pre>{@code
 * try (var scope = GradMode.noGrad()) {
 *     optimizer.step();
 * }
 * }</pre>
 */
public final class GradMode {
    private static final ThreadLocal<Boolean> ENABLED = ThreadLocal.withInitial(() -> Boolean.TRUE);

    private GradMode() {
    }

    /** Returns true if ops on this thread record gradients. */
    public static boolean isEnabled() {
        return ENABLED.get();
    }

    /** Turns gradient recording off on this thread until the returned scope is closed. */
    public static Scope noGrad() {
        return new Scope(false);
    }

    /** Turns gradient recording on on this thread until the returned scope is closed. */
    public static Scope enableGrad() {
        return new Scope(true);
    }

    /** A region of code with a fixed grad mode; closing it restores the mode it replaced. */
    public static final class Scope implements AutoCloseable {
        private final boolean previous;
        private final Thread owner;
        private boolean closed;

        private Scope(boolean enabled) {
            this.previous = ENABLED.get();
            this.owner = Thread.currentThread();
            ENABLED.set(enabled);
        }

        /**
         * Restores the grad mode that was active when this scope was opened. Closing twice has
         * no further effect.
         *
         * @throws IllegalStateException if called on another thread than the one that opened it
         */
        @Override
        public void close() {
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a grad mode scope must be closed on the thread that opened it ("
                        + owner.getName() + "), not on " + Thread.currentThread().getName());
            }
            if (!closed) {
                closed = true;
                ENABLED.set(previous);
            }
        }
    }
}
