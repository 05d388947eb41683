package dk.datainformed.connector.csv;

import static dk.datainformed.connector.csv.CsvFixtures.checkpoints;
import static dk.datainformed.connector.csv.CsvFixtures.open;
import static dk.datainformed.connector.csv.CsvFixtures.readAll;
import static dk.datainformed.connector.csv.CsvFixtures.records;
import static dk.datainformed.connector.csv.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvIncrementalTest {

  @TempDir Path folder;

  @Test
  void readsTheFilesOfAFolderInNameOrderAndOnlyThoseMatchingTheGlob() {
    write(folder, "fravaer-2024-02.csv", "n\n2\n", StandardCharsets.UTF_8);
    write(folder, "fravaer-2024-01.csv", "n\n1\n", StandardCharsets.UTF_8);
    write(folder, "andet.csv", "n\n99\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder, "glob", "fravaer-*.csv")) {
      assertThat(records(readAll(csv))).extracting(r -> r.getLong(0)).containsExactly(1L, 2L);
    }
  }

  @Test
  void checkpointsHoldTheFileTheCharacterOffsetAndTheLineOfTheNextRow() {
    write(folder, "a.csv", "n\n1\n2\n3\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder, "checkpoint_every", "2", "stream", "fravaer")) {
      List<Checkpoint> checkpoints = checkpoints(readAll(csv));

      assertThat(checkpoints).containsExactly(
          new Checkpoint("fravaer", Map.of("file", "a.csv", "offset", "6", "line", "4")),
          new Checkpoint("fravaer", Map.of("file", "a.csv", "offset", "8", "line", "5")));
    }
  }

  @Test
  void aReadFromTheLastStateDeliversOnlyAppendedRowsAndNewFiles() throws Exception {
    Path first = write(folder, "fravaer-2024-01.csv", "n;dato\r\n1;31-01-2024\r\n2;31-01-2024\r\n",
        CsvFixtures.WINDOWS_1252);
    write(folder, "fravaer-2024-02.csv", "n;dato\r\n3;29-02-2024\r\n", CsvFixtures.WINDOWS_1252);
    ConnectorState state = ConnectorState.empty();
    try (Connector csv = open(folder, "schema", "{\"fields\":[{\"name\":\"n\",\"type\":\"integer\",\"nullable\":false},"
        + "{\"name\":\"dato\",\"type\":\"date\",\"nullable\":false}]}", "on_error", "report")) {
      for (ReadEvent event : readAll(csv)) {
        if (event instanceof ReadEvent.Checkpointed c) {
          state = state.with(c.checkpoint());
        }
      }
      Files.writeString(folder.resolve("fravaer-2024-02.csv"), "4;01.03.2024\r\n5;ikke-en-dato\r\n",
          StandardOpenOption.APPEND);
      write(folder, "fravaer-2024-03.csv", "n;dato\r\n6;2024-03-31\r\n", CsvFixtures.WINDOWS_1252);
      Files.writeString(first, "0;01-01-2024\r\n", StandardOpenOption.APPEND);

      List<ReadEvent> later = readAll(csv, state);

      assertThat(records(later)).extracting(r -> r.getLong(0)).containsExactly(4L, 6L);
      assertThat(CsvFixtures.malformed(later)).extracting(ReadEvent.Malformed::position)
          .containsExactly("fravaer-2024-02.csv, line 4");
    }
  }

  @Test
  void anEmptyFileGivesNoRowsAndTheSchemaIsInferredFromTheFirstFileWithAHeader() {
    write(folder, "a-tom.csv", "", StandardCharsets.UTF_8);
    write(folder, "b.csv", "n\n7\n", StandardCharsets.UTF_8);

    try (Connector csv = open(folder, "stream", "s")) {
      List<ReadEvent> events = readAll(csv);

      assertThat(records(events)).extracting(r -> r.getLong(0)).containsExactly(7L);
      assertThat(checkpoints(events)).extracting(c -> c.position().get("file")).containsExactly("a-tom.csv", "b.csv");
    }
  }
}
