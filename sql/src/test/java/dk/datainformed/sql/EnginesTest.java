package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engines the differential tests use are the real ones. */
class EnginesTest {
  @Test
  void aRealPostgreSqlServerAndARealDuckDbAnswer() {
    assertThat(Engines.counts(Dialect.POSTGRESQL, "SELECT split_part(version(), ' ', 1), 1"))
        .isEqualTo(Map.of("PostgreSQL", 1L));
    assertThat(Engines.counts(Dialect.DUCKDB, "SELECT 'DuckDB ' || version(), 1").keySet())
        .singleElement().asString().startsWith("DuckDB v1.4");
  }
}
