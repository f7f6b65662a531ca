package org.grad4j.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.grad4j.backend.Backend;
import org.grad4j.tensor.Tensors;

/**
 * The Guice module of one backend, found by name through {@link java.util.ServiceLoader}: a
 * backend jar lists its subclass in
 * {@code META-INF/services/org.grad4j.inject.BackendModule}. It binds {@link Backend} as a
 * singleton, created on first use so that installing the module starts no native code, and
 * {@link Tensors} on that backend.
 */
public abstract class BackendModule extends AbstractModule {
    /** Returns the name users select the backend by. */
    public abstract String name();

    /** Creates the backend; called once per injector, on first use. */
    protected abstract Backend createBackend();

    @Provides
    @Singleton
    Backend provideBackend() {
        return createBackend();
    }

    @Provides
    @Singleton
    Tensors provideTensors(Backend backend) {
        return new Tensors(backend);
    }
}
