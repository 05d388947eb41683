package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.testkit.Leaks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Fuzz targets of the CSV reader (docs/fuzzing.md): any bytes as a file, any checkpoint, give
 * events or the connector's own {@link ConnectorException}; no message, cause, position, reason or
 * {@code toString()} holds the synthetic CPR number planted in the file's name or committed inputs.
 * The raw row of a malformed event may hold it: it is the municipality's error channel.
 */
class CsvReaderFuzzTest {

  static final String CPR = "0101901234";

  private static final Path FOLDER;

  static {
    try {
      FOLDER = Files.createTempDirectory("csv-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String[] LIMITS = {"max_fields", "40", "max_line_length", "2000", "checkpoint_every", "3",
      "on_error", "report"};

  @FuzzTest(maxDuration = "10m")
  void csvFile(byte[] input) throws IOException {
    Path file = Files.write(FOLDER.resolve(CPR + ".csv"), input);
    try (Connector csv = open(file, LIMITS)) {
      assertThat(csv.check().message()).doesNotContain(CPR).hasSizeLessThan(20_000);
      try {
        csv.discover().forEach(d -> assertThat(d.toString()).doesNotContain(CPR));
        assertClean(readAll(csv));
      } catch (ConnectorException e) {
        Leaks.assertNoneOf(e, CPR);
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  void checkpoint(FuzzedDataProvider data) throws IOException {
    Path file = FOLDER.resolve("a.csv");
    if (!Files.exists(file)) {
      Files.writeString(file, "id;navn\n1;Anna\n2;\"Bo\n3;Carl\n4;\"D;\"\"ø\"\"\"\n5;Eva\n");
    }
    Checkpoint checkpoint = new Checkpoint("a", Map.of(
        "file", data.consumeBoolean() ? "a.csv" : data.consumeString(20),
        "offset", data.consumeBoolean() ? Long.toString(data.consumeLong(-5, 80)) : data.consumeString(20),
        "line", data.consumeBoolean() ? Long.toString(data.consumeLong(-5, 10)) : data.consumeRemainingAsString()));
    try (Connector csv = open(file, LIMITS)) {
      assertClean(readAll(csv, ConnectorState.empty().with(checkpoint)));
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR);
    }
  }

  private static void assertClean(List<ReadEvent> events) {
    for (ReadEvent event : events) {
      assertThat(event.toString()).doesNotContain(CPR);
      if (event instanceof ReadEvent.Malformed m) {
        assertThat(m.position()).doesNotContain(CPR);
        assertThat(m.reason()).doesNotContain(CPR).hasSizeLessThan(20_000);
      }
    }
  }
}
