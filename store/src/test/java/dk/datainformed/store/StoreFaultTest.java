package dk.datainformed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationStore;
import dk.datainformed.spc.FrozenBaseline;
import dk.datainformed.sql.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs killed at random points, before, during and after the write, and run again, end with the
 * store an uninterrupted run leaves: nothing lost, nothing doubled.
 */
class StoreFaultTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-05T06:00:00Z"), ZoneOffset.UTC);
  /** The tables whose content must be equal; runs and their checkpoints are compared apart. */
  private static final List<String> CONTENT = List.of(
      "SELECT pipeline, kpi_id, kpi_version, series_key, unit_id, period_key, first_run, last_run, status,"
          + " reason, value, numerator, denominator, records, persons FROM fact_value",
      "SELECT * FROM baseline", "SELECT * FROM baseline_point", "SELECT * FROM dim_kpi", "SELECT * FROM dim_unit",
      "SELECT * FROM dim_period", "SELECT * FROM dim_series",
      // What the latest run's charts drew (a run recorded again draws the same).
      "SELECT kpi_id, kpi_version, series_key, segment, first_period, last_period, chart_type, centre,"
          + " mean_moving_range, baseline_points, trial, seasonally_adjusted, frozen_on FROM run_segment"
          + " WHERE run_id = (SELECT MAX(run_id) FROM run)");

  /** The store after two monthly runs that nothing interrupted, by dialect. */
  private static final Map<Dialect, Map<String, List<String>>> UNINTERRUPTED = new TreeMap<>();

  @Property(tries = 25)
  void aRunKilledAtAnyStatementAndRunAgainLeavesTheStoreOfAnUninterruptedRun(
      @ForAll @IntRange(min = 1, max = 40) int failAt, @ForAll boolean inTheFirstRun) throws Exception {
    killedAndRunAgain(Dialect.DUCKDB, failAt, inTheFirstRun);
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void everyStatementOfTheSecondRunOnPostgresqlToo(Dialect dialect) throws Exception {
    int killed = 0;
    for (int failAt = 1; failAt <= 30; failAt += dialect == Dialect.POSTGRESQL ? 3 : 1) {
      killed += killedAndRunAgain(dialect, failAt, false) ? 1 : 0;
    }
    // The second run reads the baselines, then writes in about fifteen statements and a commit:
    // each of them was the one that failed.
    assertThat(killed).isGreaterThanOrEqualTo(dialect == Dialect.POSTGRESQL ? 5 : 15);
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void aRunKilledAfterItsWriteAndRunAgainDoublesNothing(Dialect dialect) throws Exception {
    Path folder = Files.createTempDirectory("store-fault");
    DataSource data = Databases.fresh(dialect);
    try (ResultStore store = ResultStore.on(data, dialect).clock(CLOCK).build()) {
      Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store);
      PublicationStore killedAfter = new PublicationStore() {
        @Override
        public List<FrozenBaseline> baselines(KpiDefinition kpi, SeriesKey series) {
          return store.baselines(kpi, series);
        }

        @Override
        public void record(Publication publication) {
          store.record(publication);
          throw new IllegalStateException("the process died after the store's commit");
        }
      };
      assertThatThrownBy(() -> Fixture.run(folder.resolve("2"), Fixture.export(14, 2.5), killedAfter))
          .hasMessageContaining("died after");
      assertThat(folder.resolve("2").resolve("out")).doesNotExist();
      Fixture.run(folder.resolve("2"), Fixture.export(14, 2.5), store);
      assertThat(store.runs()).extracting(StoredRun::valuesChanged).containsExactly(52L, 6L, 0L);
    }
    assertThat(content(data)).isEqualTo(uninterrupted(dialect));
  }

  private static boolean killedAndRunAgain(Dialect dialect, int failAt, boolean inTheFirstRun) throws Exception {
    Path folder = Files.createTempDirectory("store-fault");
    FailingDatabase db = new FailingDatabase(Databases.fresh(dialect));
    boolean killed;
    try (ResultStore store = ResultStore.on(db.dataSource(), dialect).clock(CLOCK).build()) {
      if (inTheFirstRun) {
        killed = runKilled(folder.resolve("1"), Fixture.export(13, 0), store, db, failAt);
        Fixture.run(folder.resolve("2"), Fixture.export(14, 2.5), store);
      } else {
        Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store);
        killed = runKilled(folder.resolve("2"), Fixture.export(14, 2.5), store, db, failAt);
      }
      assertThat(store.runs()).extracting(StoredRun::id).containsExactly(1L, 2L);
    }
    assertThat(content(db.dataSource())).isEqualTo(uninterrupted(dialect));
    return killed;
  }

  /**
   * Runs with the n-th statement failing; when it failed, nothing was published, and it runs
   * again. Returns whether it failed (n may lie beyond the run's last statement).
   */
  private static boolean runKilled(Path folder, String export, ResultStore store, FailingDatabase db, int failAt) {
    db.failAt(failAt);
    try {
      Fixture.run(folder, export, store);
    } catch (StoreException e) {
      assertThat(db.failed()).isTrue();
      assertThat(e).hasMessageContaining("injected failure");
      assertThat(folder.resolve("out")).doesNotExist();
    } finally {
      db.heal();
    }
    boolean killed = db.failed();
    if (killed) {
      Fixture.run(folder, export, store);
    }
    return killed;
  }

  private static synchronized Map<String, List<String>> uninterrupted(Dialect dialect) throws IOException, SQLException {
    Map<String, List<String>> known = UNINTERRUPTED.get(dialect);
    if (known == null) {
      Path folder = Files.createTempDirectory("store-uninterrupted");
      DataSource data = Databases.fresh(dialect);
      try (ResultStore store = ResultStore.on(data, dialect).clock(CLOCK).build()) {
        Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store);
        Fixture.run(folder.resolve("2"), Fixture.export(14, 2.5), store);
      }
      known = content(data);
      UNINTERRUPTED.put(dialect, known);
    }
    return known;
  }

  /** Every row of the content tables, as text, sorted; and the checkpoints of the latest run. */
  private static Map<String, List<String>> content(DataSource data) throws SQLException {
    Map<String, List<String>> out = new TreeMap<>();
    try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
      for (String sql : CONTENT) {
        out.put(sql, rows(s, sql));
      }
      out.put("checkpoints", rows(s, "SELECT source, stream, name, value FROM run_checkpoint WHERE run_id ="
          + " (SELECT MAX(run_id) FROM run)"));
      out.put("runs that changed values", rows(s, "SELECT run_id, pipeline, values_changed FROM run WHERE values_changed > 0"));
    }
    return out;
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? " | " : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }
}
