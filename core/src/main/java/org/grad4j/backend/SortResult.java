package org.grad4j.backend;

/**
 * The sorted values along one dimension and the INT64 positions they came from.
 *
 * @param values the input sorted along the dimension, same shape and dtype
 * @param indices INT64 positions in the input, same shape
 */
public record SortResult(NDArray values, NDArray indices) {
}
