/**
 * The jdbc connector's implementation: its settings, the mapping of SQL column types to record
 * field types, the SQL it sends, and the streaming read with checkpoints. Not exported.
 */
package dk.datainformed.connector.jdbc.internal;
