package dk.datainformed.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.sql.CatalogCases;
import dk.datainformed.sql.Differences;
import dk.datainformed.sql.SqlKpiEngine;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KPI the library and its examples ship, computed by Spark in local mode, equals the
 * in-process engine's result (one session for the class).
 */
class SparkCatalogsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkKpiEngineTest.session();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static List<CatalogCases.Case> cases() {
    return CatalogCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyShippedKpiComputesInSparkAsInProcess(CatalogCases.Case c) {
    KpiResult oracle = KpiEngine.withCatalog(c.catalog()).compute(c.request(), c.records());
    SqlKpiEngine.Builder engine = SparkKpiEngine.on(spark).catalog(c.catalog());
    for (Map.Entry<String, List<Record>> source : c.records().entrySet()) {
      String view = "t_" + Math.abs(source.getKey().hashCode());
      spark.createDataFrame(SparkKpiEngineTest.rows(c.schemas().get(source.getKey()), source.getValue()),
          SparkKpiEngineTest.structOf(c.schemas().get(source.getKey()))).createOrReplaceTempView(view);
      engine.table(source.getKey(), view);
    }

    assertThat(Differences.first(oracle, engine.build().compute(c.request()))).isEmpty();
  }
}
