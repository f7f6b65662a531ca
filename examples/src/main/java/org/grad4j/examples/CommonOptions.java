package org.grad4j.examples;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.Iterator;
import org.grad4j.inject.BackendModule;
import org.grad4j.inject.BackendModules;
import org.grad4j.inject.CoreModule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The option every example shares: the backend that runs the kernels. Each command declares its
 * own --seed, because what the seed draws differs between them.
 */
final class CommonOptions {
    @Option(names = "--backend", paramLabel = "NAME", defaultValue = "pure", converter = BackendConverter.class,
            completionCandidates = BackendNames.class,
            description = "Backend that runs the tensor kernels, one of: ${COMPLETION-CANDIDATES}"
                    + " (default: ${DEFAULT-VALUE}).")
    private BackendModule backend;

    /** Returns the chosen backend's Guice module. */
    BackendModule backend() {
        return backend;
    }

    /** Creates an injector that binds the chosen backend, its {@code Tensors}, and the named losses and optimizers. */
    Injector createInjector() {
        return Guice.createInjector(new CoreModule(), backend);
    }

    /** Converts a backend name to its module, listing the available names when there is none of that name. */
    static final class BackendConverter implements ITypeConverter<BackendModule> {
        @Override
        public BackendModule convert(String name) {
            try {
                return BackendModules.named(name);
            } catch (IllegalArgumentException unknown) {
                throw new TypeConversionException(unknown.getMessage());
            }
        }
    }

    /** The names of the backends on the class path, for the help text. */
    static final class BackendNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BackendModules.names().iterator();
        }
    }
}
