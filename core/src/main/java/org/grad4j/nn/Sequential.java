package org.grad4j.nn;

import java.util.List;
import java.util.Objects;
import org.grad4j.tensor.Tensor;

/** Modules applied one after another; child {@code i} is registered under the name {@code "i"}. */
public final class Sequential extends Module {
    private final List<Module> layers;

    /** Creates the chain of {@code layers}, applied in order. */
    public Sequential(Module... layers) {
        Objects.requireNonNull(layers, "Sequential: the layers are null; pass the modules to apply in order");
        for (int i = 0; i < layers.length; i++) {
            if (layers[i] == null) {
                throw new NullPointerException("Sequential: layer " + i + " is null; pass only modules");
            }
        }
        this.layers = List.of(layers);
        for (int i = 0; i < layers.length; i++) {
            registerModule(Integer.toString(i), layers[i]);
        }
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module layer : layers) {
            x = layer.forward(x);
        }
        return x;
    }
}
