/**
 * The {@code jdbc} connector's provider: a table or a query of a warehouse over JDBC, read in the
 * order of a watermark column and key columns, and resumed from checkpoints without loss or
 * duplicates.
 */
package dk.datainformed.connector.jdbc;
