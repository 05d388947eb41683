package dk.datainformed.sql;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Runs one query and gives back its rows: the one thing {@link SqlKpiEngine} needs of an engine.
 * {@link SqlKpiEngine#on(javax.sql.DataSource, Dialect)} runs over JDBC; the Spark module runs
 * through a {@code SparkSession}.
 *
 * <pre>{@code
 * QueryRunner spark = sql -> spark.sql(sql).collectAsList().stream()
 *     .map(row -> { Object[] a = new Object[row.length()]; for (int i = 0; i < a.length; i++) a[i] = row.get(i); return a; })
 *     .collect(Collectors.toList());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface QueryRunner {
  /**
   * Runs a query.
   *
   * @param sql the query, in the engine's dialect
   * @return its rows, each with one value per column: numbers, text, truth values, days (as
   *     {@code LocalDate} or {@code java.sql.Date}) or {@code null}
   * @throws dk.datainformed.kpi.KpiException when the engine refuses it, with a message that
   *     quotes no value of the data unmasked
   */
  List<Object[]> rows(String sql);
}
