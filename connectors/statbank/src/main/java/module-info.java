/**
 * The built-in connector to Statistics Denmark's Statistikbank API: table metadata as a core
 * schema, data as JSON-stat or as a streamed BULK CSV with checkpoints.
 *
 * <p>Found at run time by {@link java.util.ServiceLoader} under the name {@code statbank}.
 */
module dk.datainformed.connector.statbank {
  requires transitive dk.datainformed.connector.api;
  requires tools.jackson.databind;
  requires org.apache.commons.lang3;

  exports dk.datainformed.connector.statbank;

  provides dk.datainformed.connector.api.ConnectorProvider with
      dk.datainformed.connector.statbank.StatbankConnectorProvider;
}
