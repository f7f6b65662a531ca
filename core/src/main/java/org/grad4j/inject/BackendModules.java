package org.grad4j.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;

/** Finds the backend modules on the class path by name. */
public final class BackendModules {
    private BackendModules() {
    }

    /** Returns every backend module on the class path, by name in alphabetical order. */
    public static SortedMap<String, BackendModule> available() {
        SortedMap<String, BackendModule> modules = new TreeMap<>();
        for (BackendModule module : ServiceLoader.load(BackendModule.class)) {
            modules.put(module.name(), module);
        }
        return modules;
    }

    /** Returns the names of the available backends in alphabetical order. */
    public static List<String> names() {
        return new ArrayList<>(available().keySet());
    }

    /**
     * Returns the backend module called {@code name}.
     *
     * @throws NullPointerException if the name is null, naming the backends that are available
     * @throws IllegalArgumentException naming the backends that are available if none is called so
     */
    public static BackendModule named(String name) {
        SortedMap<String, BackendModule> modules = available();
        if (name == null) {
            throw new NullPointerException("the backend name is null; pass one of the available backends: "
                    + String.join(", ", modules.keySet()));
        }
        BackendModule module = modules.get(name);
        if (module == null) {
            throw new IllegalArgumentException("unknown backend '" + name + "'; available backends: "
                    + (modules.isEmpty() ? "none (add a backend jar such as grad4j-backend-pure to the class path)"
                            : String.join(", ", modules.keySet())));
        }
        return module;
    }
}
