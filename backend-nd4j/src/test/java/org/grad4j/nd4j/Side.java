package org.grad4j.nd4j;

import org.grad4j.backend.Backend;
import org.grad4j.pure.PureBackend;

/** The two backends a cross-backend test runs: the pure-Java reference and the ND4J backend under test. */
enum Side {
    PURE(new PureBackend()),
    ND4J(new Nd4jBackend());

    final Backend backend;

    Side(Backend backend) {
        this.backend = backend;
    }
}
