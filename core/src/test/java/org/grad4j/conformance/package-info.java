/**
 * The conformance suite every backend must pass, shipped in core's test-jar: a backend module
 * runs it by subclassing {@link org.grad4j.conformance.BackendConformance} once. Each check class
 * covers one concept, with tolerances stated in {@link org.grad4j.conformance.ConformanceBase}
 * and in the class itself.
 */
package org.grad4j.conformance;
