package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.malformed;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLimitsAndConfigTest {

  @TempDir Path folder;

  @Test
  void aRowWithMoreFieldsThanMaxFieldsIsMalformedAndNamesTheLimit() {
    Path file = write(folder, "a.csv", "a;b;c\n1;2;3\n1;2;3;4;5\n7;8;9\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "max_fields", "3", "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).hasSize(2);
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("a.csv, line 3");
        assertThat(m.reason()).isEqualTo("the row has 5 fields, more than max_fields (3)");
      });
    }
  }

  @Test
  void aRowLongerThanMaxLineLengthIsMalformedAndNamesTheLimit() {
    Path file = write(folder, "a.csv", "a;b\nkort;kort\n" + "x".repeat(30) + ";" + "y".repeat(30) + "\nok;ok\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "max_line_length", "50", "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).hasSize(2);
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("a.csv, line 3");
        assertThat(m.reason()).isEqualTo("the row is longer than max_line_length (50 characters)");
        assertThat(m.raw().length()).isLessThanOrEqualTo(50);
      });
    }
  }

  @Test
  void anUnclosedQuoteCannotMakeTheParserHoldMoreThanMaxLineLength() {
    Path file = write(folder, "a.csv", "a;b\n1;2\n3;\"never closed" + "z".repeat(20_000) + "\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "max_line_length", "1000", "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).hasSize(1);
      assertThat(malformed(events)).singleElement().satisfies(m ->
          assertThat(m.reason()).isEqualTo("a value is longer than max_line_length (1000 characters)"));
    }
  }

  @Test
  void aFileLargerThanMaxFileSizeIsRefusedBeforeItIsRead() {
    write(folder, "a.csv", "a\n1\n", StandardCharsets.UTF_8);
    write(folder, "b.csv", "a\n1\n2\n3\n4\n5\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder, "max_file_size", "8", "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).hasSize(1);
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("b.csv");
        assertThat(m.reason()).isEqualTo("the file has 12 bytes, more than max_file_size (8 bytes)");
      });
    }
    try (Connector csv = open(folder, "max_file_size", "8");
        Stream<ReadEvent> events = csv.read(ReadRequest.all())) {
      assertThatThrownBy(() -> events.forEach(e -> { }))
          .isInstanceOf(MalformedSourceException.class)
          .hasMessageContaining("max_file_size (8 bytes)");
    }
  }

  @Test
  void rejectsOutOfRangeLimitsBadDateLayoutsAndAnInlineSchemaThatIsNotOne() {
    assertThatThrownBy(() -> open(folder, "max_fields", "-1", "date_formats", "dd-MM-yy",
        "schema", "{\"fields\":[{\"name\":\"a\",\"type\":\"money\",\"nullable\":true}]}"))
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(((InvalidConfigException) e).problems()).satisfiesExactlyInAnyOrder(
            p -> assertThat(p).startsWith("max_fields: -1 must be from 1"),
            p -> assertThat(p).startsWith("date_formats: 'dd-MM-yy' is not a date layout"),
            p -> assertThat(p).startsWith("schema: not a schema in core's JSON form")));
  }

  @Test
  void checkFailsWithWhatToFixWhenThePathIsMissingOrTheFolderHasNoMatchingFile() {
    try (Connector missing = open(folder.resolve("nope"));
        Connector empty = open(folder, "glob", "fravaer-*.csv")) {
      CheckResult noPath = missing.check();
      CheckResult noFiles = empty.check();

      assertThat(noPath.ok()).isFalse();
      assertThat(noPath.message()).contains("neither a file nor a folder").contains("'path'");
      assertThat(noFiles.ok()).isFalse();
      assertThat(noFiles.message()).contains("matches glob 'fravaer-*.csv'").contains("declare 'schema'");
    }
  }

  @Test
  void checkPassesAndSaysWhatItRead() {
    write(folder, "a.csv", "a;b\n1;2\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder)) {
      CheckResult result = csv.check();

      assertThat(result.ok()).isTrue();
      assertThat(result.message()).startsWith("Read the header of 1 file in " + folder);
    }
  }

  @Test
  void readsNothingForAStreamItDoesNotOffer() {
    write(folder, "a.csv", "a\n1\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder, "stream", "fravaer");
        Stream<ReadEvent> events = csv.read(ReadRequest.streams("andet"))) {
      assertThat(events).isEmpty();
    }
  }
}
