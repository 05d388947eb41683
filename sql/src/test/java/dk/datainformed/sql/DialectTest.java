package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each dialect writes: golden SQL for review, since SQL Server has no server here. */
class DialectTest {
  private static final List<List<Object>> ROWS = List.of(
      Arrays.asList(LocalDate.of(2024, 1, 1), "Børn's", 3L),
      Arrays.asList(null, "a\\b", null));

  @Test
  void aTableOfValuesInEveryDialect() {
    assertThat(Dialect.DUCKDB.values("t", List.of("day", "name", "n"), ROWS)).isEqualTo(
        "\"t\"(\"day\", \"name\", \"n\") AS (SELECT * FROM (VALUES (DATE '2024-01-01', 'Børn''s', 3),"
            + " (CAST(NULL AS DATE), 'a\\b', CAST(NULL AS BIGINT))) AS v(\"day\", \"name\", \"n\"))");
    assertThat(Dialect.SQL_SERVER.values("t", List.of("day", "name", "n"), ROWS)).isEqualTo(
        "[t]([day], [name], [n]) AS (SELECT * FROM (VALUES (CAST('2024-01-01' AS date), N'Børn''s', 3),"
            + " (CAST(NULL AS DATE), N'a\\b', CAST(NULL AS BIGINT))) AS v([day], [name], [n]))");
    assertThat(Dialect.SPARK.values("t", List.of("name"), List.of(List.of("Børn's a\\b")))).isEqualTo(
        "`t`(`name`) AS (SELECT * FROM (VALUES ('Børn\\'s a\\\\b')) AS v(`name`))");
    assertThat(Dialect.POSTGRESQL.identifier("område \"x\"")).isEqualTo("\"område \"\"x\"\"\"");
  }

  @Test
  void whatSqlCannotSayIsRefusedNotApproximated() {
    assertThatThrownBy(() -> Dialect.DUCKDB.literal(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dialect.DUCKDB.identifier(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dialect.DUCKDB.values("t", List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
