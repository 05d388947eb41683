package dk.datainformed.connector.jobindsats;

import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The connector contract, run against a local stand-in for api.jobindsats.dk. */
class JobindsatsContractTest extends ConnectorContractTest {

  private FakeJobindsats server;

  @BeforeEach
  void startServer() throws Exception {
    server = new FakeJobindsats();
    // Y30R21 is the benchmark table, whose periods are moving annual totals that core cannot represent.
    server.add(new FakeJobindsats.Table("Y30R21", "Forventet og faktisk antal fuldtidspersoner", "Benchmark",
        List.of("2024QMAT01", "2024QMAT02"),
        List.of(FakeJobindsats.variable("area", "Area"), FakeJobindsats.variable("period", "Periode"),
            FakeJobindsats.variable("_ygrp_y30r21", "Ydelsesgrupper"),
            FakeJobindsats.variable("y30r21_faktisk", "Faktisk antal")),
        List.of(List.of("Randers", "2024QMAT01", "Ydelsesgrupper i alt", 8123.4),
            List.of("Randers", "2024QMAT02", "Ydelsesgrupper i alt", 8011.0))));
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Override
  protected ConnectorProvider provider() {
    return new JobindsatsConnectorProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return Map.of("base_url", server.baseUrl(), "api_key", FakeJobindsats.KEY, "table", "Y01A02",
        "periods_per_request", "4", "requests_per_second", "0");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("base_url", server.baseUrl(), "api_key", "an-expired-key", "table", "Y01A02",
        "requests_per_second", "0");
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("base_url", server.baseUrl(), "api_key", FakeJobindsats.KEY, "table", "Y30R21",
        "requests_per_second", "0");
  }
}
