/**
 * The service provider interface that backends implement: arrays a backend owns and the
 * forward kernels that run on them. Backends know nothing of gradients.
 */
package org.grad4j.backend;
