package org.grad4j.nd4j;

import org.grad4j.backend.Backend;
import org.grad4j.inject.BackendModule;

/**
 * Binds the ND4J backend under the name {@code nd4j}. Installing the module loads no native
 * code; the libraries load when the injector first creates the backend.
 */
public final class Nd4jBackendModule extends BackendModule {
    @Override
    public String name() {
        return Nd4jBackend.NAME;
    }

    @Override
    protected Backend createBackend() {
        return new Nd4jBackend();
    }
}
