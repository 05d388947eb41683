package dk.datainformed.benchmarks;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.engine.KpiAccumulator;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.ValueParts;
import dk.datainformed.sql.Dialect;
import dk.datainformed.sql.SqlKpiEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end, from a Danish-profile CSV file to the sickness absence percentage per unit and month:
 * the csv connector feeding the KPI engine, beside embedded DuckDB computing the same numbers from
 * the same file with {@code read_csv}.
 *
 * <p>The file (written once per fork in {@code @Setup}, fixed seed) is {@link AbsenceDayCsv}'s:
 * {@code rows} absence-day records of 20,000 employees in 200 units over the 12 months of 2024,
 * {@code ;}, decimal comma, {@code dd-MM-yyyy}, UTF-8 with a byte order mark. The default 10 million
 * rows are about 670 MB; writing them takes some seconds.
 *
 * <ul>
 *   <li>{@code datainformed}: {@code Connectors.open("csv", ...)}, every record into a {@link
 *       KpiAccumulator} for the starter catalog's {@code sygefravaer.fravaersprocent} (on a day-level
 *       source) by {@code organisation_unit}, then the {@link KpiResult}: 200 series of 12 months,
 *       each value with numerator, denominator and record count. One thread.
 *   <li>{@code datainformedAllThreads}: the same with the connector's {@code threads} set to the
 *       number of cores: the file parsed in 512 KiB chunks (the default) by that many threads,
 *       handed on in file order to the engine on the calling thread.
 *   <li>{@code duckdbOneThread}: {@code SELECT organisation_unit, year, month, sum(...), ... FROM
 *       read_csv(file, delim=';', decimal_separator=',', dateformat='%d-%m-%Y', header=true,
 *       columns={...}) GROUP BY ...} over JDBC, with {@code SET threads = 1}, every result row read.
 *   <li>{@code duckdbAllThreads}: the same with DuckDB's default threads (one per core).
 *   <li>{@code ourSqlInDuckdbAllThreads}: the same definition compiled by {@link SqlKpiEngine}
 *       and run by DuckDB (default threads) over a view of the same {@code read_csv}: the
 *       definition where an analyst's data lives, from the file.
 * </ul>
 *
 * <p>The score is seconds per file (single shot: one operation is one whole file). The ratios the
 * issue asks about compare like with like: {@code datainformed} over {@code duckdbOneThread}, and
 * {@code datainformedAllThreads} over {@code duckdbAllThreads}. Before anything is measured, the
 * set-up computes all four once and checks that every (unit, month) has the same numerator,
 * denominator, record count and percentage, and fails the run if not.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class EngineEndToEndBenchmark {
  static final long SEED = 20_240_101L;

  /** How many rows the file has; 10 million rows are about 670 MB. */
  @Param("10000000")
  public long rows;

  private Path file;
  private Connector connector;
  private Connector connectorAllThreads;
  private KpiEngine engine;
  private KpiRequest request;
  private Connection duckdbOne;
  private Connection duckdbAll;
  private String query;
  private SqlKpiEngine sqlEngine;

  /** Creates the benchmark; JMH makes the instances. */
  public EngineEndToEndBenchmark() {}

  /** Writes the file, opens the connector and both DuckDB databases, and checks they agree. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    file = AbsenceDayCsv.write(rows, SEED);
    connector = Connectors.open("csv", AbsenceDayCsv.connectorSettings(file));
    Map<String, String> allThreads = new HashMap<>(AbsenceDayCsv.connectorSettings(file));
    allThreads.put("threads", Integer.toString(Runtime.getRuntime().availableProcessors()));
    connectorAllThreads = Connectors.open("csv", allThreads);
    RatioKpi kpi = AbsenceDayCsv.absencePercentage();
    engine = KpiEngine.create();
    request = KpiRequest.of(kpi).by("organisation_unit").build();
    duckdbOne = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duckdbOne.createStatement()) {
      s.execute("SET threads = 1");
    }
    duckdbAll = DriverManager.getConnection("jdbc:duckdb:");
    String csv = " read_csv('" + file.toString().replace("'", "''") + "', delim = ';',"
        + " decimal_separator = ',', dateformat = '%d-%m-%Y', header = true, auto_detect = false,"
        + " columns = {'day': 'DATE', 'organisation_unit': 'VARCHAR', 'age_band': 'VARCHAR',"
        + " 'job_function': 'VARCHAR', 'employee': 'VARCHAR', 'worked_days': 'DOUBLE',"
        + " 'own_illness_days': 'DOUBLE', 'other_absence_days': 'DOUBLE'})";
    try (Statement s = duckdbAll.createStatement()) {
      s.execute("CREATE VIEW absence_csv AS SELECT * FROM" + csv);
    }
    sqlEngine = SqlKpiEngine.on(duckdbAll, Dialect.DUCKDB).table("payroll.absence_day", "absence_csv").build();
    query =
        "SELECT organisation_unit, year(day) AS y, month(day) AS m,"
            + " sum(own_illness_days) AS num,"
            + " sum(worked_days) + sum(own_illness_days) + sum(other_absence_days) AS den,"
            + " count(*) AS n,"
            + " 100.0 * sum(own_illness_days)"
            + " / (sum(worked_days) + sum(own_illness_days) + sum(other_absence_days)) AS pct"
            + " FROM" + csv
            + " GROUP BY organisation_unit, y, m";
    Map<String, double[]> one = computeWithDuckdb(duckdbOne);
    Map<String, double[]> all = computeWithDuckdb(duckdbAll);
    check(computeWithDatainformed(connector), one, all);
    check(computeWithDatainformed(connectorAllThreads), one, all);
    check(sqlEngine.compute(request), one, all);
  }

  /** Closes what was opened and deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    if (connector != null) {
      connector.close();
    }
    if (connectorAllThreads != null) {
      connectorAllThreads.close();
    }
    if (duckdbOne != null) {
      duckdbOne.close();
    }
    if (duckdbAll != null) {
      duckdbAll.close();
    }
    AbsenceDayCsv.delete(file);
  }

  /**
   * The csv connector into the KPI engine.
   *
   * @return the result, so the JIT cannot drop the work
   */
  @Benchmark
  public KpiResult datainformed() {
    return computeWithDatainformed(connector);
  }

  /**
   * The csv connector reading the file with one thread per core ({@code threads}), in chunks of 8
   * MiB, into the KPI engine on the calling thread.
   *
   * @return the result, so the JIT cannot drop the work
   */
  @Benchmark
  public KpiResult datainformedAllThreads() {
    return computeWithDatainformed(connectorAllThreads);
  }

  /**
   * DuckDB on one thread.
   *
   * @return the groups, so the JIT cannot drop the work
   * @throws SQLException when DuckDB fails
   */
  @Benchmark
  public Map<String, double[]> duckdbOneThread() throws SQLException {
    return computeWithDuckdb(duckdbOne);
  }

  /**
   * DuckDB with its default threads.
   *
   * @return the groups, so the JIT cannot drop the work
   * @throws SQLException when DuckDB fails
   */
  @Benchmark
  public Map<String, double[]> duckdbAllThreads() throws SQLException {
    return computeWithDuckdb(duckdbAll);
  }

  /**
   * Our SQL in DuckDB (default threads) over a view of the file.
   *
   * @return the result, so the JIT cannot drop the work
   */
  @Benchmark
  public KpiResult ourSqlInDuckdbAllThreads() {
    return sqlEngine.compute(request);
  }

  private KpiResult computeWithDatainformed(Connector connector) {
    KpiAccumulator accumulator = engine.accumulator(request);
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
      Iterator<ReadEvent> it = events.iterator();
      while (it.hasNext()) {
        ReadEvent event = it.next();
        if (event instanceof ReadEvent.Read) {
          accumulator.accept(((ReadEvent.Read) event).record());
        }
      }
    }
    return accumulator.result();
  }

  /** Numerator, denominator, records and percentage by "unit yyyy-mm". */
  private Map<String, double[]> computeWithDuckdb(Connection connection) throws SQLException {
    Map<String, double[]> groups = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        String key = r.getString(1) + " " + r.getInt(2) + "-" + String.format("%02d", r.getInt(3));
        groups.put(key, new double[] {r.getDouble(4), r.getDouble(5), r.getLong(6), r.getDouble(7)});
      }
    }
    return groups;
  }

  /** Fails the run unless every (unit, month) is the same in all three. */
  private void check(KpiResult ours, Map<String, double[]> one, Map<String, double[]> all) {
    Map<String, double[]> mine = new TreeMap<>();
    for (Series series : ours.series()) {
      String unit = series.key().value("organisation_unit").orElseThrow();
      for (Point point : series.points()) {
        ValueParts parts = point.value().parts();
        if (parts.records() == 0) {
          continue;
        }
        LocalDate start = point.period().start();
        String key = unit + " " + start.getYear() + "-" + String.format("%02d", start.getMonthValue());
        mine.put(key, new double[] {
          parts.numerator().orElse(Double.NaN),
          parts.denominator().orElse(Double.NaN),
          parts.records(),
          point.value().value().orElse(Double.NaN)
        });
      }
    }
    if (mine.isEmpty() || !mine.keySet().equals(one.keySet()) || !mine.keySet().equals(all.keySet())) {
      throw new IllegalStateException(
          "datainformed and DuckDB found different (unit, month) groups: " + mine.size() + ", "
              + one.size() + " and " + all.size() + " groups");
    }
    long records = 0;
    for (Map.Entry<String, double[]> e : mine.entrySet()) {
      double[] a = e.getValue();
      records += (long) a[2];
      for (double[] b : new double[][] {one.get(e.getKey()), all.get(e.getKey())}) {
        for (int i = 0; i < a.length; i++) {
          if (Math.abs(a[i] - b[i]) > 1e-9 * Math.max(1, Math.abs(a[i]))) {
            throw new IllegalStateException(
                "datainformed and DuckDB disagree on " + e.getKey() + ": numerator, denominator,"
                    + " records, percentage " + Arrays.toString(a) + " against "
                    + Arrays.toString(b));
          }
        }
      }
    }
    if (records != rows) {
      throw new IllegalStateException(
          "the groups hold " + records + " records, but the file has " + rows);
    }
  }
}
