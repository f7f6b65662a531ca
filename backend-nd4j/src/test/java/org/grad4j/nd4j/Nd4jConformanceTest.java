package org.grad4j.nd4j;

import org.grad4j.backend.Backend;
import org.grad4j.conformance.BackendConformance;

/** Runs the backend conformance suite on the ND4J backend. */
class Nd4jConformanceTest extends BackendConformance {
    private static final Backend BACKEND = new Nd4jBackend();

    @Override
    protected Backend backend() {
        return BACKEND;
    }
}
