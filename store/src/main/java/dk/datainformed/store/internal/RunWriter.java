package dk.datainformed.store.internal;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiProfile;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublishedKpi;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.spc.ChartNote;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Segment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Writes one run into the store on a connection whose transaction the caller commits: the run, its
 * KPIs' dimension rows, the values that changed since the pipeline's current ones (old rows closed,
 * new rows opened), the baselines its charts fixed, and its sources' checkpoints.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class RunWriter {
  private final Connection c;

  /**
   * A writer on a connection in a transaction.
   *
   * @param connection the connection, auto-commit off
   */
  public RunWriter(Connection connection) {
    this.c = connection;
  }

  /**
   * Takes the store's one lock row, so that a second run writing at the same time waits
   * (PostgreSQL) or fails (DuckDB) instead of interleaving.
   *
   * @param holder who holds it, for the row
   * @throws SQLException when the database refuses, or another run holds it (DuckDB)
   */
  public void lock(String holder) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE store_lock SET holder = ? WHERE id = 1")) {
      s.setString(1, holder);
      s.executeUpdate();
    }
  }

  /**
   * Writes the run.
   *
   * @param publication what the run published
   * @param at when it is recorded
   * @return the run's id and how many values changed
   * @throws SQLException when the database refuses
   */
  public long[] write(Publication publication, Instant at) throws SQLException {
    long run = nextRun();
    String pipeline = publication.pipeline();
    Map<String, ValueRow> rows = new LinkedHashMap<>();
    Map<String, SeriesOf> series = new LinkedHashMap<>();
    Set<String> periods = new HashSet<>();
    Map<String, Period> periodOf = new HashMap<>();
    for (PublishedKpi k : publication.kpis()) {
      KpiDefinition d = k.definition();
      for (Series s : k.disclosed().result().series()) {
        String key = s.key().text();
        series.putIfAbsent(d.id().value() + '\u0000' + key, new SeriesOf(d.id().value(), s.key()));
        String unit = publication.organisation().isPresent() && !s.key().values().isEmpty()
            ? s.key().values().get(0) : null;
        for (Point p : s.points()) {
          ValueRow row = row(d, key, unit, p);
          rows.put(row.key(), row);
          periods.add(row.period());
          periodOf.put(row.period(), p.period());
        }
      }
    }
    long changed = writeValues(pipeline, run, rows);
    insertRun(run, publication, at, changed);
    insertKpis(run, publication);
    insertPeriods(periods, periodOf);
    insertSeries(series);
    if (publication.organisation().isPresent()) {
      insertUnits(publication.organisation().get());
    }
    insertBaselines(run, publication);
    insertSegments(run, publication);
    insertCheckpoints(run, publication.run());
    return new long[] {run, changed};
  }

  private long nextRun() throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT MAX(run_id) FROM run");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1) + 1;
    }
  }

  private static ValueRow row(KpiDefinition d, String series, String unit, Point p) {
    KpiValue v = p.value();
    boolean suppressed = v.missingReason().filter(MissingReason.SUPPRESSED::equals).isPresent();
    String status = v.isPresent() ? "PUBLISHED" : suppressed ? "SUPPRESSED" : "MISSING";
    return new ValueRow(
        d.id().value(), d.version(), series, unit, p.period().format(), status,
        v.missingReason().map(Enum::name).orElse(null),
        v.isPresent() ? v.value().getAsDouble() : null,
        suppressed || v.parts().numerator().isEmpty() ? null : v.parts().numerator().getAsDouble(),
        suppressed || v.parts().denominator().isEmpty() ? null : v.parts().denominator().getAsDouble(),
        suppressed ? null : v.parts().records(),
        suppressed || v.parts().persons().isEmpty() ? null : v.parts().persons().getAsLong());
  }

  /** Closes the pipeline's current rows that this run does not publish alike, and opens its new ones. */
  private long writeValues(String pipeline, long run, Map<String, ValueRow> rows) throws SQLException {
    Map<String, ValueRow> current = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT kpi_id, kpi_version, series_key, unit_id, period_key, status, reason, value, numerator,"
            + " denominator, records, persons FROM fact_value WHERE pipeline = ? AND last_run IS NULL")) {
      s.setString(1, pipeline);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          ValueRow row = new ValueRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4),
              r.getString(5), r.getString(6), r.getString(7), number(r, 8), number(r, 9), number(r, 10),
              whole(r, 11), whole(r, 12));
          current.put(row.key(), row);
        }
      }
    }
    List<ValueRow> close = new ArrayList<>();
    List<ValueRow> open = new ArrayList<>();
    for (ValueRow row : rows.values()) {
      ValueRow before = current.remove(row.key());
      if (before == null || !before.equals(row)) {
        open.add(row);
        if (before != null) {
          close.add(before);
        }
      }
    }
    close.addAll(current.values());
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE fact_value SET last_run = ? WHERE pipeline = ? AND kpi_id = ? AND series_key = ?"
            + " AND period_key = ? AND last_run IS NULL")) {
      for (ValueRow row : close) {
        s.setLong(1, run);
        s.setString(2, pipeline);
        s.setString(3, row.kpi());
        s.setString(4, row.series());
        s.setString(5, row.period());
        s.addBatch();
      }
      if (!close.isEmpty()) {
        s.executeBatch();
      }
    }
    try (BulkInsert in = new BulkInsert(c, "fact_value", List.of("pipeline", "kpi_id", "kpi_version", "series_key",
        "unit_id", "period_key", "first_run", "status", "reason", "value", "numerator", "denominator", "records",
        "persons"), new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.DOUBLE,
            Types.BIGINT, Types.BIGINT})) {
      for (ValueRow row : open) {
        in.add(pipeline, row.kpi(), row.version(), row.series(), row.unit(), row.period(), run, row.status(),
            row.reason(), row.value(), row.numerator(), row.denominator(), row.records(), row.persons());
      }
    }
    return open.size() + (long) current.size();
  }

  private void insertRun(long run, Publication publication, Instant at, long changed) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO run (run_id, pipeline, recorded_at, as_of, values_changed, report) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, run);
      s.setString(2, publication.pipeline());
      s.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
      s.setObject(4, publication.asOf());
      s.setLong(5, changed);
      s.setString(6, publication.run().toText());
      s.executeUpdate();
    }
  }

  private void insertKpis(long run, Publication publication) throws SQLException {
    Set<String> known = keys("SELECT kpi_id, kpi_version FROM dim_kpi");
    try (BulkInsert runKpi = new BulkInsert(c, "run_kpi", List.of("run_id", "kpi_id", "kpi_version", "series",
            "values_published", "primary_suppressed", "secondary_suppressed"), new int[] {Types.BIGINT,
                Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT});
        PreparedStatement dim = c.prepareStatement(
            "INSERT INTO dim_kpi (kpi_id, kpi_version, name_da, name_en, unit, direction, grain, owner,"
                + " purpose, audiences, question_da, question_en, coverage_da, coverage_en, coverage_fraction)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Map<String, RunReport.KpiComputed> computed = new HashMap<>();
      for (RunReport.KpiComputed k : publication.run().kpis()) {
        computed.put(k.kpi(), k);
      }
      for (PublishedKpi k : publication.kpis()) {
        KpiProfile p = k.definition().profile();
        RunReport.KpiComputed summary = computed.get(p.id().value());
        runKpi.add(run, p.id().value(), p.version(), (long) k.disclosed().result().series().size(),
            summary == null ? 0L : summary.values(), summary == null ? 0L : summary.primary(),
            summary == null ? 0L : summary.secondary());
        if (known.add(p.id().value() + '\u0000' + p.version())) {
          dim.setString(1, p.id().value());
          dim.setInt(2, p.version());
          dim.setString(3, p.name().da());
          dim.setString(4, p.name().en());
          dim.setString(5, p.unit().name());
          dim.setString(6, p.direction().name());
          dim.setString(7, p.grain().name());
          dim.setString(8, p.owner());
          dim.setString(9, p.purpose().name());
          dim.setString(10, p.audiences().stream().map(Enum::name).collect(Collectors.joining(",")));
          dim.setString(11, p.question().da());
          dim.setString(12, p.question().en());
          dim.setString(13, p.coverage().description().da());
          dim.setString(14, p.coverage().description().en());
          setDouble(dim, 15, p.coverage().fraction().orElse(null));
          dim.executeUpdate();
        }
      }
    }
  }

  private void insertPeriods(Set<String> periods, Map<String, Period> periodOf) throws SQLException {
    Set<String> known = keys("SELECT period_key FROM dim_period");
    try (BulkInsert in = new BulkInsert(c, "dim_period", List.of("period_key", "grain", "start_date", "end_date",
        "year"), new int[] {Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.INTEGER})) {
      for (String key : periods) {
        if (known.add(key)) {
          Period p = periodOf.get(key);
          in.add(key, p.grain().name(), p.start(), p.end(), p.start().getYear());
        }
      }
    }
  }

  /** A series of a KPI. */
  private record SeriesOf(String kpi, SeriesKey key) {}

  private void insertSeries(Map<String, SeriesOf> series) throws SQLException {
    Set<String> known = keys("SELECT kpi_id, series_key FROM dim_series");
    try (BulkInsert in = new BulkInsert(c, "dim_series", List.of("kpi_id", "series_key", "position", "dimension",
        "value"), new int[] {Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR})) {
      for (Map.Entry<String, SeriesOf> e : series.entrySet()) {
        SeriesKey key = e.getValue().key();
        if (known.add(e.getKey())) {
          for (int i = 0; i < key.dimensions().size(); i++) {
            in.add(e.getValue().kpi(), key.text(), i, key.dimensions().get(i),
                dk.datainformed.core.id.CprDetector.mask(key.values().get(i)));
          }
        }
      }
    }
  }

  private void insertUnits(OrganisationTree tree) throws SQLException {
    Set<String> known = keys("SELECT unit_id, valid_from FROM dim_unit");
    try (BulkInsert in = new BulkInsert(c, "dim_unit", List.of("unit_id", "valid_from", "valid_to", "name",
        "parent_id"), new int[] {Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR})) {
      for (OrgUnitId unit : tree.units()) {
        for (OrgUnitVersion v : tree.history(unit)) {
          if (known.add(unit.value() + '\u0000' + v.validity().from())) {
            in.add(unit.value(), v.validity().from(), v.validity().to().orElse(null), v.name(),
                v.parent().map(OrgUnitId::value).orElse(null));
          }
        }
      }
    }
  }

  /**
   * Keeps each chart segment's baseline that this run fixed (its limits were fixed before its last
   * observed point) and that no earlier run froze.
   */
  private void insertBaselines(long run, Publication publication) throws SQLException {
    Set<String> known = keys("SELECT kpi_id, kpi_version, series_key, first_period FROM baseline");
    try (BulkInsert head = new BulkInsert(c, "baseline", List.of("kpi_id", "kpi_version", "series_key",
            "first_period", "last_period", "points", "reason", "run_id"), new int[] {Types.VARCHAR, Types.INTEGER,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.BIGINT});
        BulkInsert point = new BulkInsert(c, "baseline_point", List.of("kpi_id", "kpi_version", "series_key",
            "first_period", "period_key", "value", "numerator", "denominator"), new int[] {Types.VARCHAR,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE,
                Types.DOUBLE})) {
      for (PublishedKpi k : publication.kpis()) {
        KpiDefinition d = k.definition();
        for (Map.Entry<SeriesKey, ProcessBehaviourChart> e : k.charts().entrySet()) {
          ProcessBehaviourChart chart = e.getValue();
          for (int i = 0; i < chart.segments().size(); i++) {
            List<Observation> points = chart.baselinePoints(i);
            if (points.isEmpty() || frozen(chart, i) != null || !fixedBefore(chart, i, points)) {
              continue;
            }
            String first = points.get(0).period().format();
            String key = e.getKey().text();
            if (!known.add(d.id().value() + '\u0000' + d.version() + '\u0000' + key + '\u0000' + first)) {
              continue;
            }
            head.add(d.id().value(), d.version(), key, first, points.get(points.size() - 1).period().format(),
                points.size(), "fixed by run " + run + " on its first " + points.size() + " observed points", run);
            for (Observation o : points) {
              point.add(d.id().value(), d.version(), key, first, o.period().format(), o.value().getAsDouble(),
                  o.numerator().isPresent() ? o.numerator().getAsDouble() : null,
                  o.denominator().isPresent() ? o.denominator().getAsDouble() : null);
            }
          }
        }
      }
    }
  }

  /** Keeps what each of the run's charts drew: one row per segment, with where its limits came from. */
  private void insertSegments(long run, Publication publication) throws SQLException {
    try (BulkInsert in = new BulkInsert(c, "run_segment", List.of("run_id", "kpi_id", "kpi_version", "series_key",
        "segment", "first_period", "last_period", "chart_type", "centre", "mean_moving_range", "baseline_points",
        "trial", "seasonally_adjusted", "frozen_on"), new int[] {Types.BIGINT, Types.VARCHAR, Types.INTEGER,
            Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE,
            Types.INTEGER, Types.BOOLEAN, Types.BOOLEAN, Types.VARCHAR})) {
      for (PublishedKpi k : publication.kpis()) {
        KpiDefinition d = k.definition();
        for (Map.Entry<SeriesKey, ProcessBehaviourChart> e : k.charts().entrySet()) {
          ProcessBehaviourChart chart = e.getValue();
          for (int i = 0; i < chart.segments().size(); i++) {
            Segment segment = chart.segments().get(i);
            int index = i;
            ChartNote.LimitsFrozen frozen = frozen(chart, i);
            in.add(run, d.id().value(), d.version(), e.getKey().text(), i, segment.first().format(),
                segment.last().format(), chart.type().name(),
                Double.isNaN(segment.centre()) ? null : segment.centre(),
                segment.meanMovingRange().isPresent() ? segment.meanMovingRange().getAsDouble() : null,
                segment.baselinePoints(), segment.trial(),
                chart.notes().stream().anyMatch(n -> n instanceof ChartNote.SeasonallyAdjusted && n.segment() == index),
                frozen == null ? null : frozen.first().format());
          }
        }
      }
    }
  }

  /** The note that the segment's limits came from a frozen baseline; null when they did not. */
  private static ChartNote.LimitsFrozen frozen(ProcessBehaviourChart chart, int segment) {
    return chart.notes().stream()
        .filter(n -> n instanceof ChartNote.LimitsFrozen && n.segment() == segment)
        .map(ChartNote.LimitsFrozen.class::cast)
        .findFirst().orElse(null);
  }

  /** Whether the segment has an observed point after its baseline: its limits were fixed. */
  private static boolean fixedBefore(ProcessBehaviourChart chart, int segment, List<Observation> baseline) {
    Segment s = chart.segments().get(segment);
    Period last = baseline.get(baseline.size() - 1).period();
    for (ChartPoint p : chart.points()) {
      if (p.segment() == segment && p.value().isPresent() && p.period().start().isAfter(last.start())
          && !p.period().start().isAfter(s.last().start())) {
        return true;
      }
    }
    return false;
  }

  private void insertCheckpoints(long run, RunReport report) throws SQLException {
    try (BulkInsert in = new BulkInsert(c, "run_checkpoint", List.of("run_id", "source", "stream", "name", "value"),
        new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR})) {
      for (RunReport.SourceRead read : report.sources()) {
        for (Checkpoint cp : read.state().checkpoints().values()) {
          for (Map.Entry<String, String> position : cp.position().entrySet()) {
            in.add(run, read.source(), cp.stream(), position.getKey(), position.getValue());
          }
        }
      }
    }
  }

  private Set<String> keys(String sql) throws SQLException {
    Set<String> out = new HashSet<>();
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder key = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          key.append(i > 1 ? "\u0000" : "").append(r.getString(i));
        }
        out.add(key.toString());
      }
    }
    return out;
  }

  /**
   * A number column that may be null.
   *
   * @param r the row
   * @param column the column
   * @return the value, or null
   * @throws SQLException when the driver fails
   */
  public static Double number(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  /**
   * A whole-number column that may be null.
   *
   * @param r the row
   * @param column the column
   * @return the value, or null
   * @throws SQLException when the driver fails
   */
  public static Long whole(ResultSet r, int column) throws SQLException {
    long v = r.getLong(column);
    return r.wasNull() ? null : v;
  }

  private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.DOUBLE);
    } else {
      s.setDouble(i, v);
    }
  }
}
