package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.malformed;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.record.Record;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to hurt: a header of a million columns, unclosed quotes, CPR numbers as names. */
class CsvHostileInputTest {

  static final String CPR = "0101901234";

  @TempDir Path folder;

  @Test
  void aHeaderWithMoreColumnsThanMaxFieldsIsRefusedWhileItIsReadWithAShortMessage() {
    StringBuilder header = new StringBuilder("a");
    for (int i = 0; i < 1_000_000; i++) {
      header.append(";c").append(i);
    }
    Path file = write(folder, "wide.csv", header + "\n1\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file)) {
      CheckResult result = csv.check();

      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains("more than max_fields (1000)").hasSizeLessThan(400);
      assertThatThrownBy(csv::discover).isInstanceOf(ConnectorException.class)
          .hasMessageContaining("more than max_fields (1000)");
    }
  }

  @Test
  void aHeaderLongerThanMaxLineLengthIsRefused() {
    Path file = write(folder, "long.csv", "a;" + "b".repeat(900) + ";" + "c".repeat(900) + "\n1;2;3\n",
        StandardCharsets.UTF_8);

    try (Connector csv = open(file, "max_line_length", "1000")) {
      assertThat(csv.check().message()).contains("the header is longer than max_line_length (1000 characters)");
    }
  }

  @Test
  void anUnclosedQuoteIsReportedWhereItOpensAndTheGoodRowsAfterItAreDelivered() {
    Path file = write(folder, "a.csv", "id;navn\n1;Anna\n2;\"Bo\n3;Carl\n\n4;Dorte\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).extracting(r -> r.getText(1)).containsExactly("Anna", "Carl", "Dorte");
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("a.csv, line 3");
        assertThat(m.reason()).contains("a quoted value opens on this line and is never closed")
            .contains("reading goes on at line 4");
        assertThat(m.raw()).isEqualTo("2;\"Bo");
      });
    }
  }

  @Test
  void linesThatDoNotParseAsARowAfterAnUnclosedQuoteAreKeptInTheMalformedEvent() {
    Path file = write(folder, "a.csv", "id;navn\n\"1;Anna\nfri tekst\n\"mere;\n3;Carl\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "on_error", "report")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).extracting(r -> r.getText(1)).containsExactly("Carl");
      assertThat(malformed(events)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("a.csv, line 2");
        assertThat(m.reason()).contains("lines 2 to 4 are skipped");
        assertThat(m.raw()).isEqualTo("\"1;Anna\nfri tekst\n\"mere;");
      });
    }
  }

  @Test
  void aReadResumedFromACheckpointAfterTheResynchronisationLosesAndRepeatsNothing() {
    Path file = write(folder, "a.csv", "id;navn\n1;Anna\n2;\"Bo\n3;Carl\n4;Dorte\n5;Eva\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "on_error", "report", "checkpoint_every", "1")) {
      List<ReadEvent> all = readAll(csv);
      List<Record> expected = records(all);
      int firstAfter = 0;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i) instanceof ReadEvent.Malformed) {
          firstAfter = i;
        }
      }
      int at = firstAfter;
      while (!(all.get(at) instanceof ReadEvent.Checkpointed)) {
        at++;
      }
      Checkpoint checkpoint = ((ReadEvent.Checkpointed) all.get(at)).checkpoint();
      List<Record> before = records(all.subList(0, at));
      List<Record> rest;
      try (Stream<ReadEvent> events = csv.read(ReadRequest.all().from(ConnectorState.empty().with(checkpoint)))) {
        rest = records(events.collect(Collectors.toList()));
      }

      List<Record> joined = new ArrayList<>(before);
      joined.addAll(rest);
      assertThat(joined).isEqualTo(expected);
      assertThat(expected).extracting(r -> r.getText(1)).containsExactly("Anna", "Carl", "Dorte", "Eva");
    }
  }

  @Test
  void aFileNamedLikeACprIsMaskedInTheStreamNameAndPositions() {
    Path file = write(folder, CPR + ".csv", "id;timer\n1;x\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "on_error", "report", "schema",
        "{\"fields\":[{\"name\":\"id\",\"type\":\"integer\",\"nullable\":false},"
        + "{\"name\":\"timer\",\"type\":\"integer\",\"nullable\":false}]}")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(csv.discover().get(0).name()).doesNotContain(CPR);
      assertThat(malformed(events)).singleElement().satisfies(m -> assertThat(m.position())
          .isEqualTo("010190-****.csv, line 2"));
      assertThat(events).allSatisfy(e -> {
        if (!(e instanceof ReadEvent.Checkpointed)) {
          assertThat(e.toString()).doesNotContain(CPR);
        }
      });
      assertThat(csv.check().message()).doesNotContain(CPR);
    }
  }

  @Test
  void aHeaderCellThatIsACprIsMaskedInFieldNamesAndRecordToString() {
    Path file = write(folder, "a.csv", "id;" + CPR + "\n1;2\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file)) {
      List<Record> records = records(readAll(csv));

      assertThat(records).singleElement().satisfies(r -> assertThat(r.toString()).doesNotContain(CPR));
      assertThat(csv.discover().get(0).schema().toString()).doesNotContain(CPR);
      assertThat(csv.check().message()).doesNotContain(CPR);
    }
  }

  @Test
  void aMissingColumnListsAMaskedAndShortenedHeader() {
    StringBuilder header = new StringBuilder(CPR);
    for (int i = 0; i < 900; i++) {
      header.append(";kolonne").append(i);
    }
    Path file = write(folder, "a.csv", header + "\n", StandardCharsets.UTF_8);

    try (Connector csv = open(file, "schema", "{\"fields\":[{\"name\":\"id\",\"type\":\"integer\",\"nullable\":false}]}")) {
      CheckResult result = csv.check();

      assertThat(result.message()).contains("no column for the required field 'id'").hasSizeLessThan(600);
      assertThat(result.message()).doesNotContain(CPR);
    }
  }

  @Test
  void aCheckpointOfAnotherFileNamedLikeACprIsQuotedMasked() {
    Path file = write(folder, "a.csv", "id\n1\n", StandardCharsets.UTF_8);
    Checkpoint hostile = new Checkpoint("a", java.util.Map.of("file", "a.csv", "offset", CPR + "x", "line", "1"));

    try (Connector csv = open(file)) {
      assertThatThrownBy(() -> readAll(csv, ConnectorState.empty().with(hostile)))
          .isInstanceOf(ConnectorException.class)
          .satisfies(e -> Leaks.assertNoneOf(e, CPR));
    }
  }

  /** Found by fuzzing: a resumed line number that held the planted CPR digits came back in every reason. */
  @Test
  void aCheckpointThatIsNoPositionInTheFileIsRefusedWithoutShowingIt() {
    Path file = write(folder, "a.csv", "id\n1\n2\n", StandardCharsets.UTF_8);
    Checkpoint lineBeyondOffset = new Checkpoint("a", java.util.Map.of("file", "a.csv", "offset", "3", "line", "9" + CPR));
    Checkpoint offsetBeyondEnd = new Checkpoint("a", java.util.Map.of("file", "a.csv", "offset", "9" + CPR, "line", "2"));

    for (Checkpoint hostile : java.util.List.of(lineBeyondOffset, offsetBeyondEnd)) {
      try (Connector csv = open(file)) {
        assertThatThrownBy(() -> readAll(csv, ConnectorState.empty().with(hostile)))
            .isInstanceOf(ConnectorException.class)
            .hasMessageContaining("is not a position in the file a.csv of 7 bytes")
            .satisfies(e -> Leaks.assertNoneOf(e, CPR));
      }
    }
  }
}
