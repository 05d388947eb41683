package dk.datainformed.store;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationStore;
import dk.datainformed.sql.Dialect;
import dk.datainformed.spc.FrozenBaseline;
import dk.datainformed.spc.Observation;
import dk.datainformed.store.internal.DuckDbFile;
import dk.datainformed.store.internal.RunWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The results store: every run of a pipeline with the values it published (disclosed only), the
 * baselines its charts fixed, and its sources' checkpoints, in a long star schema that a cockpit,
 * Power BI or plain SQL reads. DuckDB is the embedded default (a file next to the pipeline);
 * PostgreSQL serves a shared installation. The schema is created and migrated by Flyway when the
 * store is opened.
 *
 * <pre>{@code
 * try (ResultStore store = ResultStore.duckdb(Path.of("cockpit.duckdb"))) {
 *   Pipeline.of(PipelineFile.load(Path.of("sygefravaer.pipeline.yaml"))).run(Path.of("target/cockpit"), store);
 *   StoredRun march = store.runAsOf(Instant.parse("2025-03-31T23:59:59Z")).orElseThrow();
 *   store.values(march);   // what the cockpit showed then
 * }
 * }</pre>
 *
 * <p>Values are kept as of a run: a value that a later run publishes alike is not written again, a
 * revised value closes the old row and opens a new one, so both stay readable ({@link #history}).
 * A run's values, its checkpoints and its new baselines are written in one transaction: a run that
 * fails leaves nothing behind. Two runs that write at once do not interleave: on PostgreSQL the
 * second waits for the first; on DuckDB it fails with a {@link StoreException} saying so.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ResultStore implements PublicationStore, AutoCloseable {
  /** The newest schema version this library writes. */
  public static final String SCHEMA_VERSION = "1";

  private final DataSource source;
  private final Dialect dialect;
  private final Clock clock;
  private final Optional<Connection> anchor;
  private final Map<String, Map<String, List<FrozenBaseline>>> baselines = new HashMap<>();

  private ResultStore(DataSource source, Dialect dialect, Clock clock, Optional<Connection> anchor) {
    this.source = source;
    this.dialect = dialect;
    this.clock = clock;
    this.anchor = anchor;
  }

  /**
   * Opens (and creates or migrates) a store in a DuckDB file. The file stays locked to this process
   * until the store is closed.
   *
   * @param file the database file; created when absent
   * @return the store
   * @throws StoreException when the file cannot be opened (for example, another process has it
   *     open) or its schema is newer than this library
   */
  public static ResultStore duckdb(Path file) {
    return on(new DuckDbFile("jdbc:duckdb:" + Objects.requireNonNull(file, "file").toAbsolutePath()), Dialect.DUCKDB)
        .build();
  }

  /**
   * Starts a store on a database.
   *
   * @param dataSource where connections come from (a pool, a driver's data source)
   * @param dialect {@link Dialect#DUCKDB} or {@link Dialect#POSTGRESQL}
   * @return a builder
   * @throws StoreException when the dialect has no store schema (SQL Server and Spark for now)
   */
  public static Builder on(DataSource dataSource, Dialect dialect) {
    return new Builder(dataSource, dialect);
  }

  /** Configures a store; {@link #build()} opens it. */
  public static final class Builder {
    private final DataSource dataSource;
    private final Dialect dialect;
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource, Dialect dialect) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      if (dialect != Dialect.DUCKDB && dialect != Dialect.POSTGRESQL) {
        throw new StoreException("The results store runs on DuckDB and PostgreSQL; " + dialect
            + " has no store schema yet");
      }
    }

    /**
     * The clock that stamps each run.
     *
     * @param runClock the clock; the system's UTC clock by default
     * @return this builder
     */
    public Builder clock(Clock runClock) {
      this.clock = Objects.requireNonNull(runClock, "clock");
      return this;
    }

    /**
     * Opens the store: creates or migrates its schema.
     *
     * @return the store
     * @throws StoreException when the database cannot be reached, refuses the migration, or holds a
     *     schema newer than this library
     */
    public ResultStore build() {
      Optional<Connection> anchor = Optional.empty();
      try {
        if (dialect == Dialect.DUCKDB) {
          // Keeps DuckDB's database open (and its file locked) while the store is.
          anchor = Optional.of(dataSource.getConnection());
        }
        migrate(dataSource);
        return new ResultStore(dataSource, dialect, clock, anchor);
      } catch (SQLException e) {
        anchor.ifPresent(ResultStore::closeQuietly);
        throw refused("open the store", e);
      } catch (RuntimeException e) {
        anchor.ifPresent(ResultStore::closeQuietly);
        throw e;
      }
    }
  }

  private static void migrate(DataSource dataSource) {
    Flyway flyway = Flyway.configure(ResultStore.class.getClassLoader())
        .dataSource(dataSource)
        // One schema in the SQL that DuckDB and PostgreSQL share. A migration that one dialect needs
        // written differently goes in a folder of that dialect's own, added here for it.
        .locations("classpath:db/datainformed-store/shared")
        .table("datainformed_schema_history")
        .load();
    try {
      flyway.migrate();
      MigrationVersion current = flyway.info().current() == null ? MigrationVersion.EMPTY
          : flyway.info().current().getVersion();
      if (current.compareTo(MigrationVersion.fromVersion(SCHEMA_VERSION)) > 0) {
        throw new StoreException("The store's schema is at version " + current + ", newer than this"
            + " library's " + SCHEMA_VERSION + ": use the datainformed version that wrote it, or newer");
      }
    } catch (FlywayException e) {
      throw new StoreException("The store's schema could not be created or migrated: "
          + CprDetector.mask(String.valueOf(e.getMessage())));
    }
  }

  @Override
  public List<FrozenBaseline> baselines(KpiDefinition kpi, SeriesKey series) {
    String key = kpi.id().value() + '\u0000' + kpi.version();
    Map<String, List<FrozenBaseline>> bySeries = baselines.get(key);
    if (bySeries == null) {
      bySeries = loadBaselines(kpi);
      baselines.put(key, bySeries);
    }
    return bySeries.getOrDefault(series.text(), List.of());
  }

  private Map<String, List<FrozenBaseline>> loadBaselines(KpiDefinition kpi) {
    Map<String, Map<String, List<Observation>>> points = new LinkedHashMap<>();
    Map<String, String> reasons = new HashMap<>();
    try (Connection c = source.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT b.series_key, b.first_period, b.reason, p.period_key, p.value, p.numerator, p.denominator"
                + " FROM baseline b JOIN baseline_point p ON p.kpi_id = b.kpi_id AND p.kpi_version = b.kpi_version"
                + " AND p.series_key = b.series_key AND p.first_period = b.first_period"
                + " WHERE b.kpi_id = ? AND b.kpi_version = ?")) {
      s.setString(1, kpi.id().value());
      s.setInt(2, kpi.version());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String series = r.getString(1);
          String first = r.getString(2);
          reasons.put(series + '\u0000' + first, r.getString(3));
          Period period = Period.parse(r.getString(4));
          Double numerator = RunWriter.number(r, 6);
          Observation o = numerator == null ? Observation.of(period, r.getDouble(5))
              : Observation.ratio(period, numerator, r.getDouble(7));
          points.computeIfAbsent(series, x -> new LinkedHashMap<>())
              .computeIfAbsent(first, x -> new ArrayList<>()).add(o);
        }
      }
    } catch (SQLException e) {
      throw refused("read the frozen baselines of " + kpi.id(), e);
    }
    Map<String, List<FrozenBaseline>> out = new HashMap<>();
    points.forEach((series, byFirst) -> byFirst.forEach((first, obs) -> {
      obs.sort((a, b) -> a.period().start().compareTo(b.period().start()));
      out.computeIfAbsent(series, x -> new ArrayList<>())
          .add(FrozenBaseline.of(obs, reasons.get(series + '\u0000' + first)));
    }));
    return out;
  }

  /**
   * Keeps a run's publication; see {@link #save(Publication)}.
   *
   * @param publication what the run published
   */
  @Override
  public void record(Publication publication) {
    save(publication);
  }

  /**
   * Keeps a run: its values where they differ from the pipeline's current ones, the baselines its
   * charts fixed, its sources' checkpoints; all in one transaction.
   *
   * @param publication what the run published, disclosed
   * @return the run as recorded
   * @throws StoreException when the database refuses or another run is writing (DuckDB); nothing
   *     of the run is kept
   */
  public StoredRun save(Publication publication) {
    Objects.requireNonNull(publication, "publication");
    Instant at = clock.instant();
    try (Connection c = source.getConnection()) {
      c.setAutoCommit(false);
      try {
        RunWriter writer = new RunWriter(c);
        writer.lock(publication.pipeline());
        long[] written = writer.write(publication, at);
        c.commit();
        baselines.clear();
        return new StoredRun(written[0], publication.pipeline(), at, publication.asOf(), written[1]);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      }
    } catch (SQLException e) {
      if (dialect == Dialect.DUCKDB && String.valueOf(e.getMessage()).contains("Conflict")) {
        throw new StoreException("Another run is writing to the store; pipeline '"
            + CprDetector.mask(publication.pipeline()) + "' kept nothing: run it again when that run has finished");
      }
      throw refused("keep the run of pipeline '" + publication.pipeline() + "'", e);
    }
  }

  /**
   * Every recorded run, oldest first.
   *
   * @return the runs
   * @throws StoreException when the database refuses
   */
  public List<StoredRun> runs() {
    return readRuns("SELECT run_id, pipeline, recorded_at, as_of, values_changed FROM run ORDER BY run_id", null);
  }

  /**
   * The latest run recorded at or before a moment: the one whose values a cockpit showed then.
   *
   * @param moment the moment
   * @return the run, or empty when none had run yet
   * @throws StoreException when the database refuses
   */
  public Optional<StoredRun> runAsOf(Instant moment) {
    List<StoredRun> runs = readRuns(
        "SELECT run_id, pipeline, recorded_at, as_of, values_changed FROM run WHERE run_id ="
            + " (SELECT MAX(run_id) FROM run WHERE recorded_at <= ?)",
        LocalDateTime.ofInstant(moment, ZoneOffset.UTC));
    return runs.stream().findFirst();
  }

  private List<StoredRun> readRuns(String sql, Object parameter) {
    List<StoredRun> out = new ArrayList<>();
    try (Connection c = source.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      if (parameter != null) {
        s.setObject(1, parameter);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new StoredRun(r.getLong(1), r.getString(2),
              r.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), r.getObject(4, LocalDate.class),
              r.getLong(5)));
        }
      }
    } catch (SQLException e) {
      throw refused("read the runs", e);
    }
    return out;
  }

  /**
   * Every value a run published, as it published it: what its cockpit showed.
   *
   * @param run the run
   * @return the values, by KPI, series and period
   * @throws StoreException when the database refuses
   */
  public List<StoredValue> values(StoredRun run) {
    return readValues(
        " WHERE pipeline = ? AND first_run <= ? AND (last_run IS NULL OR last_run > ?)"
            + " ORDER BY kpi_id, series_key, period_key",
        run.pipeline(), run.id(), run.id());
  }

  /**
   * Every version of one value that a pipeline published, oldest first: a revised month shows its
   * old and its new value, each with the runs that published it.
   *
   * @param pipeline the pipeline's name
   * @param kpi the KPI
   * @param series the series
   * @param period the period
   * @return the versions, possibly none
   * @throws StoreException when the database refuses
   */
  public List<StoredValue> history(String pipeline, KpiId kpi, SeriesKey series, Period period) {
    return readValues(
        " WHERE pipeline = ? AND kpi_id = ? AND series_key = ? AND period_key = ? ORDER BY first_run",
        pipeline, kpi.value(), series.text(), period.format());
  }

  private List<StoredValue> readValues(String where, Object... parameters) {
    List<StoredValue> out = new ArrayList<>();
    try (Connection c = source.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT kpi_id, kpi_version, series_key, unit_id, period_key, status, reason, value, numerator,"
                + " denominator, records, persons, first_run, last_run FROM fact_value" + where)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Long last = RunWriter.whole(r, 14);
          out.add(new StoredValue(
              KpiId.of(r.getString(1)), r.getInt(2), r.getString(3), Optional.ofNullable(r.getString(4)),
              Period.parse(r.getString(5)), StoredValue.Status.valueOf(r.getString(6)),
              Optional.ofNullable(r.getString(7)), optional(RunWriter.number(r, 8)),
              optional(RunWriter.number(r, 9)), optional(RunWriter.number(r, 10)),
              optional(RunWriter.whole(r, 11)), optional(RunWriter.whole(r, 12)), r.getLong(13),
              last == null ? OptionalLong.empty() : OptionalLong.of(last)));
        }
      }
    } catch (SQLException e) {
      throw refused("read the values", e);
    }
    return out;
  }

  /**
   * The checkpoints a pipeline's latest run reached in one source: where an incremental read goes
   * on from.
   *
   * @param pipeline the pipeline's name
   * @param sourceId the source's id in the pipeline
   * @return the state, empty before the first run
   * @throws StoreException when the database refuses
   */
  public ConnectorState checkpoints(String pipeline, String sourceId) {
    Map<String, Map<String, String>> streams = new LinkedHashMap<>();
    try (Connection c = source.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT stream, name, value FROM run_checkpoint WHERE source = ? AND run_id ="
                + " (SELECT MAX(run_id) FROM run WHERE pipeline = ?) ORDER BY stream, name")) {
      s.setString(1, sourceId);
      s.setString(2, pipeline);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          streams.computeIfAbsent(r.getString(1), x -> new LinkedHashMap<>()).put(r.getString(2), r.getString(3));
        }
      }
    } catch (SQLException e) {
      throw refused("read the checkpoints of source '" + sourceId + "'", e);
    }
    List<Checkpoint> checkpoints = new ArrayList<>();
    streams.forEach((stream, position) -> checkpoints.add(new Checkpoint(stream, position)));
    return ConnectorState.of(checkpoints);
  }

  /**
   * The database's dialect.
   *
   * @return DuckDB or PostgreSQL
   */
  public Dialect dialect() {
    return dialect;
  }

  /** Closes the store; a DuckDB file is released. */
  @Override
  public void close() {
    anchor.ifPresent(ResultStore::closeQuietly);
  }

  private static OptionalDouble optional(Double v) {
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  private static OptionalLong optional(Long v) {
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  private static StoreException refused(String what, SQLException e) {
    // The driver's message may quote a value: it is masked, and the cause not kept.
    return new StoreException("The database refused to " + CprDetector.mask(what) + ": "
        + CprDetector.mask(String.valueOf(e.getMessage())) + " (SQL state " + e.getSQLState() + ")");
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is broken; the database drops the transaction with it.
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing is all that is left to do.
    }
  }

  @Override
  public String toString() {
    return "ResultStore[" + dialect + "]";
  }
}
