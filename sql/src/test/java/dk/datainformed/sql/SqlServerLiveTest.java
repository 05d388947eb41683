package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The opt-in conformance suite a municipality runs against its own SQL Server (2016 or later):
 * every shipped KPI and a hundred random definitions, computed in SQL Server, equal the in-process
 * engine's results. It creates and drops tables named {@code t_…} and {@code records} in the
 * login's default schema, so give it a scratch database:
 *
 * <pre>
 * DATAINFORMED_SQLSERVER_URL='jdbc:sqlserver://host:1433;databaseName=scratch;user=…;password=…;encrypt=true' \
 *   ./mvnw -pl sql -am verify -Dtest=SqlServerLiveTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfEnvironmentVariable(named = SqlServerLiveTest.URL, matches = ".+")
class SqlServerLiveTest {
  static final String URL = "DATAINFORMED_SQLSERVER_URL";

  static String url() {
    String url = System.getenv(URL);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("set " + URL + " to a JDBC URL of a scratch SQL Server database");
    }
    return url;
  }

  @Test
  void everyShippedKpiComputesInSqlServerAsInProcess() throws SQLException {
    for (CatalogCases.Case c : CatalogCases.all()) {
      KpiResult oracle = KpiEngine.withCatalog(c.catalog()).compute(c.request(), c.records());
      try (Connection connection = Engines.connect(Dialect.SQL_SERVER)) {
        SqlKpiEngine.Builder engine = SqlKpiEngine.on(connection, Dialect.SQL_SERVER).catalog(c.catalog());
        for (Map.Entry<String, List<Record>> source : c.records().entrySet()) {
          String table = "t_" + Math.abs(source.getKey().hashCode());
          Engines.load(connection, Dialect.SQL_SERVER, table, c.schemas().get(source.getKey()), source.getValue());
          engine.table(source.getKey(), table);
        }
        assertThat(Differences.first(oracle, engine.build().compute(c.request()))).as(c.name()).isEmpty();
      }
    }
  }

  @Test
  void randomDefinitionsComputeInSqlServerAsInProcess() throws SQLException {
    for (long seed = 0; seed < 100; seed++) {
      RandomKpis.Case c = new RandomKpis(new Random(seed)).next();
      java.util.Optional<KpiResult> oracle = c.oracle();
      if (oracle.isEmpty()) {
        continue;
      }
      try (Connection connection = Engines.connect(Dialect.SQL_SERVER)) {
        Engines.load(connection, Dialect.SQL_SERVER, "records", c.schema(), c.records());
        SqlKpiEngine engine = SqlKpiEngine.on(connection, Dialect.SQL_SERVER).catalog(c.catalog())
            .table(RandomKpis.SOURCE, "records").build();
        assertThat(Differences.first(oracle.get(), engine.compute(c.request()))).as(c.describe()).isEmpty();
      }
    }
  }
}
