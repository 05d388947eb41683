package dk.datainformed.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the connector reads from a real DuckDB file database, and how it resumes. */
class JdbcReadingTest {

  @TempDir Path folder;

  private String url;

  @BeforeEach
  void writeDatabase() throws SQLException {
    url = "jdbc:duckdb:" + folder.resolve("dw.duckdb");
    try (Connection connection = DriverManager.getConnection(url)) {
      SyntheticWarehouse.createAbsence(connection, "fravaer", 20);
      SyntheticWarehouse.createMalformed(connection, "fravaer_brudt");
    }
  }

  private Map<String, String> settings(String... more) {
    Map<String, String> settings = new HashMap<>(Map.of("url", url, "table", "fravaer",
        "cursor_field", "opdateret", "key_fields", "id"));
    for (int i = 0; i < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return settings;
  }

  private void sql(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      SyntheticWarehouse.execute(connection, statement);
    }
  }

  @Test
  void discoverMapsColumnTypesToFieldTypesWithTheCursorAndKeys() {
    try (Connector connector = Reads.open(settings())) {
      StreamDescriptor stream = connector.discover().get(0);
      assertThat(stream.name()).isEqualTo("fravaer");
      assertThat(stream.schema()).isEqualTo(Schema.of(
          Field.required("id", FieldType.INTEGER),
          Field.nullable("medarbejder", FieldType.TEXT),
          Field.nullable("enhed", FieldType.TEXT),
          Field.nullable("dato", FieldType.DATE),
          Field.nullable("timer", FieldType.DECIMAL),
          Field.nullable("sats", FieldType.DECIMAL),
          Field.nullable("aktiv", FieldType.BOOLEAN),
          Field.required("opdateret", FieldType.TIMESTAMP)));
      assertThat(stream.primaryKey()).containsExactly("id");
      assertThat(stream.cursorField()).contains("opdateret");
    }
  }

  @Test
  void readsEveryRowInTheOrderOfCursorAndKeysWithExactValues() {
    try (Connector connector = Reads.open(settings())) {
      List<Record> records = Reads.records(Reads.events(connector, ConnectorState.empty()));
      assertThat(Reads.ids(records)).containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
      Record fifth = records.get(4);
      Schema schema = fifth.schema();
      assertThat(fifth.getText(schema.indexOf("medarbejder"))).isEqualTo("syn-105");
      assertThat(fifth.getDate(schema.indexOf("dato"))).isEqualTo(LocalDate.of(2024, 1, 6));
      assertThat(fifth.getDouble(schema.indexOf("timer"))).isEqualTo(0.25);
      assertThat(fifth.getBoolean(schema.indexOf("aktiv"))).isFalse();
      // id 5: the second watermark (08:15 and 123 microseconds), read as UTC wall-clock time.
      assertThat(fifth.getTimestamp(schema.indexOf("opdateret"))).isEqualTo(Instant.parse("2024-01-02T08:15:00.000123Z"));
    }
  }

  @Test
  void checkpointsHoldTheLastRowsCursorAndKeyAsExactText() {
    try (Connector connector = Reads.open(settings("checkpoint_every", "4"))) {
      List<Checkpoint> checkpoints = Reads.checkpoints(Reads.events(connector, ConnectorState.empty()));
      assertThat(checkpoints).hasSize(5);
      assertThat(checkpoints.get(0).position()).isEqualTo(Map.of("cursor_field", "opdateret", "key_fields", "id",
          "cursor", "2024-01-02T08:15:00.000123", "key.id", "4"));
      assertThat(checkpoints.get(4).position()).containsEntry("key.id", "20");
    }
  }

  @Test
  void aReadFromACheckpointInsideATieDeliversExactlyTheRowsAfterIt() {
    try (Connector connector = Reads.open(settings("checkpoint_every", "1"))) {
      List<ReadEvent> full = Reads.events(connector, ConnectorState.empty());
      // 4, 5 and 6 share the 08:15 watermark: resume after id 4, inside the group.
      Checkpoint afterFour = Reads.checkpoints(full).get(3);
      assertThat(afterFour.get("key.id")).isEqualTo("4");
      List<Record> rest = Reads.records(Reads.events(connector, ConnectorState.of(List.of(afterFour))));
      assertThat(Reads.ids(rest)).containsExactlyElementsOf(LongStream.rangeClosed(5, 20).boxed().toList());
    }
  }

  @Test
  void withoutKeysACheckpointNeverFallsBetweenRowsWithTheSameCursorValue() {
    try (Connector connector = Reads.open(settings("key_fields", "", "checkpoint_every", "1",
        "query", "SELECT id, CAST(opdateret AS DATE) AS opdateret FROM fravaer", "table", ""))) {
      List<ReadEvent> events = Reads.events(connector, ConnectorState.empty());
      // Every row has the same day, so the one checkpoint comes after all of them.
      assertThat(Reads.checkpoints(events)).hasSize(1);
      assertThat(events.get(events.size() - 1)).isInstanceOf(ReadEvent.Checkpointed.class);
      assertThat(Reads.records(Reads.events(connector, Reads.stateAfter(events)))).isEmpty();
    }
  }

  @Test
  void aLaterReadFromTheLastCheckpointDeliversOnlyRowsAddedOrUpdatedSince() throws SQLException {
    try (Connector connector = Reads.open(settings())) {
      List<ReadEvent> first = Reads.events(connector, ConnectorState.empty());
      ConnectorState state = Reads.stateAfter(first);
      assertThat(Reads.records(first)).hasSize(20);

      SyntheticWarehouse.insertAbsence(DriverManager.getConnection(url), "fravaer", 21, 24, 1);
      sql("UPDATE fravaer SET timer = 7.50, opdateret = TIMESTAMP '2024-01-05 12:00:00' WHERE id = 3");

      List<ReadEvent> second = Reads.events(connector, state);
      assertThat(Reads.ids(Reads.records(second))).containsExactly(21L, 22L, 23L, 24L, 3L);
      Record updated = Reads.records(second).get(4);
      assertThat(updated.getDouble(updated.schema().indexOf("timer"))).isEqualTo(7.5);

      List<ReadEvent> third = Reads.events(connector, Reads.stateAfter(second));
      assertThat(Reads.records(third)).isEmpty();
      assertThat(Reads.checkpoints(third)).as("a read with nothing new hands the state on")
          .containsExactly(Reads.checkpoints(second).get(Reads.checkpoints(second).size() - 1));
    }
  }

  @Test
  void aQuerySourceIsReadWithATrailingCommentAndSemicolon() {
    try (Connector connector = Reads.open(settings("table", "", "query",
        "SELECT id, enhed, opdateret FROM fravaer WHERE aktiv -- only the active rows\n;"))) {
      assertThat(connector.discover().get(0).name()).isEqualTo("query");
      List<Record> records = Reads.records(Reads.events(connector, ConnectorState.empty()));
      assertThat(Reads.ids(records)).containsExactly(2L, 4L, 6L, 8L, 10L, 12L, 14L, 16L, 18L, 20L);
    }
  }

  @Test
  void badRowsAreReportedWithTheirPositionAndTheReadGoesOn() {
    try (Connector connector = Reads.open(settings("table", "fravaer_brudt", "on_error", "report"))) {
      List<ReadEvent> events = Reads.events(connector, ConnectorState.empty());
      assertThat(Reads.records(events)).hasSize(12);
      List<ReadEvent.Malformed> bad = Reads.malformed(events);
      assertThat(bad).hasSize(2);
      ReadEvent.Malformed notFinite = bad.stream().filter(m -> m.position().contains("id=14")).findFirst().orElseThrow();
      assertThat(notFinite.position()).startsWith("row ").contains("opdateret=2024-01-02T09:10");
      assertThat(notFinite.reason()).contains("sats");
      assertThat(notFinite.raw()).contains("id=14").contains("medarbejder=syn-114");
      ReadEvent.Malformed noCursor = bad.stream().filter(m -> m.position().contains("id=13")).findFirst().orElseThrow();
      assertThat(noCursor.position()).contains("opdateret=NULL");
      assertThat(noCursor.reason()).contains("cursor_field 'opdateret' is NULL");
    }
  }

  @Test
  void aBadRowStopsTheReadWhenOnErrorIsStop() {
    try (Connector connector = Reads.open(settings("table", "fravaer_brudt"))) {
      assertThatThrownBy(() -> Reads.events(connector, ConnectorState.empty()))
          .isInstanceOf(MalformedSourceException.class)
          .hasMessageContaining("fravaer_brudt")
          .hasMessageContaining("id=")
          .hasMessageContaining("on_error: report");
    }
  }

  @Test
  void aCprColumnIsTypedCprAndABadNumberIsReportedMasked() throws SQLException {
    sql("CREATE TABLE personer (id INTEGER NOT NULL, cpr VARCHAR(11), opdateret INTEGER NOT NULL)");
    sql("INSERT INTO personer VALUES (1, '010190-1234', 1), (2, '310290-1234', 2)");
    try (Connector connector = Reads.open(settings("table", "personer", "cpr_fields", "cpr",
        "on_error", "report"))) {
      assertThat(connector.discover().get(0).schema().field(1)).isEqualTo(Field.nullable("cpr", FieldType.CPR));
      List<ReadEvent> events = Reads.events(connector, ConnectorState.empty());
      assertThat(Reads.records(events)).hasSize(1);
      ReadEvent.Malformed bad = Reads.malformed(events).get(0);
      assertThat(bad.reason() + bad.position() + bad.raw() + bad).doesNotContain("310290-1234").doesNotContain("3102901234");
    }
  }

  @Test
  void aReadOfMoreThanMaxRowsFailsClearlyAfterACheckpointTheNextReadGoesOnFrom() {
    try (Connector limited = Reads.open(settings("max_rows", "7", "checkpoint_every", "100"));
        Connector unlimited = Reads.open(settings())) {
      List<ReadEvent> delivered = new java.util.ArrayList<>();
      assertThatThrownBy(() -> {
        try (var events = limited.read(dk.datainformed.connector.api.ReadRequest.all())) {
          events.forEach(delivered::add);
        }
      }).isInstanceOf(ConnectorException.class)
          .hasMessageContaining("more than max_rows (7)")
          .hasMessageContaining("Raise 'max_rows'");
      assertThat(Reads.records(delivered)).hasSize(7);
      assertThat(delivered.get(delivered.size() - 1)).isInstanceOf(ReadEvent.Checkpointed.class);
      List<Record> rest = Reads.records(Reads.events(unlimited, Reads.stateAfter(delivered)));
      assertThat(Reads.ids(rest)).containsExactlyElementsOf(LongStream.rangeClosed(8, 20).boxed().toList());
    }
  }

  @Test
  void checkNamesACursorThatIsNotAColumnAndSuggestsTheNearest() {
    try (Connector connector = Reads.open(settings("cursor_field", "opdatere"))) {
      CheckResult result = connector.check();
      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains("cursor_field").contains("did you mean 'opdateret'");
    }
  }

  @Test
  void checkNamesAMissingTableAndTheSettingToFix() {
    try (Connector connector = Reads.open(settings("table", "no_such_table"))) {
      CheckResult result = connector.check();
      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains("no_such_table").contains("'table'");
    }
  }

  @Test
  void aCheckpointOfAnotherCursorIsRefusedWithWhatToDo() {
    try (Connector connector = Reads.open(settings())) {
      Checkpoint other = new Checkpoint("fravaer", Map.of("cursor_field", "id", "key_fields", "", "cursor", "3"));
      assertThatThrownBy(() -> Reads.events(connector, ConnectorState.of(List.of(other))))
          .isInstanceOf(ConnectorException.class)
          .hasMessageContaining("cursor_field 'id'")
          .hasMessageContaining("read from the start");
    }
  }

  @Test
  void anUnrequestedStreamIsNotRead() {
    try (Connector connector = Reads.open(settings())) {
      assertThat(connector.read(dk.datainformed.connector.api.ReadRequest.streams("andet"))).isEmpty();
      assertThat(Optional.of(connector.toString())).get().asString().contains("fravaer");
    }
  }
}
