/**
 * A grad4j backend that runs kernels on ND4J's native CPU library (libnd4j with OpenBLAS),
 * with Java code in the places where ND4J's results or safety fall short of the backend
 * contract.
 */
package org.grad4j.nd4j;
