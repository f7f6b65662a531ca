/**
 * Tensors and their creation: {@link org.grad4j.tensor.Tensor} (values with autograd),
 * {@link org.grad4j.tensor.Shape}, {@link org.grad4j.tensor.DType}, the factory
 * {@link org.grad4j.tensor.Tensors} and the seeded {@link org.grad4j.tensor.Generator}.
 *
 * <p>Each op's forward call and backward rule sit side by side in a package-private class per op
 * family: {@code ElementwiseOps}, {@code ReductionOps}, {@code ShapeOps}, {@code IndexOps} and
 * {@code LinalgOps}.
 */
package org.grad4j.tensor;
