package dk.datainformed.connector.jobindsats;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.record.Record;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Calls the real api.jobindsats.dk. Runs only with {@code DATAINFORMED_LIVE=true} and a key in
 * {@code JOBINDSATS_API_KEY}; otherwise JUnit reports it as skipped.
 */
@EnabledIfEnvironmentVariable(named = "DATAINFORMED_LIVE", matches = "true")
@EnabledIfEnvironmentVariable(named = "JOBINDSATS_API_KEY", matches = ".+")
class JobindsatsLiveTest {

  @Test
  void readsTheLatestMonthOfADagpengeForAllOfDenmark() {
    try (Connector jobindsats = Connectors.open("jobindsats", Map.of(
        "api_key", System.getenv("JOBINDSATS_API_KEY"),
        "table", "Y01A02",
        "periods", "l(m:1)",
        "area", "Hele landet"))) {
      CheckResult check = jobindsats.check();
      assertThat(check.ok()).as(check.message()).isTrue();
      List<StreamDescriptor> streams = jobindsats.discover();
      assertThat(streams).extracting(StreamDescriptor::name).containsExactly("Y01A02");

      List<ReadEvent> events;
      try (Stream<ReadEvent> read = jobindsats.read(ReadRequest.all())) {
        events = read.collect(Collectors.toList());
      }
      List<Record> records = events.stream().filter(e -> e instanceof ReadEvent.Read)
          .map(e -> ((ReadEvent.Read) e).record()).collect(Collectors.toList());
      assertThat(events).filteredOn(e -> e instanceof ReadEvent.Malformed).isEmpty();
      assertThat(records).isNotEmpty();
      assertThat(records).allMatch(r -> r.getText(r.schema().indexOf("area_code")).equals("000"));
      assertThat(records.get(0).schema()).isEqualTo(streams.get(0).schema());
    }
  }
}
