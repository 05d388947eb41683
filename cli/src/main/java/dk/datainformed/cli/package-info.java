/**
 * The entry point of the {@code datainformed} command line, {@link dk.datainformed.cli.Datainformed}:
 * {@code main} for {@code java -jar datainformed.jar}, and {@code run} for a caller that gives the
 * environment and the streams.
 */
package dk.datainformed.cli;
