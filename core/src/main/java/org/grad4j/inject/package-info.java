/**
 * Guice wiring: the core module that binds losses and optimizers by name, and the backend
 * modules found by name through {@link java.util.ServiceLoader}.
 */
package org.grad4j.inject;
