package org.grad4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.grad4j.backend.Backend;
import org.grad4j.inject.BackendModules;
import org.junit.jupiter.api.Test;

/** Discovery of the ND4J backend by name and its Guice binding. */
class Nd4jBackendModuleTest {
    @Test
    void moduleIsFoundByName() {
        assertTrue(BackendModules.names().contains("nd4j"), "available backends: " + BackendModules.names());
        assertInstanceOf(Nd4jBackendModule.class, BackendModules.named("nd4j"));
    }

    @Test
    void injectorBindsOneNd4jBackend() {
        Injector injector = Guice.createInjector(BackendModules.named("nd4j"));
        Backend backend = injector.getInstance(Backend.class);
        assertInstanceOf(Nd4jBackend.class, backend);
        assertEquals("nd4j", backend.name());
        assertSame(backend, injector.getInstance(Backend.class));
    }
}
