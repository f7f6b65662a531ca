/**
 * The default backend: kernels in plain Java over primitive arrays with strides, so it runs
 * wherever a JVM does.
 */
package org.grad4j.pure;
