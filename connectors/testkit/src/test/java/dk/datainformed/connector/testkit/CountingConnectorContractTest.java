package dk.datainformed.connector.testkit;

import dk.datainformed.connector.api.ConnectorProvider;
import java.util.Map;

/** The kit run against a correct connector: every contract test must pass. */
class CountingConnectorContractTest extends ConnectorContractTest {

  @Override
  protected ConnectorProvider provider() {
    return new CountingConnector.Provider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return Map.of("rows", "17");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("rows", "17", "reachable", "false");
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("rows", "17", "malformed_at", "5");
  }
}
