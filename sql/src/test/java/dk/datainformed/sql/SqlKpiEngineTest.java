package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.engine.KpiResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The differential property of issue 15: for random records, trees that reorganise and definitions
 * of every kind (simple with every aggregation, ratio, derived with period offsets, cumulative over
 * rolling and year-to-date windows; random filters on every field type, measure filters,
 * breakdowns, grains, persons), the result computed inside DuckDB and inside PostgreSQL equals the
 * in-process engine's, value for value and part for part. Where the in-process engine refuses the
 * data, so do the engines.
 */
class SqlKpiEngineTest {
  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void everyEngineGivesTheInProcessEnginesResult(@ForAll long seed) throws SQLException {
    RandomKpis.Case c = new RandomKpis(new Random(seed)).next();
    Optional<KpiResult> oracle = c.oracle();
    Statistics.label("the oracle computes").collect(oracle.isPresent())
        .coverage(k -> k.check(true).percentage(p -> p > 85));
    Statistics.label("values to compare").collect(oracle.isPresent() && oracle.get().series().stream()
        .anyMatch(s -> s.points().stream().anyMatch(p -> p.value().isPresent())))
        .coverage(k -> k.check(true).percentage(p -> p > 60));

    for (Dialect dialect : Engines.REAL) {
      try (Connection connection = Engines.connect(dialect)) {
        Engines.load(connection, dialect, "records", c.schema(), c.records());
        SqlKpiEngine engine = SqlKpiEngine.on(connection, dialect).catalog(c.catalog())
            .table(RandomKpis.SOURCE, "records").build();
        if (oracle.isEmpty()) {
          assertThatThrownBy(() -> engine.compute(c.request())).as(dialect.name()).isInstanceOf(KpiException.class);
        } else {
          KpiResult result = engine.compute(c.request());
          assertThat(Differences.first(oracle.get(), result)).as(dialect.name() + " " + c.describe()).isEmpty();
        }
      }
    }
  }
}
