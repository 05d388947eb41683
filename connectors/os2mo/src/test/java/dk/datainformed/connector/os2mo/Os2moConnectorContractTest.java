package dk.datainformed.connector.os2mo;

import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The connector contract, run against a local server that plays Keycloak and OS2mo. */
class Os2moConnectorContractTest extends ConnectorContractTest {

  private static FakeOs2mo good;
  private static FakeOs2mo broken;

  @BeforeAll
  static void startServers() throws Exception {
    good = new FakeOs2mo(Fixtures.municipality());
    broken = new FakeOs2mo(Fixtures.withABrokenValidity());
  }

  @AfterAll
  static void stopServers() {
    good.close();
    broken.close();
  }

  @Override
  protected ConnectorProvider provider() {
    return new Os2moConnectorProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return good.settings();
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    Map<String, String> settings = new HashMap<>(good.settings());
    // Port 1 on the loopback address: nothing listens there.
    settings.put("base_url", "http://127.0.0.1:1");
    settings.put("auth_url", "http://127.0.0.1:1");
    settings.put("max_attempts", "1");
    return settings;
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return broken.settings();
  }
}
