package dk.datainformed.spark;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.sql.Dialect;
import dk.datainformed.sql.QueryRunner;
import dk.datainformed.sql.SqlKpiEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;

/**
 * KPI definitions computed by Spark, over any table or temporary view the session knows (a
 * Parquet folder, a Hive table, a {@code Dataset} registered with {@code createOrReplaceTempView}),
 * with the in-process engine's result: the SQL module's compiler writes Spark SQL, Spark sums the
 * exact parts across the cluster, and the driver lays them out as a {@code KpiResult}.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("kpi").getOrCreate();
 * spark.read().parquet("/data/flis/fravaer").createOrReplaceTempView("fravaer");
 * SqlKpiEngine engine = SparkKpiEngine.on(spark).catalog(catalog)
 *     .table("payroll.absence_month", "fravaer").build();
 * KpiResult result = engine.compute(KpiRequest.of(fravaersprocent).by("municipality").build());
 * }</pre>
 *
 * <p>What travels to the driver is the parts per group and period (and, for a median, the few
 * values around its rank), so the driver's memory grows with the groups, never with the rows.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SparkKpiEngine {
  private SparkKpiEngine() {}

  /**
   * An engine over a Spark session.
   *
   * @param spark the session
   * @return the builder of the engine, in the Spark SQL dialect
   */
  public static SqlKpiEngine.Builder on(SparkSession spark) {
    return SqlKpiEngine.on(runner(spark), Dialect.SPARK);
  }

  /**
   * Runs Spark SQL in a session and collects the rows to the driver.
   *
   * @param spark the session
   * @return the runner
   */
  public static QueryRunner runner(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    return sql -> {
      List<Row> rows;
      try {
        rows = spark.sql(sql).collectAsList();
      } catch (RuntimeException e) {
        // Spark's message may quote a value of the data: it is masked, and the cause not kept.
        throw new KpiException("Spark refused a query: " + CprDetector.mask(firstLine(e.getMessage())));
      }
      List<Object[]> out = new ArrayList<>(rows.size());
      for (Row row : rows) {
        Object[] values = new Object[row.length()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.get(i);
        }
        out.add(values);
      }
      return out;
    };
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
