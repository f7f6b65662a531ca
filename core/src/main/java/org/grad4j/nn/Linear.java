package org.grad4j.nn;

import org.grad4j.tensor.DType;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * Affine layer {@code y = x W^T + b} over the last dimension of its input, with weight
 * {@code [outFeatures, inFeatures]} and bias {@code [outFeatures]}. Weight and bias start from
 * U(-1/sqrt(inFeatures), 1/sqrt(inFeatures)), PyTorch's default.
 */
public final class Linear extends Module {
    private final Parameter weight;
    private final Parameter bias;

    /** Creates a FLOAT32 layer with a bias, initialised from {@code generator}. */
    public Linear(Tensors tensors, int inFeatures, int outFeatures, Generator generator) {
        this(tensors, inFeatures, outFeatures, true, DType.FLOAT32, generator);
    }

    /** Creates a layer of the given dtype, with or without a bias. */
    public Linear(Tensors tensors, int inFeatures, int outFeatures, boolean withBias, DType dtype,
            Generator generator) {
        if (tensors == null) {
            throw new NullPointerException("Linear: the Tensors factory is null; pass the factory of the backend"
                    + " the layer should live on");
        }
        if (inFeatures <= 0 || outFeatures <= 0) {
            throw new IllegalArgumentException("Linear: inFeatures and outFeatures must be positive but were "
                    + inFeatures + " and " + outFeatures);
        }
        if (dtype == null) {
            throw new NullPointerException("Linear: the dtype is null; pass DType.FLOAT32 or DType.FLOAT64");
        }
        if (!dtype.isFloatingPoint()) {
            throw new IllegalArgumentException("Linear: the dtype must be floating point but was " + dtype
                    + "; pass DType.FLOAT32 or DType.FLOAT64");
        }
        if (generator == null) {
            throw new NullPointerException("Linear: the generator is null; pass a Generator such as"
                    + " new Generator(seed)");
        }
        double bound = 1.0 / Math.sqrt(inFeatures);
        Init init = Init.uniform(-bound, bound, generator);
        this.weight = registerParameter("weight",
                new Parameter(init.create(tensors, dtype, outFeatures, inFeatures)));
        this.bias = withBias
                ? registerParameter("bias", new Parameter(init.create(tensors, dtype, outFeatures)))
                : null;
    }

    /** Returns the weight, shape {@code [outFeatures, inFeatures]}. */
    public Parameter weight() {
        return weight;
    }

    /** Returns the bias, shape {@code [outFeatures]}, or null for a layer without one. */
    public Parameter bias() {
        return bias;
    }

    @Override
    public Tensor forward(Tensor input) {
        if (input == null) {
            throw new NullPointerException("Linear: the input is null; pass a tensor");
        }
        int inFeatures = weight.shape().dim(1);
        if (input.shape().rank() == 0 || input.shape().dim(-1) != inFeatures) {
            throw new IllegalArgumentException("Linear: expected input with last dimension " + inFeatures
                    + " but got shape " + input.shape() + "; pass inputs of shape [..., " + inFeatures + "]");
        }
        Tensor output = input.matmul(weight.transpose(0, 1));
        return bias == null ? output : output.add(bias);
    }
}
