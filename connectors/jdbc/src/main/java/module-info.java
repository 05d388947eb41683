/**
 * The built-in {@code jdbc} connector: a table or a query of the municipality's own warehouse, read
 * over JDBC incrementally by a watermark column, with checkpoints that resume exactly.
 *
 * <p>Found with {@link java.util.ServiceLoader} as the provider named {@code jdbc}; see {@link
 * dk.datainformed.connector.jdbc.JdbcConnectorProvider} for the configuration keys. The database's
 * JDBC driver is not a dependency: put your own on the class or module path.
 */
module dk.datainformed.connector.jdbc {
  requires transitive dk.datainformed.connector.api;
  requires java.sql;

  exports dk.datainformed.connector.jdbc;

  provides dk.datainformed.connector.api.ConnectorProvider with
      dk.datainformed.connector.jdbc.JdbcConnectorProvider;
}
