package dk.datainformed.connector.statbank.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.testkit.Leaks;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets of the Statistikbank answers (docs/fuzzing.md): any text as a JSON-stat or a
 * tableinfo answer gives events or the connector's own {@link ConnectorException}, and no message,
 * reason or cause holds the synthetic CPR number the committed inputs plant.
 */
class StatbankAnswersFuzzTest {

  static final String CPR = "0101901234";

  /** Reads no network: only its parsing is used. */
  private static final StatbankApi API =
      new StatbankApi(URI.create("http://127.0.0.1:9/v1/"), ResilientHttpClient.builder().build(), "da");

  private static final String TABLE_INFO = "{\"id\":\"FOLK1A\",\"text\":\"Befolkningen\",\"updated\":\"2024-05-10T08:00:00\","
      + "\"variables\":[{\"id\":\"OMRÅDE\",\"values\":[{\"id\":\"101\",\"text\":\"København\"},{\"id\":\"147\"}]},"
      + "{\"id\":\"KØN\",\"values\":[{\"id\":\"TOT\"}]},"
      + "{\"id\":\"Tid\",\"time\":true,\"values\":[{\"id\":\"2024K1\"},{\"id\":\"2024K2\"}]}]}";

  /** The most events a target drains, so that a sparse answer of a million cells stays quick. */
  private static final int MAX_EVENTS = 10_000;

  @FuzzTest(maxDuration = "10m")
  void jsonStatAnswer(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    TableInfo info = API.readTableInfo(TABLE_INFO, "FOLK1A");
    RowMapper mapper = new RowMapper(info, "FOLK1A", input.length % 2 == 0);
    try {
      JsonStatSource source = new JsonStatSource(API.parse(text, "FOLK1A", "JSON-stat answer"), info, mapper, "FOLK1A",
          input.length % 3);
      ReadEvent event;
      for (int i = 0; i < MAX_EVENTS && (event = source.next()) != null; i++) {
        assertThat(event.toString()).doesNotContain(CPR);
        if (event instanceof ReadEvent.Malformed m) {
          assertThat(m.reason()).doesNotContain(CPR);
          assertThat(m.position()).doesNotContain(CPR);
        }
      }
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void tableInfoAnswer(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      TableInfo info = API.readTableInfo(text, "FOLK1A");
      RowMapper mapper = RowMapper.of(info, "FOLK1A", true);
      assertThat(mapper.schema().size()).isPositive();
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR);
    }
  }
}
