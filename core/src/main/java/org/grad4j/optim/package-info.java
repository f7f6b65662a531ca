/** Optimizers that update parameters from their gradients: SGD, Adam and AdamW. */
package org.grad4j.optim;
