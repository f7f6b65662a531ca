/**
 * Runnable examples of grad4j: the sine/cosine regression with the {@link org.grad4j.examples.LineGrid}
 * interpolation module, trained by gradient descent or minibatch SGD, and a tour that prints the
 * values a course on supervised learning shows. {@link org.grad4j.examples.Main} is the command
 * line.
 */
package org.grad4j.examples;
