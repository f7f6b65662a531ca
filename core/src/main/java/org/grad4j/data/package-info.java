/** Datasets of samples and the loader that draws shuffled, seeded batches from them. */
package org.grad4j.data;
