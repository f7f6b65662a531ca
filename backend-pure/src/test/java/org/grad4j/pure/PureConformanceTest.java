package org.grad4j.pure;

import org.grad4j.backend.Backend;
import org.grad4j.conformance.BackendConformance;

/** Runs the backend conformance suite on the pure-Java backend. */
class PureConformanceTest extends BackendConformance {
    private static final Backend BACKEND = new PureBackend();

    @Override
    protected Backend backend() {
        return BACKEND;
    }
}
