/**
 * The contract test kit for datainformed connectors: extend
 * {@link dk.datainformed.connector.testkit.ConnectorContractTest} in your connector's tests, and play an
 * HTTP service with {@link dk.datainformed.connector.testkit.LocalHttpServer}.
 */
module dk.datainformed.connector.testkit {
  requires transitive dk.datainformed.connector.api;
  requires transitive org.junit.jupiter.api;
  // LocalHttpServer runs on the JDK's own HTTP server; its API does not expose that module's types.
  requires jdk.httpserver;

  exports dk.datainformed.connector.testkit;

  // JUnit reflects on the kit's test methods, which subclasses in other modules inherit.
  opens dk.datainformed.connector.testkit to org.junit.platform.commons;
}
