package org.grad4j.nn;

import java.util.function.UnaryOperator;
import org.grad4j.tensor.Tensor;

/** Parameter-free modules that apply an elementwise function, for use in {@link Sequential}. */
public final class Activations {
    private Activations() {
    }

    /** Returns a module computing {@code max(x, 0)}. */
    public static Module relu() {
        return of(Tensor::relu);
    }

    /** Returns a module computing {@code tanh(x)}. */
    public static Module tanh() {
        return of(Tensor::tanh);
    }

    private static Module of(UnaryOperator<Tensor> function) {
        return new Module() {
            @Override
            public Tensor forward(Tensor input) {
                return function.apply(input);
            }
        };
    }
}
