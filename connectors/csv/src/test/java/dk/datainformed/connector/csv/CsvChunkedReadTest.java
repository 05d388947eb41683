package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.malformed;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.ReadEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading one file with several threads: the same events as one thread, whatever the cuts hit. */
class CsvChunkedReadTest {

  private static final String TIMER = "{\"fields\":[{\"name\":\"id\",\"type\":\"integer\",\"nullable\":false},"
      + "{\"name\":\"timer\",\"type\":\"decimal\",\"nullable\":false}]}";

  @TempDir Path folder;

  @Test
  void quotedLineFeedsAtEveryCutAreReadAsPartOfTheirValue() {
    StringBuilder text = new StringBuilder("id;note\r\n");
    for (int i = 1; i <= 200; i++) {
      text.append(i).append(";\"første linje\nanden; linje\r\ntredje\"\r\n");
    }
    Path file = write(folder, "noter.csv", text.toString(), StandardCharsets.UTF_8);

    for (String chunkSize : List.of("1", "7", "40", "333")) {
      try (Connector one = open(file);
          Connector several = open(file, "threads", "3", "chunk_size", chunkSize)) {
        List<ReadEvent> chunked = readAll(several);

        assertThat(records(chunked)).as("chunk_size %s", chunkSize).hasSize(200)
            .allSatisfy(r -> assertThat(r.getText(1)).isEqualTo("første linje\nanden; linje\r\ntredje"));
        assertThat(records(chunked)).isEqualTo(records(readAll(one)));
      }
    }
  }

  @Test
  void aBadRowAndAnUnclosedQuoteAreReportedAtTheLineOneThreadReports() {
    StringBuilder text = new StringBuilder("id;timer\n");
    for (int i = 1; i <= 300; i++) {
      text.append(i).append(';').append(i == 120 ? "mange" : "7,5").append('\n');
    }
    text.append("301;\"never closed\n302;1,0\n");
    Path file = write(folder, "timer.csv", text.toString(), StandardCharsets.UTF_8);

    try (Connector one = open(file, "schema", TIMER, "on_error", "report");
        Connector several = open(file, "schema", TIMER, "on_error", "report", "threads", "2", "chunk_size", "100")) {
      List<ReadEvent> sequential = readAll(one);
      List<ReadEvent> chunked = readAll(several);

      assertThat(records(chunked)).hasSize(300).isEqualTo(records(sequential));
      assertThat(malformed(chunked)).isEqualTo(malformed(sequential));
      assertThat(malformed(chunked).get(0).position()).isEqualTo("timer.csv, line 121");
      assertThat(malformed(chunked).get(1).position()).isEqualTo("timer.csv, line 302");
      assertThat(malformed(chunked)).hasSize(2);
    }
  }

  @Test
  void stopsAtTheFirstBadRowWhenOnErrorIsStop() {
    StringBuilder text = new StringBuilder("id;timer\n");
    for (int i = 1; i <= 300; i++) {
      text.append(i).append(';').append(i == 250 ? "mange" : "7,5").append('\n');
    }
    Path file = write(folder, "timer.csv", text.toString(), StandardCharsets.UTF_8);

    try (Connector several = open(file, "schema", TIMER, "threads", "2", "chunk_size", "64")) {
      assertThatThrownBy(() -> readAll(several))
          .hasMessageContaining("timer.csv, line 251")
          .hasMessageContaining("field 'timer'");
    }
  }

  @Test
  void aByteThatIsNotUtf8IsReportedWhereOneThreadReportsIt() throws Exception {
    StringBuilder text = new StringBuilder("id;note\n");
    for (int i = 1; i <= 400; i++) {
      text.append(i).append(";fravær ").append(i).append('\n');
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    // The first byte of row 300's note, counted in bytes (each æ takes two).
    int at = text.substring(0, text.indexOf("\n300;") + 5).getBytes(StandardCharsets.UTF_8).length;
    bytes[at] = (byte) 0xFF;
    Path file = folder.resolve("noter.csv");
    java.nio.file.Files.write(file, bytes);

    try (Connector one = open(file, "encoding", "UTF-8", "on_error", "report");
        Connector several = open(file, "encoding", "UTF-8", "on_error", "report", "threads", "2",
            "chunk_size", "256")) {
      List<ReadEvent> sequential = readAll(one);
      List<ReadEvent> chunked = readAll(several);

      assertThat(malformed(chunked)).singleElement().satisfies(m -> {
        assertThat(m.position()).isEqualTo("noter.csv, line 301");
        assertThat(m.reason()).contains("not valid UTF-8");
      });
      assertThat(malformed(chunked)).isEqualTo(malformed(sequential));
      assertThat(records(chunked)).hasSize(299).isEqualTo(records(sequential));
    }
  }

  @Test
  void aStreamClosedEarlyStopsTheRead() {
    StringBuilder text = new StringBuilder("id;note\n");
    for (int i = 1; i <= 2000; i++) {
      text.append(i).append(";række ").append(i).append('\n');
    }
    Path file = write(folder, "noter.csv", text.toString(), StandardCharsets.UTF_8);

    try (Connector several = open(file, "threads", "3", "chunk_size", "128")) {
      List<ReadEvent> first;
      try (java.util.stream.Stream<ReadEvent> events = several.read(dk.datainformed.connector.api.ReadRequest.all())) {
        first = events.filter(ReadEvent.Read.class::isInstance).limit(5).collect(java.util.stream.Collectors.toList());
      }

      assertThat(records(first)).extracting(r -> r.getLong(0)).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(records(readAll(several))).hasSize(2000);
    }
  }

  @Test
  void rejectsThreadsOutOfRangeAndAnEmptyChunk() {
    write(folder, "a.csv", "a\n1\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> open(folder, "threads", "0", "chunk_size", "0"))
        .isInstanceOf(InvalidConfigException.class)
        .satisfies(e -> assertThat(((InvalidConfigException) e).problems()).containsExactlyInAnyOrder(
            "threads: 0 must be from 1 to 256", "chunk_size: 0 must be at least 1 byte"));
    assertThatThrownBy(() -> open(folder, "threads", "257"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("threads: 257 must be from 1 to 256");
  }
}
