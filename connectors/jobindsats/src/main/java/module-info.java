/**
 * The built-in connector to Jobindsats (api.jobindsats.dk), the labour-market statistics of the
 * Danish Agency for Labour Market and Recruitment (STAR).
 *
 * <p>Found at run time by name: {@code Connectors.open("jobindsats", settings)}.
 */
module dk.datainformed.connector.jobindsats {
  requires transitive dk.datainformed.connector.api;
  requires tools.jackson.databind;
  requires org.apache.commons.lang3;

  exports dk.datainformed.connector.jobindsats;

  provides dk.datainformed.connector.api.ConnectorProvider with
      dk.datainformed.connector.jobindsats.JobindsatsConnectorProvider;
}
