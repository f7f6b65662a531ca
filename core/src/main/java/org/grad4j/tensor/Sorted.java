package org.grad4j.tensor;

/**
 * Result of {@link Tensor#sort}: the sorted values, which carry gradients, and the INT64
 * positions in the input they came from.
 *
 * @param values the input sorted along the dimension
 * @param indices INT64 positions of the values in the input, same shape
 */
public record Sorted(Tensor values, Tensor indices) {
}
