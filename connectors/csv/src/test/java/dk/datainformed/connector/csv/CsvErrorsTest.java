package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.malformed;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.record.Record;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvErrorsTest {

  private static final String SCHEMA = "{\"fields\":["
      + "{\"name\":\"cpr\",\"type\":\"identifier\",\"nullable\":false},"
      + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":false},"
      + "{\"name\":\"dato\",\"type\":\"date\",\"nullable\":false}]}";

  private static final String BAD_ROWS = "cpr;timer;dato\n"
      + "010190-1234;7,4;31-12-2024\n"
      + "020290-2345;syv;31-12-2024\n"
      + "030390-3456;7,4\n"
      + "040490-4567;7,4;31-02-2024\n"
      + "050590-5678;7,4;2024/12/31\n"
      + "060690-6789;1,5;01.01.2025\n";

  @TempDir Path folder;

  @Test
  void reportsEachBadRowWithFileAndLineAndCarriesOn() {
    Path file = write(folder, "fravaer.csv", BAD_ROWS, StandardCharsets.UTF_8);

    try (Connector csv = open(file, "schema", SCHEMA, "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).extracting(r -> r.getDouble(1)).containsExactly(7.4, 1.5);
      assertThat(malformed(events)).extracting(ReadEvent.Malformed::position).containsExactly(
          "fravaer.csv, line 3", "fravaer.csv, line 4", "fravaer.csv, line 5", "fravaer.csv, line 6");
      assertThat(malformed(events)).extracting(ReadEvent.Malformed::reason).containsExactly(
          "field 'timer' (decimal): 'syv' is not a number with decimal separator ',' (no thousands separators)",
          "the row has 2 fields but the header has 3",
          "field 'dato' (date): '31-02-2024' is not a day of the calendar",
          "field 'dato' (date): '2024/12/31' is not a date in the layouts dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd");
      assertThat(malformed(events).get(0).raw()).isEqualTo("020290-2345;syv;31-12-2024");
    }
  }

  @Test
  void stopsAtTheFirstBadRowWithItsPositionAfterDeliveringTheRowsBefore() {
    Path file = write(folder, "fravaer.csv", BAD_ROWS, StandardCharsets.UTF_8);
    List<Record> delivered = new ArrayList<>();

    try (Connector csv = open(file, "schema", SCHEMA);
        Stream<ReadEvent> events = csv.read(ReadRequest.all())) {
      assertThatThrownBy(() -> events.forEach(e -> {
            if (e instanceof ReadEvent.Read r) {
              delivered.add(r.record());
            }
          }))
          .isInstanceOf(MalformedSourceException.class)
          .hasMessage("Stream 'fravaer', fravaer.csv, line 3: field 'timer' (decimal): 'syv' is not a number"
              + " with decimal separator ',' (no thousands separators)")
          .satisfies(e -> assertThat(((MalformedSourceException) e).position()).isEqualTo("fravaer.csv, line 3"));
    }
    assertThat(delivered).hasSize(1);
  }

  @Test
  void neverShowsAWholeCprNumberInAReasonOrAMessage() {
    Path file = write(folder, "skift.csv",
        "cpr;timer;dato\n"
            + ";7,4;31-12-2024\n"
            + "7,4;010190-1234;31-12-2024\n"
            + "0101901234;7,4;0202902345\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "schema", SCHEMA, "on_error", "report")) {
      List<ReadEvent.Malformed> bad = malformed(readAll(csv));

      assertThat(bad).hasSize(3);
      assertThat(bad).allSatisfy(m -> {
        assertThat(m.reason()).doesNotContainPattern("\\d{6}-?\\d{4}");
        assertThat(m.toString()).doesNotContainPattern("\\d{6}-?\\d{4}");
      });
      assertThat(bad.get(1).reason()).contains("'010190-****'");
      assertThat(bad.get(1).raw()).isEqualTo("7,4;010190-1234;31-12-2024");
    }
    try (Connector csv = open(file, "schema", SCHEMA);
        Stream<ReadEvent> events = csv.read(ReadRequest.all())) {
      assertThatThrownBy(() -> events.forEach(e -> { }))
          .isInstanceOf(MalformedSourceException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("\\d{6}-?\\d{4}"));
    }
  }

  @Test
  void reportsARequiredColumnMissingFromAFileHeader() {
    write(folder, "a.csv", "cpr;timer;dato\n010190-1234;1;01-01-2024\n", StandardCharsets.UTF_8);
    write(folder, "b.csv", "cpr;timer\n010190-1234;2\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder, "schema", SCHEMA, "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).hasSize(1);
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("b.csv, line 1");
        assertThat(m.reason()).isEqualTo("the header has no column for the required field 'dato' (the header is: cpr, timer)");
      });
      assertThat(csv.check().ok()).isFalse();
      assertThat(csv.check().message()).startsWith("b.csv: the header has no column for the required field 'dato'");
    }
  }

  @Test
  void reportsAFileThatIsNotValidUtf8WhenUtf8IsConfigured() {
    write(folder, "latin.csv", "navn\nHansen\nSkøde\nMøller\n", CsvFixtures.WINDOWS_1252);

    try (Connector csv = open(folder, "encoding", "UTF-8", "on_error", "report",
        "schema", "{\"fields\":[{\"name\":\"navn\",\"type\":\"text\",\"nullable\":true}]}")) {
      List<ReadEvent> events = readAll(csv);

      // The rows before the first bad byte are delivered; the error is reported on its row.
      assertThat(records(events)).extracting(r -> r.getText(0)).containsExactly("Hansen");
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("latin.csv, line 3");
        assertThat(m.reason()).contains("not valid UTF-8").contains("'encoding'");
      });
    }
    write(folder, "latin.csv", "navn;fravær\nHansen;2\n", CsvFixtures.WINDOWS_1252);
    try (Connector csv = open(folder, "encoding", "UTF-8")) {
      assertThatThrownBy(csv::discover).hasMessageContaining("not valid UTF-8");
      assertThat(csv.check().message()).contains("not valid UTF-8");
    }
  }

}
