package org.grad4j.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grad4j.tensor.Tensor;

/**
 * Base class of models and layers: a function of a tensor with learnable parameters and nested
 * modules, registered by name in the order of registration.
 *
 * <p>To write a module: register each parameter with {@link #registerParameter} and each child
 * module with {@link #registerModule} in the constructor, and implement {@link #forward} with
 * tensor ops. Gradients then reach every parameter without further code.
 */
public abstract class Module {
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();

    /** Computes the module's output for {@code input}. */
    public abstract Tensor forward(Tensor input);

    /**
     * Registers a parameter under {@code name} and returns it.
     *
     * @throws NullPointerException if the name or the parameter is null
     * @throws IllegalArgumentException if the name is empty, contains a dot or is taken
     */
    protected <P extends Parameter> P registerParameter(String name, P parameter) {
        checkName("registerParameter", name);
        if (parameter == null) {
            throw new NullPointerException("registerParameter: the parameter '" + name + "' is null; pass a"
                    + " Parameter, or register nothing for a missing one such as an absent bias");
        }
        parameters.put(name, parameter);
        return parameter;
    }

    /**
     * Registers a child module under {@code name} and returns it.
     *
     * @throws NullPointerException if the name or the module is null
     * @throws IllegalArgumentException if the name is empty, contains a dot or is taken, or if
     *     the module is this module or contains it, which would make the tree a cycle
     */
    protected <M extends Module> M registerModule(String name, M module) {
        checkName("registerModule", name);
        if (module == null) {
            throw new NullPointerException("registerModule: the module '" + name + "' is null; pass a Module");
        }
        Module child = module;
        if (child.contains(this)) {
            throw new IllegalArgumentException("registerModule: the module '" + name + "' is " + (module == this
                    ? "this module itself" : "an ancestor of this module")
                    + ", so the modules would form a cycle and parameters() would never end; register a child"
                    + " that does not contain this module");
        }
        children.put(name, module);
        return module;
    }

    /** Returns every parameter of this module and its descendants, each once, in registration order. */
    public List<Parameter> parameters() {
        return new ArrayList<>(namedParameters().values());
    }

    /**
     * Returns every parameter under its dotted path, such as {@code layer1.weight}. A parameter
     * shared by several modules appears once, under its first path.
     */
    public Map<String, Parameter> namedParameters() {
        Map<String, Parameter> named = new LinkedHashMap<>();
        collect("", named, Collections.newSetFromMap(new IdentityHashMap<>()));
        return named;
    }

    /** Returns the direct child modules by name. */
    public Map<String, Module> children() {
        return Collections.unmodifiableMap(children);
    }

    /** Returns the total number of elements in all parameters. */
    public long parameterCount() {
        long count = 0;
        for (Parameter p : parameters()) {
            count += p.shape().size();
        }
        return count;
    }

    /** Clears the gradient of every parameter. */
    public void zeroGrad() {
        for (Parameter p : parameters()) {
            p.zeroGrad();
        }
    }

    /** Returns true if {@code module} is this module or one of its descendants. */
    private boolean contains(Module module) {
        if (module == this) {
            return true;
        }
        for (Module child : children.values()) {
            if (child.contains(module)) {
                return true;
            }
        }
        return false;
    }

    private void collect(String prefix, Map<String, Parameter> named, Set<Parameter> seen) {
        for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
            if (seen.add(entry.getValue())) {
                named.put(prefix + entry.getKey(), entry.getValue());
            }
        }
        for (Map.Entry<String, Module> entry : children.entrySet()) {
            entry.getValue().collect(prefix + entry.getKey() + ".", named, seen);
        }
    }

    private void checkName(String method, String name) {
        if (name == null) {
            throw new NullPointerException(method + ": the name is null; pass a non-empty name without dots");
        }
        if (name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException(method + ": invalid name '" + name
                    + "': names must be non-empty and contain no dot, which separates nested names");
        }
        if (parameters.containsKey(name) || children.containsKey(name)) {
            String owner = getClass().getSimpleName().isEmpty() ? getClass().getName() : getClass().getSimpleName();
            throw new IllegalArgumentException(method + ": the name '" + name + "' is already registered in "
                    + owner + "; pick another name");
        }
    }
}
