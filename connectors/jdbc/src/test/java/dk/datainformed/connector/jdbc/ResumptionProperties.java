package dk.datainformed.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The resumption law on random tables in a real DuckDB file: the records before any checkpoint of a
 * full read, followed by a read from that checkpoint, are exactly the full read, nothing twice.
 * Cursor values repeat at random, keys are absent, one column or two, and rows are inserted in a
 * random order.
 */
class ResumptionProperties {

  private static Path folder;
  private static String url;
  private static final AtomicInteger TABLES = new AtomicInteger();

  /** How the rows that share a cursor value are told apart. */
  enum Keys { NONE, ID, GROUP_AND_ID }

  /** A column type of the cursor, and how a small number is written as its SQL literal. */
  enum CursorType {
    WHOLE("BIGINT"), TIMESTAMP("TIMESTAMP"), EXACT("DECIMAL(9, 3)"), TEXT("VARCHAR(12)");

    final String sql;

    CursorType(String sql) {
      this.sql = sql;
    }

    String literal(int value) {
      switch (this) {
        case WHOLE:
          return String.valueOf(value - 5);
        case TIMESTAMP:
          return "TIMESTAMP '" + LocalDateTime.of(2024, 3, 31, 1, 0).plusNanos(value * 1_001_000L).toString().replace('T', ' ') + "'";
        case EXACT:
          return value / 8 + "." + String.format("%03d", (value % 8) * 125);
        default:
          return "'v" + value + "'";
      }
    }
  }

  /** A random table: each row's cursor value and group, and the order the rows are inserted in. */
  record Table(CursorType type, Keys keys, List<Integer> cursors, List<Integer> groups, long shuffle,
      int checkpointEvery, int checkpointPick) {}

  @BeforeContainer
  static void createDatabase() throws IOException {
    folder = Files.createTempDirectory("jdbc-resumption");
    url = "jdbc:duckdb:" + folder.resolve("dw.duckdb");
  }

  @AfterContainer
  static void deleteDatabase() throws IOException {
    try (var files = Files.walk(folder)) {
      for (Path file : files.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Integer> size = Arbitraries.integers().between(1, 40);
    return size.flatMap(n -> Combinators.combine(
        Arbitraries.of(CursorType.class),
        Arbitraries.of(Keys.class),
        Arbitraries.integers().between(0, Math.max(1, n / 3)).list().ofSize(n),
        Arbitraries.integers().between(0, 3).list().ofSize(n),
        Arbitraries.longs(),
        Arbitraries.integers().between(1, 6),
        Arbitraries.integers().between(0, 1000)).as(Table::new));
  }

  @Property(tries = 60)
  void aReadFromACheckpointDeliversExactlyTheRowsAfterIt(@ForAll("tables") Table table) throws SQLException {
    String name = "t" + TABLES.incrementAndGet();
    create(name, table);
    String keyFields = switch (table.keys()) {
      case NONE -> "";
      case ID -> "id";
      case GROUP_AND_ID -> "grp, id";
    };
    try (Connector connector = Reads.open(Map.of("url", url, "table", name, "cursor_field", "c",
        "key_fields", keyFields, "checkpoint_every", String.valueOf(table.checkpointEvery())))) {
      List<ReadEvent> full = Reads.events(connector, ConnectorState.empty());
      List<Long> all = Reads.ids(Reads.records(full));
      assertThat(new HashSet<>(all)).hasSize(table.cursors().size()).hasSize(all.size());

      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < full.size(); i++) {
        if (full.get(i) instanceof ReadEvent.Checkpointed) {
          at.add(i);
        }
      }
      assertThat(at).isNotEmpty();
      int pick = at.get(table.checkpointPick() % at.size());
      Checkpoint checkpoint = ((ReadEvent.Checkpointed) full.get(pick)).checkpoint();
      List<Long> before = Reads.ids(Reads.records(full.subList(0, pick)));
      List<Long> after = Reads.ids(Reads.records(Reads.events(connector, ConnectorState.of(List.of(checkpoint)))));

      Set<Long> union = new HashSet<>(before);
      assertThat(after).doesNotContainAnyElementsOf(before);
      union.addAll(after);
      assertThat(before.size() + after.size()).isEqualTo(all.size());
      assertThat(union).containsExactlyInAnyOrderElementsOf(all);
      if (table.keys() != Keys.NONE) {
        List<Long> joined = new ArrayList<>(before);
        joined.addAll(after);
        assertThat(joined).as("with keys the order is total, so the order is the full read's").isEqualTo(all);
      }
    }
  }

  private static void create(String name, Table table) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (int id = 0; id < table.cursors().size(); id++) {
      rows.add("(" + id + ", " + table.groups().get(id) + ", " + table.type().literal(table.cursors().get(id)) + ")");
    }
    Collections.shuffle(rows, new Random(table.shuffle()));
    try (Connection connection = DriverManager.getConnection(url)) {
      SyntheticWarehouse.execute(connection, "CREATE TABLE " + name + " (id BIGINT NOT NULL, grp INTEGER NOT NULL, c "
          + table.type().sql + " NOT NULL)");
      SyntheticWarehouse.execute(connection, "INSERT INTO " + name + " VALUES " + String.join(", ", rows));
    }
  }

}
