package org.grad4j.benchmarks;

import com.google.inject.Guice;
import org.grad4j.inject.BackendModules;
import org.grad4j.tensor.Tensors;

/** Creates tensor factories by backend name through the same Guice lookup the examples use. */
final class Backends {
    private Backends() {
    }

    static Tensors tensors(String name) {
        return Guice.createInjector(BackendModules.named(name)).getInstance(Tensors.class);
    }
}
