/**
 * Speed and memory measurements, run by hand: JMH benchmarks that print ratios against the pure
 * backend measured in the same run, and a soak check of memory over long training runs.
 */
package org.grad4j.benchmarks;
