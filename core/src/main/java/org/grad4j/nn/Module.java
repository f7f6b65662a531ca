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
     * @throws IllegalArgumentException if the name is empty, contains a dot or is taken
     */
    protected <P extends Parameter> P registerParameter(String name, P parameter) {
        checkName(name);
        parameters.put(name, parameter);
        return parameter;
    }

    /**
     * Registers a child module under {@code name} and returns it.
     *
     * @throws IllegalArgumentException if the name is empty, contains a dot or is taken
     */
    protected <M extends Module> M registerModule(String name, M module) {
        checkName(name);
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

    private void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("invalid name '" + name
                    + "': names must be non-empty and contain no dot, which separates nested names");
        }
        if (parameters.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("the name '" + name + "' is already registered in "
                    + getClass().getSimpleName() + "; pick another name");
        }
    }
}
