package dk.datainformed.sql;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.internal.Evaluator;
import dk.datainformed.sql.internal.Capabilities;
import dk.datainformed.sql.internal.SqlSources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.apiguardian.api.API;

/**
 * Computes KPI definitions inside a SQL engine, where the data lives, with the same result as the
 * in-process {@link KpiEngine}: the engine sums the exact parts (sums, counts, distinct counts,
 * minima, maxima, percentiles) per unit, period and breakdown, and the in-process engine's own
 * code turns them into ratios, derived and cumulative values, zeros and missing values.
 *
 * <p>Each source dataset is a table or view whose columns are named as the source's fields: a
 * date field as a {@code DATE}, a period field as text in the form {@code Period.format()} writes
 * ({@code 2024M01}, {@code 2024K1}, {@code 2024U53}), numbers as numbers, categories, identifiers
 * and pseudonyms as text. Keep decimal fields as {@code DECIMAL}/{@code NUMERIC}, so that the
 * engine's sums are exact whatever order it adds in.
 *
 * <pre>{@code
 * try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:/data/fravaer.duckdb")) {
 *   SqlKpiEngine engine = SqlKpiEngine.on(duckdb, Dialect.DUCKDB)
 *       .catalog(StarterCatalog.load())
 *       .table("payroll.absence_month", "fravaer_maaned")
 *       .build();
 *   KpiResult result = engine.compute(KpiRequest.of(fravaersprocent)
 *       .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree)).build());
 * }
 * }</pre>
 *
 * <p>A definition the engine cannot run (a median in SQL Server, a timestamp time field) fails
 * before any query, naming the KPI, the engine and the construct.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SqlKpiEngine {
  private final Dialect dialect;
  private final QueryRunner runner;
  private final Optional<KpiCatalog> catalog;
  private final Map<String, String> tables;

  private SqlKpiEngine(Builder b) {
    this.dialect = b.dialect;
    this.runner = b.runner;
    this.catalog = b.catalog;
    this.tables = Map.copyOf(b.tables);
  }

  /**
   * An engine over a JDBC data source (a pool, typically); each query takes a connection from it
   * and closes it.
   *
   * @param dataSource the data source
   * @param dialect the engine's dialect
   * @return the builder
   */
  public static Builder on(DataSource dataSource, Dialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new Builder(dialect, sql -> {
      try (Connection c = dataSource.getConnection()) {
        return rows(c, sql, dialect);
      } catch (SQLException e) {
        throw refused(dialect, e);
      }
    });
  }

  /**
   * An engine over an open JDBC connection, which stays open (an in-memory DuckDB lives only as
   * long as its connection).
   *
   * @param connection the connection
   * @param dialect the engine's dialect
   * @return the builder
   */
  public static Builder on(Connection connection, Dialect dialect) {
    Objects.requireNonNull(connection, "connection");
    return new Builder(dialect, sql -> rows(connection, sql, dialect));
  }

  /**
   * An engine over anything that runs a query, e.g. a Spark session.
   *
   * @param runner runs a query
   * @param dialect its dialect
   * @return the builder
   */
  public static Builder on(QueryRunner runner, Dialect dialect) {
    return new Builder(dialect, Objects.requireNonNull(runner, "runner"));
  }

  /**
   * The engine's dialect.
   *
   * @return the dialect
   */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Computes a request in the engine.
   *
   * @param request what to compute, as for {@link KpiEngine#compute(KpiRequest, Iterable)}
   * @return the result, equal to the in-process engine's over the same rows
   * @throws KpiException when the definition cannot run in this engine (before any query), an
   *     operand cannot be resolved, or the engine refuses a query
   */
  public KpiResult compute(KpiRequest request) {
    if (request == null) {
      throw new KpiException("compute needs a request (not null)");
    }
    Capabilities.check(request, catalog, dialect);
    return new Evaluator(catalog, new SqlSources(dialect, runner, this::table)).compute(request);
  }

  private String table(SourceDataset source) {
    String name = tables.get(source.name());
    return name != null ? name : dialect.identifier(source.name().replace('.', '_'));
  }

  private static List<Object[]> rows(Connection connection, String sql, Dialect dialect) {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      List<Object[]> out = new ArrayList<>();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getObject(i + 1);
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw refused(dialect, e);
    }
  }

  private static KpiException refused(Dialect dialect, SQLException e) {
    // The driver's message may quote a value of the data: it is masked, and the cause not kept.
    return new KpiException(dialect + " refused a query: " + CprDetector.mask(String.valueOf(e.getMessage()))
        + " (SQL state " + e.getSQLState() + ")");
  }

  /** Builds an engine. */
  public static final class Builder {
    private final Dialect dialect;
    private final QueryRunner runner;
    private Optional<KpiCatalog> catalog = Optional.empty();
    private final Map<String, String> tables = new HashMap<>();

    private Builder(Dialect dialect, QueryRunner runner) {
      this.dialect = Objects.requireNonNull(dialect, "dialect");
      this.runner = runner;
    }

    /**
     * The catalog that resolves derived and cumulative KPIs' operands.
     *
     * @param kpis the catalog
     * @return this builder
     */
    public Builder catalog(KpiCatalog kpis) {
      this.catalog = Optional.of(Objects.requireNonNull(kpis, "catalog"));
      return this;
    }

    /**
     * The table or view that holds a source dataset's rows; without one, a source is read from
     * the table named as the source with its dots as underscores ({@code payroll.absence_month}
     * from {@code payroll_absence_month}).
     *
     * @param sourceName the source dataset's name
     * @param name the table's name, with its schema (and catalog) first when it has one: {@code
     *     table("payroll.absence_month", "dwh", "fravaer_maaned")}
     * @return this builder
     */
    public Builder table(String sourceName, String... name) {
      Objects.requireNonNull(sourceName, "sourceName");
      if (name.length == 0) {
        throw new IllegalArgumentException("the table of source '" + sourceName + "' needs a name");
      }
      StringJoiner qualified = new StringJoiner(".");
      for (String part : name) {
        qualified.add(dialect.identifier(part));
      }
      tables.put(sourceName, qualified.toString());
      return this;
    }

    /**
     * The engine.
     *
     * @return the engine
     */
    public SqlKpiEngine build() {
      return new SqlKpiEngine(this);
    }
  }
}
