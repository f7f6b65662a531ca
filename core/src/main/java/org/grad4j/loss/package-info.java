/** Loss functions that measure a model's error, with a recipe for writing new ones in {@link org.grad4j.loss.Loss}. */
package org.grad4j.loss;
