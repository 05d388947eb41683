package dk.datainformed.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import dk.datainformed.core.area.Municipalities;
import dk.datainformed.core.area.Municipality;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.spark.SparkKpiEngine;
import dk.datainformed.sql.Dialect;
import dk.datainformed.sql.SqlKpiEngine;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The national-scale benchmark of issue 15, outside JMH (a hundred million rows are too many for
 * JMH's iterations): a synthetic absence-day dataset of all 98 municipalities as Parquet, and the
 * starter catalog's sickness absence percentage by municipality and month over it, in one engine
 * per JVM, so that the JVM's peak memory is that engine's.
 *
 * <pre>{@code
 * NationalScale generate DIR ROWS      # writes DIR/absence.parquet with DuckDB
 * NationalScale run ENGINE DIR ROWS    # prints one Markdown table row
 * }</pre>
 *
 * <p>Engines ({@link Engine}): our {@link SqlKpiEngine} in DuckDB over a view of {@code
 * read_parquet} and over a table loaded from it, our {@link SparkKpiEngine} on Spark {@code
 * local[2]} over {@code spark.read().parquet}, and beside each a hand-written {@code GROUP BY
 * municipality, year(day), month(day)} on the same platform. A run times its engine (one warm-up,
 * then three timed runs), reads the peak memory, and only then computes the peer once on the same
 * data in the same JVM and fails unless both give the same numerator, denominator and record count
 * for every (municipality, month), and their record counts add up to the rows. {@code
 * benchmarks/national-scale.sh} builds the class path and runs every engine; the module's
 * README.md says what each column is.
 */
public final class NationalScale {
  /** The seed of the dataset's hash-based values: the same seed and row count give the same rows. */
  static final long SEED = 20_240_098L;

  /** Units per municipality, e.g. {@code 101-enhed-1} to {@code 101-enhed-5}. */
  static final int UNITS_PER_MUNICIPALITY = 5;

  /** The columns of the Parquet file: {@link AbsenceDayCsv#SCHEMA} with the municipality's code. */
  static final Schema SCHEMA =
      Schema.of(
          Field.required("day", FieldType.DATE),
          Field.required("municipality", FieldType.CATEGORY),
          Field.required("organisation_unit", FieldType.CATEGORY),
          Field.required("age_band", FieldType.CATEGORY),
          Field.required("job_function", FieldType.CATEGORY),
          Field.required("employee", FieldType.IDENTIFIER),
          Field.required("worked_days", FieldType.DECIMAL),
          Field.required("own_illness_days", FieldType.DECIMAL),
          Field.required("other_absence_days", FieldType.DECIMAL));

  /** What an analyst would write; the same text runs in DuckDB and in Spark SQL. */
  static final String HAND_WRITTEN =
      "SELECT municipality, year(day) AS y, month(day) AS m, sum(own_illness_days),"
          + " sum(worked_days) + sum(own_illness_days) + sum(other_absence_days), count(*)"
          + " FROM absence GROUP BY municipality, year(day), month(day)";

  private static final int TIMED_RUNS = 3;

  private NationalScale() {}

  /** What one run measures: an engine (ours or the hand-written query) on one platform. */
  enum Engine {
    /** {@link SqlKpiEngine} in DuckDB over {@code CREATE VIEW ... AS SELECT * FROM read_parquet}. */
    OURS_DUCKDB_VIEW("ours-duckdb-view", true),
    /** The hand-written query in DuckDB over the same view. */
    HAND_DUCKDB_VIEW("hand-duckdb-view", false),
    /** {@link SqlKpiEngine} in DuckDB over an in-memory table loaded from the file in the set-up. */
    OURS_DUCKDB_TABLE("ours-duckdb-table", true),
    /** The hand-written query in DuckDB over the same table. */
    HAND_DUCKDB_TABLE("hand-duckdb-table", false),
    /** {@link SparkKpiEngine} on {@code local[2]} over a temporary view of the Parquet folder. */
    OURS_SPARK("ours-spark", true),
    /** The hand-written query in Spark SQL over the same temporary view. */
    HAND_SPARK("hand-spark", false);

    final String label;
    final boolean ours;

    Engine(String label, boolean ours) {
      this.label = label;
      this.ours = ours;
    }

    /** Opens this engine's platform over the Parquet folder: the set-up of a run. */
    Platform open(Path dir) throws SQLException {
      return label.endsWith("-spark") ? new SparkPlatform(dir) : new DuckdbPlatform(dir, label.endsWith("-table"));
    }

    static Engine named(String label) {
      for (Engine e : values()) {
        if (e.label.equals(label)) {
          return e;
        }
      }
      throw new IllegalArgumentException("no engine '" + label + "'; the engines are "
          + Arrays.stream(values()).map(e -> e.label).collect(Collectors.joining(", ")));
    }
  }

  /**
   * Generates the dataset or runs one engine over it.
   *
   * @param args {@code generate DIR ROWS} or {@code run ENGINE DIR ROWS}
   * @throws Exception when the generation or a run fails, or ours and the hand-written query
   *     disagree
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("generate")) {
      generate(Path.of(args[1]), Long.parseLong(args[2]));
    } else if (args.length == 4 && args[0].equals("run")) {
      run(Engine.named(args[1]), Path.of(args[2]), Long.parseLong(args[3]));
    } else {
      throw new IllegalArgumentException("usage: NationalScale generate DIR ROWS | run ENGINE DIR ROWS");
    }
  }

  /** The starter catalog's sickness absence percentage over {@link #SCHEMA}, by municipality too. */
  static RatioKpi absencePercentage() {
    return AbsenceDayCsv.absencePercentage().toBuilder()
        .source(SourceDataset.of("payroll.absence_day", "day", SCHEMA))
        .dimensions("municipality")
        .build();
  }

  /**
   * Writes {@code rows} rows to {@code dir/absence.parquet}, by DuckDB itself, day by day as a
   * warehouse appends them: {@code ceil(rows / 366)} persons, each with a row on every day of 2024
   * (the last day has fewer); row {@code i} is day {@code i / persons} of person {@code i %
   * persons}. The person's municipality (the 98 real kommunekoder), unit, age band and job
   * function come from a hash of the person, the day's absence from a hash of the row, with
   * {@link AbsenceDayCsv}'s rates (5 % own illness, 3 % other absence, a quarter part time). Day
   * counts are {@code DECIMAL(9, 2)} multiples of 0.25.
   */
  static void generate(Path dir, long rows) throws SQLException, IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("absence.parquet");
    Path partial = dir.resolve("absence.parquet.partial");
    String codes = list(Municipalities.all().stream().map(Municipality::threeDigitCode).toArray(String[]::new));
    int municipalities = Municipalities.all().size();
    long persons = (rows + 365) / 366;
    String sql = "COPY (WITH r AS (SELECT i, i // " + persons + " AS day, i % " + persons + " AS person,"
        + " hash(i % " + persons + ", " + SEED + ") AS p, hash(i, " + SEED + ") AS h FROM range(" + rows + ") t(i)),"
        + " d AS (SELECT *, CASE WHEN person % 4 = 0 THEN 3 ELSE 4 END AS full_day, h % 100 AS draw,"
        + " (h // 100) % 2 AS coin, " + codes + "[CAST(p % " + municipalities + " AS INTEGER) + 1] AS code FROM r),"
        + " a AS (SELECT *, CASE WHEN draw < 5 THEN CASE WHEN coin = 0 THEN full_day ELSE 2 END ELSE 0 END AS own,"
        + " CASE WHEN draw >= 5 AND draw < 8 THEN full_day ELSE 0 END AS other FROM d)"
        + " SELECT DATE '2024-01-01' + CAST(day AS INTEGER) AS day, code AS municipality,"
        + " code || '-enhed-' || CAST((p // " + municipalities + ") % " + UNITS_PER_MUNICIPALITY
        + " + 1 AS VARCHAR) AS organisation_unit,"
        + " " + list(AbsenceDayCsv.AGE_BANDS) + "[CAST((p // 1000) % " + AbsenceDayCsv.AGE_BANDS.length
        + " AS INTEGER) + 1] AS age_band,"
        + " " + list(AbsenceDayCsv.JOB_FUNCTIONS) + "[CAST((p // 10000) % " + AbsenceDayCsv.JOB_FUNCTIONS.length
        + " AS INTEGER) + 1] AS job_function,"
        + " 'M' || CAST(100000 + person AS VARCHAR) AS employee,"
        + " CAST((full_day - own - other) * 0.25 AS DECIMAL(9, 2)) AS worked_days,"
        + " CAST(own * 0.25 AS DECIMAL(9, 2)) AS own_illness_days,"
        + " CAST(other * 0.25 AS DECIMAL(9, 2)) AS other_absence_days FROM a)"
        + " TO " + quote(partial.toString()) + " (FORMAT parquet)";
    long start = System.nanoTime();
    try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = duckdb.createStatement()) {
      s.execute(sql);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.printf(Locale.ROOT, "wrote %,d rows to %s (%,d MB) in %.1f s%n", rows, file,
        Files.size(file) / 1_000_000, (System.nanoTime() - start) / 1e9);
  }

  /** Runs one engine over {@code dir} and prints its Markdown table row. */
  static void run(Engine engine, Path dir, long rows) throws Exception {
    Memory memory = new Memory();
    long start = System.nanoTime();
    try (Platform platform = engine.open(dir)) {
      double setUp = (System.nanoTime() - start) / 1e9;
      Memory.Peak setUpPeak = memory.peakAndReset();

      Map<String, double[]> measured = engine.ours ? platform.ours() : platform.handWritten();
      double[] seconds = new double[TIMED_RUNS];
      for (int i = 0; i < TIMED_RUNS; i++) {
        long t = System.nanoTime();
        measured = engine.ours ? platform.ours() : platform.handWritten();
        seconds[i] = (System.nanoTime() - t) / 1e9;
      }
      Memory.Peak runsPeak = memory.peakAndReset();

      Map<String, double[]> peer = engine.ours ? platform.handWritten() : platform.ours();
      SqlEngineBenchmark.requireSame(engine.ours ? measured : peer, engine.ours ? peer : measured);
      long records = measured.values().stream().mapToLong(v -> (long) v[2]).sum();
      if (records != rows) {
        throw new IllegalStateException("the values count " + records + " records, the file has " + rows);
      }
      Arrays.sort(seconds);
      System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.3f | %.3f | %,d / %,d%s | %,d / %,d | %s | %,d |%n",
          engine.label, rows, setUp, seconds[0], seconds[TIMED_RUNS / 2],
          setUpPeak.rssMib, runsPeak.rssMib, memory.rssReset ? "" : " (whole run: cannot reset VmHWM)",
          setUpPeak.heapMib, runsPeak.heapMib,
          runsPeak.liveMib < 0 ? "no GC" : String.format(Locale.ROOT, "%,d", runsPeak.liveMib), measured.size());
    }
  }

  /** One platform's data, with our engine and the hand-written query over it. */
  private interface Platform extends AutoCloseable {
    /** Our engine's values by "municipality yyyy-mm". */
    Map<String, double[]> ours() throws Exception;

    /** The hand-written query's values by "municipality yyyy-mm". */
    Map<String, double[]> handWritten() throws Exception;

    @Override
    void close() throws SQLException;
  }

  /** In-process DuckDB (default threads: one per core) over a view of the file or a table of it. */
  private static final class DuckdbPlatform implements Platform {
    private final Connection duckdb;
    private final SqlKpiEngine engine;
    private final KpiRequest request = KpiRequest.of(absencePercentage()).by("municipality").build();

    DuckdbPlatform(Path dir, boolean table) throws SQLException {
      duckdb = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = duckdb.createStatement()) {
        s.execute("CREATE " + (table ? "TABLE" : "VIEW") + " absence AS SELECT * FROM read_parquet("
            + quote(dir.resolve("*.parquet").toString()) + ")");
      }
      engine = SqlKpiEngine.on(duckdb, Dialect.DUCKDB).table("payroll.absence_day", "absence").build();
    }

    @Override
    public Map<String, double[]> ours() {
      return SqlEngineBenchmark.parts(engine.compute(request), "municipality");
    }

    @Override
    public Map<String, double[]> handWritten() throws SQLException {
      Map<String, double[]> groups = new TreeMap<>();
      try (Statement s = duckdb.createStatement(); ResultSet r = s.executeQuery(HAND_WRITTEN)) {
        while (r.next()) {
          groups.put(SqlEngineBenchmark.key(r.getString(1), r.getInt(2), r.getInt(3)),
              new double[] {r.getDouble(4), r.getDouble(5), r.getLong(6)});
        }
      }
      return groups;
    }

    @Override
    public void close() throws SQLException {
      duckdb.close();
    }
  }

  /** Spark on two local threads, without its web UI, over a temporary view of the Parquet folder. */
  private static final class SparkPlatform implements Platform {
    private final SparkSession spark;
    private final SqlKpiEngine engine;
    private final KpiRequest request = KpiRequest.of(absencePercentage()).by("municipality").build();

    SparkPlatform(Path dir) {
      spark = SparkSession.builder().master("local[2]").appName("datainformed-national-scale")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      spark.read().parquet(dir.toString()).createOrReplaceTempView("absence");
      engine = SparkKpiEngine.on(spark).table("payroll.absence_day", "absence").build();
    }

    @Override
    public Map<String, double[]> ours() {
      return SqlEngineBenchmark.parts(engine.compute(request), "municipality");
    }

    @Override
    public Map<String, double[]> handWritten() {
      Map<String, double[]> groups = new TreeMap<>();
      for (Row r : spark.sql(HAND_WRITTEN).collectAsList()) {
        groups.put(SqlEngineBenchmark.key(r.getString(0), r.getInt(1), r.getInt(2)), new double[] {
          ((Number) r.get(3)).doubleValue(), ((Number) r.get(4)).doubleValue(), r.getLong(5)});
      }
      return groups;
    }

    @Override
    public void close() {
      spark.stop();
    }
  }

  /**
   * The process's peak resident memory ({@code VmHWM} of {@code /proc/self/status}) and the JVM's
   * heap since the start or the last {@link #peakAndReset}. Heap used only grows between
   * collections, so its peak is the largest heap used just before a collection (from the
   * collectors' notifications) or now; the live heap is the largest left after a collection.
   */
  private static final class Memory {
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong liveHeap = new AtomicLong(-1);
    private boolean rssReset = true;

    /** A phase's peaks, in MiB; {@code liveMib} is -1 when no collection ran. */
    private static final class Peak {
      final long rssMib;
      final long heapMib;
      final long liveMib;

      Peak(long rssMib, long heapMib, long liveMib) {
        this.rssMib = rssMib;
        this.heapMib = heapMib;
        this.liveMib = liveMib;
      }
    }

    Memory() {
      Set<String> heapPools = new HashSet<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
          if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
            peakHeap.accumulateAndGet(heap(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
            liveHeap.accumulateAndGet(heap(info.getMemoryUsageAfterGc(), heapPools), Math::max);
          }
        }, null, null);
      }
    }

    private static long heap(Map<String, MemoryUsage> pools, Set<String> heapPools) {
      long used = 0;
      for (Map.Entry<String, MemoryUsage> e : pools.entrySet()) {
        if (heapPools.contains(e.getKey())) {
          used += e.getValue().getUsed();
        }
      }
      return used;
    }

    /** The peaks since the last call, then all reset to what is in use now. */
    Peak peakAndReset() throws IOException, InterruptedException {
      // The collectors' notifications arrive on another thread shortly after each collection.
      Thread.sleep(500);
      long heapNow = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long live = liveHeap.getAndSet(-1);
      Peak peak = new Peak(statusKib("VmHWM:") / 1024, Math.max(peakHeap.get(), heapNow) >> 20,
          live < 0 ? -1 : live >> 20);
      peakHeap.set(heapNow);
      try {
        // Linux 4.0 and later: 5 resets VmHWM to the resident memory now.
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      } catch (IOException e) {
        rssReset = false;
        System.err.println("cannot reset VmHWM (" + e + "): the runs' peak includes the set-up's");
      }
      return peak;
    }

    private static long statusKib(String line) throws IOException {
      for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (l.startsWith(line)) {
          return Long.parseLong(l.substring(line.length()).replace("kB", "").trim());
        }
      }
      throw new IllegalStateException("no " + line + " in /proc/self/status");
    }
  }

  private static String list(String[] values) {
    StringJoiner out = new StringJoiner(", ", "[", "]");
    for (String v : values) {
      out.add(quote(v));
    }
    return out.toString();
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
