package dk.datainformed.connector.jobindsats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.record.Record;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Fuzz targets of Jobindsats' answers (docs/fuzzing.md): any text as a metadata or data answer
 * gives periods, records and reasons or the connector's own {@link ConnectorException}, and no
 * message, reason or cause holds the synthetic CPR number the committed inputs plant.
 */
class JobindsatsAnswersFuzzTest {

  static final String CPR = "0101901234";

  @FuzzTest(maxDuration = "10m")
  void metadataAnswer(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      JsonNode metadata = JobindsatsApi.answer("Y01A02", "the metadata of table Y01A02", text);
      PeriodSelection.inOrder(JobindsatsApi.periods("Y01A02", metadata));
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void dataAnswer(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      JsonNode answer = JobindsatsApi.answer("Y01A02", "the data of table Y01A02", text);
      Layout layout = Layout.of("Y01A02", answer);
      JsonNode rows = Layout.rows("Y01A02", answer);
      for (int i = 0; i < Math.min(rows.size(), 10_000); i++) {
        layout.period(rows.get(i));
        ParseResult<Record> record = layout.read(rows.get(i));
        assertThat(record.failure().orElse("")).doesNotContain(CPR);
        record.toOptional().ifPresent(r -> assertThat(r.toString()).doesNotContain(CPR));
      }
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR);
    }
  }
}
