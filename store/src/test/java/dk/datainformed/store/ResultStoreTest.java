package dk.datainformed.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationStore;
import dk.datainformed.spc.ChartNote;
import dk.datainformed.spc.FrozenBaseline;
import dk.datainformed.spc.Limits;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.sql.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two monthly runs of a pipeline into a real DuckDB file and a real PostgreSQL database. */
class ResultStoreTest {
  private static final KpiId DAYS = KpiId.of("test.days");
  private static final SeriesKey UNIT_A = SeriesKey.of("unit", "a");

  @TempDir Path folder;

  /** Keeps the last publication the pipeline handed to the store, and passes everything on. */
  private static final class Watching implements PublicationStore {
    private final ResultStore store;
    private Publication last;

    Watching(ResultStore store) {
      this.store = store;
    }

    @Override
    public List<FrozenBaseline> baselines(KpiDefinition kpi, SeriesKey series) {
      return store.baselines(kpi, series);
    }

    @Override
    public void record(Publication publication) {
      last = publication;
      store.record(publication);
    }

    ProcessBehaviourChart chart(SeriesKey key) {
      return last.kpis().get(0).chart(key).orElseThrow();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void aSecondMonthlyRunKeepsTheFirstRunsValuesAndJudgesTheNewMonthAgainstTheFrozenLimits(Dialect dialect)
      throws Exception {
    Instant january = Instant.parse("2024-02-05T06:00:00Z");
    Instant february = Instant.parse("2024-03-05T06:00:00Z");
    MutableClock clock = new MutableClock(january);
    javax.sql.DataSource data = Databases.fresh(dialect);
    try (ResultStore store = ResultStore.on(data, dialect).clock(clock).build()) {
      Watching first = new Watching(store);
      // January 2024: thirteen months, the limits fixed on the first twelve.
      Fixture.run(folder.resolve("run1"), Fixture.export(13, 0), first);
      StoredRun run1 = store.runs().get(0);
      List<StoredValue> shownInJanuary = store.values(run1);
      ProcessBehaviourChart chart1 = first.chart(UNIT_A);

      // February 2024: one month more, and the source revised unit a's March 2023.
      clock.now = february;
      Watching second = new Watching(store);
      Fixture.run(folder.resolve("run2"), Fixture.export(14, 2.5), second);
      List<StoredRun> runs = store.runs();
      assertThat(runs).extracting(StoredRun::id).containsExactly(1L, 2L);
      StoredRun run2 = runs.get(1);
      assertThat(run2.recordedAt()).isEqualTo(february);
      assertThat(run2.asOf()).isEqualTo(java.time.LocalDate.of(2024, 2, 29));

      // The first run's values are what they were: what the cockpit showed on 1 March is run 1.
      assertThat(shown(store.values(run1))).isEqualTo(shown(shownInJanuary));
      assertThat(store.runAsOf(Instant.parse("2024-03-01T00:00:00Z"))).contains(run1);
      assertThat(store.runAsOf(Instant.parse("2024-01-01T00:00:00Z"))).isEmpty();
      assertThat(store.runAsOf(Instant.parse("2024-03-31T00:00:00Z"))).contains(run2);

      // Only the revised month and the new one changed: for a, c and the root in February,
      // b's withheld February, and a's and the root's March 2023.
      assertThat(run2.valuesChanged()).isEqualTo(6);
      List<StoredValue> march = store.history(Fixture.PIPELINE_NAME, DAYS, UNIT_A, Period.month(2023, 3));
      assertThat(march).hasSize(2);
      assertThat(march.get(1).value().getAsDouble() - march.get(0).value().getAsDouble()).isEqualTo(2.5);
      assertThat(march.get(0).lastRun()).hasValue(2);
      assertThat(march.get(1).firstRun()).isEqualTo(2);

      // The limits did not move: the revised March and the new month are judged against run 1's.
      ProcessBehaviourChart chart2 = second.chart(UNIT_A);
      assertThat(chart2.notes()).anyMatch(n -> n instanceof ChartNote.LimitsFrozen);
      Limits before = chart1.latest().orElseThrow().limits();
      Limits after = chart2.latest().orElseThrow().limits();
      assertThat(after).isEqualTo(before);
      assertThat(chart2.segments().get(0).centre()).isEqualTo(chart1.segments().get(0).centre());
      ProcessBehaviourChart recomputed = ProcessBehaviourChart.xmr(chart2.points().stream()
          .map(p -> dk.datainformed.spc.Observation.of(p.period(), p.value().getAsDouble()))
          .collect(Collectors.toList())).fixLimitsAfter(12).build();
      assertThat(recomputed.segments().get(0).centre()).isNotEqualTo(chart1.segments().get(0).centre());

      // What each run's chart drew, as Power BI reads it: run 2's limits rest on run 1's baseline.
      try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
        String segment = "SELECT centre, mean_moving_range, baseline_points, trial, frozen_on FROM run_segment"
            + " WHERE kpi_id = 'test.days' AND series_key = 'unit=a' AND segment = 0 AND run_id = ";
        String centre = Double.toString(chart1.segments().get(0).centre());
        String range = Double.toString(chart1.segments().get(0).meanMovingRange().getAsDouble());
        assertThat(row(s, segment + 1)).containsExactly(centre, range, "12", "false", null);
        assertThat(row(s, segment + 2)).containsExactly(centre, range, "12", "false", "2023M01");
      }
    }
  }

  /** The first row of a query, each column as text. */
  private static List<String> row(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      List<String> out = new java.util.ArrayList<>();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        Object value = r.getObject(i);
        out.add(value == null ? null : value instanceof Double d ? Double.toString(d) : value.toString());
      }
      return out;
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void keepsOnlyDisclosedValuesWithTheirDimensionsAndTheSourcesCheckpoints(Dialect dialect) throws Exception {
    javax.sql.DataSource data = Databases.fresh(dialect);
    try (ResultStore store = ResultStore.on(data, dialect).clock(Clock.fixed(Instant.parse("2024-02-05T06:00:00Z"), ZoneOffset.UTC)).build()) {
      Fixture.run(folder, Fixture.export(13, 0), store);
      StoredRun run = store.runs().get(0);
      List<StoredValue> values = store.values(run);
      // 13 months × (root, a, b, c).
      assertThat(values).hasSize(52);
      List<StoredValue> b = values.stream().filter(v -> v.series().equals("unit=b")).collect(Collectors.toList());
      assertThat(b).hasSize(13).allSatisfy(v -> {
        assertThat(v.status()).isEqualTo(StoredValue.Status.SUPPRESSED);
        assertThat(v.value()).isEmpty();
        assertThat(v.numerator()).isEmpty();
        assertThat(v.records()).isEmpty();
        assertThat(v.unit()).contains("b");
      });
      assertThat(values).filteredOn(v -> v.series().equals("unit=a"))
          .allSatisfy(v -> assertThat(v.status()).isEqualTo(StoredValue.Status.PUBLISHED));

      ConnectorState state = store.checkpoints(Fixture.PIPELINE_NAME, "export");
      assertThat(state.checkpoints()).isNotEmpty();
      assertThat(store.checkpoints(Fixture.PIPELINE_NAME, "another")).isEqualTo(ConnectorState.empty());

      // The star schema, read as Power BI would: plain SQL.
      try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
        assertThat(single(s, "SELECT COUNT(*) FROM current_value")).isEqualTo("52");
        assertThat(single(s, "SELECT owner FROM dim_kpi WHERE kpi_id = 'test.days'")).isEqualTo("HR");
        assertThat(single(s, "SELECT COUNT(*) FROM dim_unit")).isEqualTo("4");
        assertThat(single(s, "SELECT COUNT(*) FROM dim_period WHERE grain = 'MONTH'")).isEqualTo("13");
        assertThat(single(s, "SELECT SUM(f.value) FROM current_value f JOIN dim_unit u ON u.unit_id = f.unit_id"
            + " JOIN dim_period p ON p.period_key = f.period_key WHERE u.parent_id IS NULL AND p.year = 2023"))
            .isNotNull();
        // Unit b is withheld, and c with it (so that b cannot be recomputed from the root): the
        // root's and a's charts fixed their baselines.
        assertThat(single(s, "SELECT COUNT(*) FROM baseline")).isEqualTo("2");
        assertThat(single(s, "SELECT COUNT(*) FROM baseline_point")).isEqualTo("24");
        assertThat(single(s, "SELECT COUNT(*) FROM fact_value WHERE value IS NULL AND status = 'PUBLISHED'")).isEqualTo("0");
        assertThat(single(s, "SELECT COUNT(*) FROM fact_value WHERE status = 'SUPPRESSED' AND"
            + " (numerator IS NOT NULL OR denominator IS NOT NULL OR records IS NOT NULL OR persons IS NOT NULL)")).isEqualTo("0");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void aRunThatPublishesNothingNewIsRecordedWithoutWritingAValueTwice(Dialect dialect) {
    try (ResultStore store = Databases.store(dialect, Clock.systemUTC())) {
      Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store);
      Fixture.run(folder.resolve("2"), Fixture.export(13, 0), store);
      List<StoredRun> runs = store.runs();
      assertThat(runs).hasSize(2);
      assertThat(runs.get(0).valuesChanged()).isEqualTo(52);
      assertThat(runs.get(1).valuesChanged()).isZero();
      assertThat(store.values(runs.get(1))).isEqualTo(store.values(runs.get(0)));
      assertThat(store.values(runs.get(1))).allSatisfy(v -> assertThat(v.firstRun()).isEqualTo(1));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"DUCKDB", "POSTGRESQL"})
  void refusesASchemaNewerThanTheLibrary(Dialect dialect) throws Exception {
    javax.sql.DataSource data = Databases.fresh(dialect);
    ResultStore.on(data, dialect).build().close();
    try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO datainformed_schema_history (installed_rank, version, description, type, script,"
          + " checksum, installed_by, installed_on, execution_time, success) VALUES (2, '2', 'later', 'SQL',"
          + " 'V2__later.sql', 0, 'test', CURRENT_TIMESTAMP, 1, TRUE)");
    }
    assertThatThrownBy(() -> ResultStore.on(data, dialect).build())
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer than this library's 1");
  }

  @org.junit.jupiter.api.Test
  void aDuckDbFileKeepsItsRunsWhenOpenedAgain() {
    Path file = folder.resolve("cockpit.duckdb");
    try (ResultStore store = ResultStore.duckdb(file)) {
      Fixture.run(folder.resolve("1"), Fixture.export(13, 0), store);
    }
    try (ResultStore store = ResultStore.duckdb(file)) {
      assertThat(store.runs()).hasSize(1);
      assertThat(store.dialect()).isEqualTo(Dialect.DUCKDB);
      assertThat(store).hasToString("ResultStore[DUCKDB]");
    }
  }

  @org.junit.jupiter.api.Test
  void refusesADialectWithoutASchema() {
    assertThatThrownBy(() -> ResultStore.on(Databases.fresh(Dialect.DUCKDB), Dialect.SQL_SERVER))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("SQL_SERVER has no store schema yet");
  }

  /** What a run showed, without which later run replaced it. */
  private static List<String> shown(List<StoredValue> values) {
    return values.stream().map(v -> v.series() + " " + v.period() + " " + v.status() + " " + v.value() + " "
        + v.numerator() + " " + v.records() + " " + v.firstRun()).collect(Collectors.toList());
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant start) {
      this.now = start;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

}
