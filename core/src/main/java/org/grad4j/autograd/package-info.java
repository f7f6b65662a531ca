/**
 * Reverse-mode automatic differentiation: graph nodes, the backward engine that sums gradients
 * back to each input's shape, and the per-thread grad mode with its no-grad scopes.
 */
package org.grad4j.autograd;
