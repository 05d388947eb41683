package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every KPI the library and its examples ship, computed in DuckDB and in PostgreSQL, equals the
 * in-process engine's result (issue 15's first condition of done; the Spark module runs the same
 * cases).
 */
class CatalogsInEnginesTest {
  static List<CatalogCases.Case> cases() {
    return CatalogCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyShippedKpiComputesInEveryEngineAsInProcess(CatalogCases.Case c) throws SQLException {
    KpiResult oracle = KpiEngine.withCatalog(c.catalog()).compute(c.request(), c.records());
    assertThat(oracle.series()).as("the case has values to compare")
        .anyMatch(s -> s.points().stream().anyMatch(p -> p.value().isPresent()));

    for (Dialect dialect : Engines.REAL) {
      try (Connection connection = Engines.connect(dialect)) {
        SqlKpiEngine.Builder engine = SqlKpiEngine.on(connection, dialect).catalog(c.catalog());
        for (Map.Entry<String, List<Record>> source : c.records().entrySet()) {
          String table = "t_" + Math.abs(source.getKey().hashCode());
          Engines.load(connection, dialect, table, c.schemas().get(source.getKey()), source.getValue());
          engine.table(source.getKey(), table);
        }
        assertThat(Differences.first(oracle, engine.build().compute(c.request()))).as(dialect.name()).isEmpty();
      }
    }
  }
}
