package org.grad4j.pure;

import org.grad4j.backend.Backend;
import org.grad4j.inject.BackendModule;

/** Binds the pure-Java backend under the name {@code pure}. */
public final class PureBackendModule extends BackendModule {
    @Override
    public String name() {
        return PureBackend.NAME;
    }

    @Override
    protected Backend createBackend() {
        return new PureBackend();
    }
}
