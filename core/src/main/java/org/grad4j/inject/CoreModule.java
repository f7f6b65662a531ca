package org.grad4j.inject;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import org.grad4j.loss.CrossEntropyLoss;
import org.grad4j.loss.Loss;
import org.grad4j.loss.MSELoss;
import org.grad4j.optim.Adam;
import org.grad4j.optim.OptimizerFactory;
import org.grad4j.optim.SGD;

/**
 * Binds grad4j's losses and optimizers by name. Install it with one {@link BackendModule}.
 *
 * <p>Binds {@code Map<String, Loss>} with {@code "mse"} ({@link MSELoss}) and
 * {@code "cross_entropy"} ({@link CrossEntropyLoss}), and
 * {@code Map<String, OptimizerFactory>} with {@code "sgd"} ({@link SGD}), {@code "adam"} and
 * {@code "adamw"} ({@link Adam}). Add your own entries from another module with
 * {@link #losses} and {@link #optimizers}.
 */
public final class CoreModule extends AbstractModule {
    @Override
    protected void configure() {
        MapBinder<String, Loss> losses = losses(binder());
        losses.addBinding("mse").to(MSELoss.class);
        losses.addBinding("cross_entropy").to(CrossEntropyLoss.class);

        MapBinder<String, OptimizerFactory> optimizers = optimizers(binder());
        optimizers.addBinding("sgd").toInstance(SGD::new);
        optimizers.addBinding("adam").toInstance(Adam::new);
        optimizers.addBinding("adamw").toInstance(Adam::adamW);
    }

    /** Returns the map binder of losses by name, for adding entries from any module. */
    public static MapBinder<String, Loss> losses(com.google.inject.Binder binder) {
        return MapBinder.newMapBinder(binder, String.class, Loss.class);
    }

    /** Returns the map binder of optimizer factories by name, for adding entries from any module. */
    public static MapBinder<String, OptimizerFactory> optimizers(com.google.inject.Binder binder) {
        return MapBinder.newMapBinder(binder, String.class, OptimizerFactory.class);
    }
}
