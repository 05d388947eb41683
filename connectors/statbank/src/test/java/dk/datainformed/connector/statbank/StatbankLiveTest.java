package dk.datainformed.connector.statbank;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.record.Record;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against the real api.statbank.dk: runs only with {@code DATAINFORMED_LIVE_STATBANK=true} in the
 * environment and is reported as skipped otherwise (see the module's README).
 */
@Tag("live")
@EnabledIfEnvironmentVariable(named = "DATAINFORMED_LIVE_STATBANK", matches = "true",
    disabledReason = "set DATAINFORMED_LIVE_STATBANK=true to call the real api.statbank.dk")
class StatbankLiveTest {

  private static final String SELECTION = "OMRÅDE=000,101,411;KØN=TOT;ALDER=IALT;CIVILSTAND=TOT;Tid=2024K1";

  private static List<Record> read(String format) {
    try (Connector dst = Connectors.open("statbank",
            Map.of("table", "FOLK1A", "variables", SELECTION, "format", format));
        Stream<ReadEvent> events = dst.read(ReadRequest.all())) {
      return events.filter(e -> e instanceof ReadEvent.Read).map(e -> ((ReadEvent.Read) e).record())
          .collect(Collectors.toList());
    }
  }

  @Test
  void checksAndReadsFolk1aAsBulkAndAsJsonStatWithTheSameNumbers() {
    try (Connector dst = Connectors.open("statbank", Map.of("table", "FOLK1A"))) {
      CheckResult check = dst.check();
      assertThat(check.ok()).as(check.message()).isTrue();
      assertThat(dst.discover().get(0).schema().findIndex("område_level")).isPresent();
    }

    List<Record> bulk = read("bulk");
    List<Record> jsonstat = read("jsonstat");

    assertThat(bulk).hasSize(3);
    assertThat(jsonstat).containsExactlyInAnyOrderElementsOf(bulk);
    Record denmark = bulk.stream().filter(r -> r.getText(r.schema().indexOf("område")).equals("000"))
        .findFirst().orElseThrow();
    assertThat(denmark.getDouble(denmark.schema().indexOf("indhold"))).isGreaterThan(5_000_000);
    assertThat(denmark.getText(denmark.schema().indexOf("område_level"))).isEqualTo("country");
  }
}
