package org.grad4j.examples;

import org.grad4j.data.TensorDataset;
import org.grad4j.tensor.Generator;
import org.grad4j.tensor.Tensor;
import org.grad4j.tensor.Tensors;

/**
 * Noisy samples of one period of sine and cosine: x uniform in {@code [0, period)} and targets
 * {@code [sin(2 pi x / period), cos(2 pi x / period)]}, each plus Gaussian noise.
 *
 * @param x the FLOAT32 inputs, shape {@code [m]}
 * @param y the FLOAT32 noisy targets, shape {@code [m, 2]}: column 0 sine, column 1 cosine
 */
public record SineCosineData(Tensor x, Tensor y) {
    /**
     * Draws {@code samples} samples from {@code generator}, in this order: all x values, then
     * the sine noise, then the cosine noise, so one seed gives the same data on every backend.
     *
     * @param period the length of the x interval, which is one period of both functions
     * @param noiseStd the standard deviation of the noise added to each target
     * @throws IllegalArgumentException if {@code samples} or {@code period} is not positive or
     *     {@code noiseStd} is negative
     */
    public static SineCosineData generate(Tensors tensors, Generator generator, int samples, double period,
            double noiseStd) {
        if (samples <= 0 || !(period > 0) || !(noiseStd >= 0)) {
            throw new IllegalArgumentException("SineCosineData: expected samples > 0, period > 0 and noiseStd >= 0"
                    + " but got samples " + samples + ", period " + period + ", noiseStd " + noiseStd);
        }
        Tensor x = tensors.rand(generator, samples).mul(period);
        Tensor phase = x.mul(2 * Math.PI / period);
        Tensor noisySin = phase.sin().add(tensors.randn(generator, samples).mul(noiseStd));
        Tensor noisyCos = phase.cos().add(tensors.randn(generator, samples).mul(noiseStd));
        Tensor y = Tensor.stack(java.util.List.of(noisySin, noisyCos), 1);
        return new SineCosineData(x, y);
    }

    /** Returns the number of samples. */
    public int size() {
        return x.shape().dim(0);
    }

    /** Returns the samples as a dataset of (x, y) pairs. */
    public TensorDataset dataset() {
        return new TensorDataset(x, y);
    }
}
