package dk.datainformed.benchmarks;

import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.sql.Dialect;
import dk.datainformed.sql.SqlKpiEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
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
 * Our SQL in DuckDB against a hand-written DuckDB query, on the same table: the sickness absence
 * percentage by unit and month over {@link AbsenceDayCsv}'s rows (10 million by default), loaded
 * once into an in-process DuckDB table (DECIMAL(9, 2) for the day counts, as a warehouse keeps them)
 * before anything is measured.
 *
 * <ul>
 *   <li>{@code ourSqlInDuckdb}: {@link SqlKpiEngine} for the starter catalog's
 *       {@code sygefravaer.fravaersprocent} (day-level source) by {@code organisation_unit}: the
 *       probe of the time field, then the parts query with the calendar as {@code VALUES}, then the
 *       {@code KpiResult} (200 series of 12 months, with every part).
 *   <li>{@code handWrittenDuckdb}: {@code SELECT organisation_unit, year(day), month(day), sum(...),
 *       count(*) ... GROUP BY ...}, every row read; what an analyst would write.
 * </ul>
 *
 * <p>Both with DuckDB's default threads (one per core). The set-up checks that both give the same
 * numerator, denominator and record count for every (unit, month). Goal: ours within 1.1× of the
 * hand-written query.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class SqlEngineBenchmark {
  /** How many rows the table has. */
  @Param("10000000")
  public long rows;

  private Connection duckdb;
  private SqlKpiEngine engine;
  private KpiRequest request;

  /** Creates the benchmark; JMH makes the instances. */
  public SqlEngineBenchmark() {}

  /** Writes the file, loads it into DuckDB, and checks that both ways agree. */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    Path file = AbsenceDayCsv.write(rows, EngineEndToEndBenchmark.SEED);
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duckdb.createStatement()) {
      s.execute("CREATE TABLE absence AS SELECT * FROM read_csv('" + file.toString().replace("'", "''")
          + "', delim = ';', decimal_separator = ',', dateformat = '%d-%m-%Y', header = true,"
          + " auto_detect = false, columns = {'day': 'DATE', 'organisation_unit': 'VARCHAR',"
          + " 'age_band': 'VARCHAR', 'job_function': 'VARCHAR', 'employee': 'VARCHAR',"
          + " 'worked_days': 'DECIMAL(9, 2)', 'own_illness_days': 'DECIMAL(9, 2)',"
          + " 'other_absence_days': 'DECIMAL(9, 2)'})");
    } finally {
      AbsenceDayCsv.delete(file);
    }
    engine = SqlKpiEngine.on(duckdb, Dialect.DUCKDB).table("payroll.absence_day", "absence").build();
    request = KpiRequest.of(AbsenceDayCsv.absencePercentage()).by("organisation_unit").build();
    requireSame(parts(ourSqlInDuckdb(), "organisation_unit"), handWrittenDuckdb());
  }

  /**
   * Fails unless our SQL and a hand-written query found the same groups, each with the same
   * numerator, denominator and record count.
   */
  static void requireSame(Map<String, double[]> ours, Map<String, double[]> hand) {
    if (ours.isEmpty() || !ours.keySet().equals(hand.keySet())) {
      throw new IllegalStateException("our SQL and the hand-written query found different groups: "
          + ours.size() + " and " + hand.size());
    }
    for (Map.Entry<String, double[]> e : ours.entrySet()) {
      if (!Arrays.equals(e.getValue(), hand.get(e.getKey()))) {
        throw new IllegalStateException("our SQL and the hand-written query disagree on " + e.getKey() + ": "
            + Arrays.toString(e.getValue()) + " against " + Arrays.toString(hand.get(e.getKey())));
      }
    }
  }

  /** Closes DuckDB. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
  }

  /**
   * Our SQL in DuckDB, laid out as a result.
   *
   * @return the result, so the JIT cannot drop the work
   */
  @Benchmark
  public KpiResult ourSqlInDuckdb() {
    return engine.compute(request);
  }

  /**
   * The hand-written query.
   *
   * @return numerator, denominator and records by "unit yyyy-mm"
   * @throws SQLException when DuckDB fails
   */
  @Benchmark
  public Map<String, double[]> handWrittenDuckdb() throws SQLException {
    Map<String, double[]> groups = new TreeMap<>();
    try (Statement s = duckdb.createStatement();
        ResultSet r = s.executeQuery("SELECT organisation_unit, year(day) AS y, month(day) AS m,"
            + " sum(own_illness_days), sum(worked_days) + sum(own_illness_days) + sum(other_absence_days),"
            + " count(*) FROM absence GROUP BY organisation_unit, y, m")) {
      while (r.next()) {
        groups.put(key(r.getString(1), r.getInt(2), r.getInt(3)),
            new double[] {r.getDouble(4), r.getDouble(5), r.getLong(6)});
      }
    }
    return groups;
  }

  /**
   * A result's covered values by "group yyyy-mm": numerator, denominator and record count.
   *
   * @param result a result by one field and month
   * @param field the field it is broken down by
   */
  static Map<String, double[]> parts(KpiResult result, String field) {
    Map<String, double[]> out = new TreeMap<>();
    for (Series s : result.series()) {
      for (Point p : s.points()) {
        if (p.value().parts().records() > 0) {
          out.put(key(s.key().value(field).orElseThrow(), p.period().start().getYear(),
              p.period().start().getMonthValue()), new double[] {
                p.value().parts().numerator().getAsDouble(), p.value().parts().denominator().getAsDouble(),
                p.value().parts().records()});
        }
      }
    }
    return out;
  }

  /** The key of a group's month in {@link #parts} and in a hand-written query's answer. */
  static String key(String group, int year, int month) {
    return group + " " + year + "-" + String.format("%02d", month);
  }
}
