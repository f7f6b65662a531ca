package org.grad4j.nn;

import java.util.function.UnaryOperator;
import org.grad4j.tensor.Tensor;

/** Parameter-free modules that apply an elementwise function, for use in {@link Sequential}. */
public final class Activations {
    private Activations() {
    }

    /** Returns a module computing {@code max(x, 0)}. */
    public static Module relu() {
        return of("relu", Tensor::relu);
    }

    /** Returns a module computing {@code tanh(x)}. */
    public static Module tanh() {
        return of("tanh", Tensor::tanh);
    }

    private static Module of(String name, UnaryOperator<Tensor> function) {
        return new Module() {
            @Override
            public Tensor forward(Tensor input) {
                if (input == null) {
                    throw new NullPointerException(name + ": the input is null; pass a tensor");
                }
                return function.apply(input);
            }
        };
    }
}
