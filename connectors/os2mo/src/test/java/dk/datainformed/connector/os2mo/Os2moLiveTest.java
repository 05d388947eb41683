package dk.datainformed.connector.os2mo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calls a real OS2mo, only when asked to: set {@code OS2MO_BASE_URL}, {@code OS2MO_AUTH_URL},
 * {@code OS2MO_CLIENT_ID} and {@code OS2MO_CLIENT_SECRET} (and optionally {@code OS2MO_GRAPHQL_VERSION});
 * without them the tests are reported as skipped.
 */
class Os2moLiveTest {

  private final Map<String, String> settings = new HashMap<>();

  @BeforeEach
  void readTheEnvironment() {
    Map<String, String> variables = Map.of(
        "base_url", "OS2MO_BASE_URL", "auth_url", "OS2MO_AUTH_URL", "client_id", "OS2MO_CLIENT_ID",
        "client_secret", "OS2MO_CLIENT_SECRET");
    variables.forEach((key, variable) -> {
      String value = System.getenv(variable);
      assumeTrue(value != null && !value.isBlank(),
          "live OS2mo tests are opt-in: set " + String.join(", ", variables.values()) + " to run them");
      settings.put(key, value);
    });
    String version = System.getenv("OS2MO_GRAPHQL_VERSION");
    if (version != null && !version.isBlank()) {
      settings.put("graphql_version", version);
    }
    settings.put("page_size", "50");
  }

  @Test
  void checkPassesAgainstTheRealOs2mo() {
    try (Connector os2mo = Connectors.open("os2mo", settings)) {
      CheckResult result = os2mo.check();
      assertThat(result.ok()).as(result.message()).isTrue();
    }
  }

  @Test
  void readsTheFirstPageOfRealOrganisationUnits() {
    try (Connector os2mo = Connectors.open("os2mo", settings);
        Stream<ReadEvent> events = os2mo.read(ReadRequest.all())) {
      List<ReadEvent> firstPage = events.takeWhile(e -> !(e instanceof ReadEvent.Checkpointed))
          .collect(Collectors.toList());
      assertThat(firstPage).filteredOn(e -> e instanceof ReadEvent.Read)
          .allSatisfy(e -> assertThat(((ReadEvent.Read) e).record().schema()).isEqualTo(Os2moConnector.SCHEMA));
    }
  }
}
