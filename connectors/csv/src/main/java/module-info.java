/**
 * The built-in {@code csv} connector: files and folders of CSV as Danish systems export them, read
 * into typed records with checkpoints by file and position.
 *
 * <p>Found with {@link java.util.ServiceLoader} as the provider named {@code csv}; see {@link
 * dk.datainformed.connector.csv.CsvConnectorProvider} for the configuration keys.
 */
module dk.datainformed.connector.csv {
  requires transitive dk.datainformed.connector.api;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires org.apache.commons.lang3;

  exports dk.datainformed.connector.csv;

  provides dk.datainformed.connector.api.ConnectorProvider with
      dk.datainformed.connector.csv.CsvConnectorProvider;
}
