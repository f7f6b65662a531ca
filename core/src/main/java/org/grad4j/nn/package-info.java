/**
 * Models built from tensors: the {@link org.grad4j.nn.Module} base class, learnable
 * {@link org.grad4j.nn.Parameter}s, initialisers and ready layers.
 */
package org.grad4j.nn;
