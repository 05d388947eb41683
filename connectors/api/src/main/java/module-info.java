/**
 * The connector SPI of datainformed and the HTTP plumbing that connectors share.
 *
 * <p>Municipalities implement the SPI for their own line-of-business systems; the built-in
 * connectors (CSV, Statistikbank, Jobindsats, OS2mo) use the same SPI and the same HTTP helpers.
 */
module dk.datainformed.connector.api {
  requires transitive dk.datainformed.core;
  requires transitive java.net.http;
  requires org.apache.commons.lang3;
  requires org.slf4j;

  exports dk.datainformed.connector.api;
  exports dk.datainformed.connector.api.http;

  uses dk.datainformed.connector.api.ConnectorProvider;
}
