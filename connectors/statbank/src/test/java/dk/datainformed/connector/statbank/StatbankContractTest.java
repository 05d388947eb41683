package dk.datainformed.connector.statbank;

import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The connector test kit's contract, run against local Statistikbank servers. */
class StatbankContractTest extends ConnectorContractTest {

  private static FakeStatbank good;
  private static FakeStatbank broken;

  @BeforeAll
  static void start() throws IOException {
    good = new FakeStatbank(Fixtures.TABLE_INFO, Fixtures.BULK);
    broken = new FakeStatbank(Fixtures.TABLE_INFO,
        "\uFEFFOMRÅDE;KØN;TID;INDHOLD\r\n000;TOT;2024K1;1\r\n000;TOT;2024K2;en\r\n000;1;2024K1;3\r\n");
  }

  @AfterAll
  static void stop() {
    good.close();
    broken.close();
  }

  @Override
  protected ConnectorProvider provider() {
    return new StatbankConnectorProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return Map.of("base_url", good.baseUrl(), "table", "FOLK1A", "checkpoint_every", "1",
        "requests_per_second", "1000");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("base_url", "http://127.0.0.1:1/v1/", "table", "FOLK1A", "max_attempts", "1",
        "connect_timeout", "1s", "timeout", "1s");
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("base_url", broken.baseUrl(), "table", "FOLK1A", "checkpoint_every", "1",
        "requests_per_second", "1000");
  }
}
