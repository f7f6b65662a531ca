package org.grad4j.conformance;

import org.grad4j.backend.Backend;
import org.junit.jupiter.api.Nested;

/**
 * The conformance suite every backend must pass. A backend module runs it with one class:
 *
 * <pre>{@code
 * class MyBackendConformanceTest extends BackendConformance {
 *     protected Backend backend() { return new MyBackend(); }
 * }
 * }</pre>
 *
 * Each nested group below is a class of checks in this package.
 */
public abstract class BackendConformance {
    /** Returns the backend under test; called once per test, so return a shared instance if creating one is costly. */
    protected abstract Backend backend();

    @Nested
    class Elementwise extends ElementwiseChecks {
        @Override
        protected Backend backend() {
            return BackendConformance.this.backend();
        }
    }
}
