package org.grad4j.optim;

import java.util.List;
import org.grad4j.nn.Parameter;

/**
 * Creates an optimizer by name from the Guice {@code MapBinder<String, OptimizerFactory>}; other
 * hyperparameters take the optimizer's defaults.
 */
@FunctionalInterface
public interface OptimizerFactory {
    /** Returns a new optimizer over {@code parameters} with learning rate {@code lr}. */
    Optimizer create(List<Parameter> parameters, double lr);
}
