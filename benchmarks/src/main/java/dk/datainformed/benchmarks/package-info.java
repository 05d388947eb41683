/**
 * JMH benchmarks of datainformed beside the straightforward way of doing the same with the JDK alone.
 * Not published; see the module's README.md for how to run them.
 */
package dk.datainformed.benchmarks;
