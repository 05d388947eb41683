package dk.datainformed.benchmarks;

import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.ValueParts;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublishedKpi;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.sql.Dialect;
import dk.datainformed.store.ResultStore;
import dk.datainformed.store.StoredRun;
import dk.datainformed.store.StoredValue;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * The results store writing one year of daily values for 200 units × 30 KPIs (2,196,000 values,
 * each with numerator, denominator and record count) and reading the cockpit's values back, in an
 * embedded DuckDB file and in a PostgreSQL server (zonky's binaries, on the same machine).
 *
 * <ul>
 *   <li>{@code writeYear}: {@link ResultStore#save} of the whole publication into an empty store
 *       (each iteration gets a new database): the run, the dimensions, every value.
 *   <li>{@code writeUnchangedYear}: the same publication saved again: the store reads the current
 *       values, finds nothing changed, and writes only the run.
 *   <li>{@code readCockpit}: {@link ResultStore#values(StoredRun)}: every value the run published,
 *       as the cockpit and Power BI read them.
 * </ul>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class StoreBenchmark {
  /** DuckDB or PostgreSQL. */
  @Param({"DUCKDB", "POSTGRESQL"})
  public String database;

  /** Units. */
  @Param("200")
  public int units;

  /** KPIs. */
  @Param("30")
  public int kpis;

  private Publication publication;
  private EmbeddedPostgres postgres;
  private int databases;
  private ResultStore store;
  private StoredRun saved;

  /** Creates the benchmark; JMH makes the instances. */
  public StoreBenchmark() {}

  /** Builds the publication: disclosed results of a year of days. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    if (database.equals("POSTGRESQL")) {
      postgres = EmbeddedPostgres.start();
    }
    List<Period> days = Period.between(Grain.DAY, Period.parse("2024"), Period.parse("2024"));
    ResultDisclosure disclosure = ResultDisclosure.with(DisclosurePolicy.defaults());
    List<PublishedKpi> published = new ArrayList<>();
    List<RunReport.KpiComputed> computed = new ArrayList<>();
    for (int k = 0; k < kpis; k++) {
      RatioKpi kpi = kpi(k);
      List<Series> series = new ArrayList<>();
      for (int u = 0; u < units; u++) {
        List<Point> points = new ArrayList<>(days.size());
        for (int d = 0; d < days.size(); d++) {
          double numerator = (u * 31 + d * 7 + k) % 50;
          double denominator = 400 + (u * 13 + d) % 100;
          points.add(new Point(days.get(d), KpiValue.of(100 * numerator / denominator, new ValueParts(
              OptionalDouble.of(numerator), OptionalDouble.of(denominator), 20 + u % 30, OptionalLong.empty(),
              List.of(days.get(d))))));
        }
        series.add(new Series(kpi.id(), SeriesKey.of("organisation_unit", AbsenceDayCsv.unit(u)), Grain.DAY, true, points));
      }
      KpiResult result = new KpiResult(kpi, Grain.DAY, List.of("organisation_unit"), days, series, 0, 0);
      published.add(new PublishedKpi(disclosure.protect(result), Map.of()));
      computed.add(new RunReport.KpiComputed(kpi.id().value(), 1, units, (long) units * days.size(), 0, 0, 0, 0));
    }
    RunReport report = new RunReport("benchmark", List.of(new RunReport.SourceRead(
        "payroll", "csv", 0, List.of(), List.of(), ConnectorState.empty())), computed,
        java.util.Optional.empty(), List.of(), java.util.Optional.empty());
    publication = new Publication("benchmark", new LocalizedText("Benchmark", "Benchmark"),
        LocalDate.of(2024, 12, 31), published, java.util.Optional.empty(), java.util.Optional.empty(), report);
  }

  /** A new, empty store for each iteration, with one saved run, opened again for the reads. */
  @Setup(Level.Iteration)
  public void newStore() throws IOException, SQLException {
    if (store != null) {
      store.close();
    }
    String location = create();
    try (ResultStore first = open(location)) {
      saved = first.save(publication);
    }
    store = open(location);
  }

  /** A new database: a DuckDB file's path, or a PostgreSQL database's name. */
  private String create() throws IOException, SQLException {
    databases++;
    if (database.equals("DUCKDB")) {
      return Files.createTempDirectory("store-benchmark").resolve("store.duckdb").toString();
    }
    String name = "bench_" + databases;
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  private ResultStore open(String location) {
    if (database.equals("DUCKDB")) {
      return ResultStore.duckdb(Path.of(location));
    }
    DataSource data = postgres.getDatabase("postgres", location);
    return ResultStore.on(data, Dialect.POSTGRESQL).build();
  }

  /** Stops PostgreSQL. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (store != null) {
      store.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  /**
   * The year into an empty store.
   *
   * @return the run
   * @throws IOException when the database cannot be made
   * @throws SQLException when it cannot be made
   */
  @Benchmark
  public StoredRun writeYear() throws IOException, SQLException {
    try (ResultStore empty = open(create())) {
      return empty.save(publication);
    }
  }

  /**
   * The same year again: nothing changed.
   *
   * @return the run
   */
  @Benchmark
  public StoredRun writeUnchangedYear() {
    StoredRun run = store.save(publication);
    if (run.valuesChanged() != 0) {
      throw new IllegalStateException("an unchanged publication changed " + run.valuesChanged() + " values");
    }
    return run;
  }

  /**
   * Every value of the run, as the cockpit reads them.
   *
   * @return the values
   */
  @Benchmark
  public List<StoredValue> readCockpit() {
    List<StoredValue> values = store.values(saved);
    if (values.size() != kpis * units * 366) {
      throw new IllegalStateException("read " + values.size() + " values");
    }
    return values;
  }

  private static RatioKpi kpi(int k) {
    Schema schema = Schema.of(Field.required("day", FieldType.DATE), Field.required("organisation_unit", FieldType.CATEGORY),
        Field.required("a", FieldType.DECIMAL), Field.required("b", FieldType.DECIMAL));
    return KpiDefinition.ratio(String.format("benchmark.kpi%02d", k))
        .name("Nøgletal " + k, "Key figure " + k)
        .description("Syntetisk", "Synthetic")
        .unit(Unit.PERCENT)
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .grain(Grain.DAY)
        .dimensions("organisation_unit")
        .owner("Benchmark")
        .purpose(Purpose.LEARNING)
        .audience(Audience.MANAGERS)
        .question("Hvor hurtigt skriver lageret?", "How fast does the store write?")
        .coverage("Syntetiske data", "Synthetic data")
        .source(SourceDataset.of("benchmark.days", "day", schema))
        .numerator(Measure.sum("a"))
        .denominator(Measure.sum("b"))
        .build();
  }
}
