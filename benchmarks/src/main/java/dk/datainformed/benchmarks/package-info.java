/**
 * JMH benchmarks of datainformed beside the straightforward way of doing the same with the JDK alone,
 * and the national-scale harness ({@link dk.datainformed.benchmarks.NationalScale}), which runs
 * outside JMH. Not published; see the module's README.md for how to run them.
 */
package dk.datainformed.benchmarks;
