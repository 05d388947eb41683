package dk.datainformed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.sql.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs writing at once never interleave: PostgreSQL makes the second wait, DuckDB refuses it. */
class StoreConcurrencyTest {
  @TempDir Path folder;

  @Test
  void onDuckDbASecondWriterFailsClearlyAndKeepsNothing() throws Exception {
    DataSource data = Databases.fresh(Dialect.DUCKDB);
    try (ResultStore store = ResultStore.on(data, Dialect.DUCKDB).build();
        Connection other = data.getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.executeUpdate("UPDATE store_lock SET holder = 'another run' WHERE id = 1");
      }
      assertThatThrownBy(() -> Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store))
          .isInstanceOf(StoreException.class)
          .hasMessage("Another run is writing to the store; pipeline 'fravaer' kept nothing: run it again"
              + " when that run has finished");
      assertThat(folder.resolve("1").resolve("out")).doesNotExist();
      other.rollback();
      assertThat(store.runs()).isEmpty();

      Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store);
      assertThat(store.runs()).hasSize(1);
    }
  }

  @Test
  void onPostgresqlASecondWriterWaitsForTheFirst() throws Exception {
    DataSource data = Databases.fresh(Dialect.POSTGRESQL);
    try (ResultStore store = ResultStore.on(data, Dialect.POSTGRESQL).clock(Clock.systemUTC()).build();
        Connection first = data.getConnection()) {
      first.setAutoCommit(false);
      try (Statement s = first.createStatement()) {
        s.executeUpdate("UPDATE store_lock SET holder = 'the first run' WHERE id = 1");
        s.executeUpdate("INSERT INTO run (run_id, pipeline, recorded_at, as_of, values_changed, report)"
            + " VALUES (1, 'another', CURRENT_TIMESTAMP, CURRENT_DATE, 0, '')");
      }
      CompletableFuture<Void> second =
          CompletableFuture.runAsync(() -> Fixture.run(folder.resolve("2"), Fixture.export(13, 0), store));
      awaitLockWait(data);
      assertThat(second).isNotDone();
      first.commit();
      second.get(120, TimeUnit.SECONDS);
      // The second run numbered itself after the first had committed.
      assertThat(store.runs()).extracting(StoredRun::id, StoredRun::pipeline)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "another"),
              org.assertj.core.groups.Tuple.tuple(2L, "fravaer"));
    }
  }

  /** Waits until a PostgreSQL backend waits for a row lock (the second run, on the lock row). */
  private static void awaitLockWait(DataSource data) throws Exception {
    try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
      for (int i = 0; i < 1200; i++) {
        try (ResultSet r = s.executeQuery(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
          r.next();
          if (r.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("no backend came to wait for the store's lock within two minutes");
  }
}
