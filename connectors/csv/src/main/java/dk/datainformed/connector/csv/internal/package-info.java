/**
 * The csv connector's implementation: file listing, encoding and separator detection, typed value
 * parsing, schema inference and the streaming read with checkpoints. Not exported.
 */
package dk.datainformed.connector.csv.internal;
