package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.record.Record;
import dk.datainformed.kpi.engine.KpiRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/**
 * SQL Server has no server here, so its SQL is checked two ways: golden files of the T-SQL the
 * starter catalog's KPIs compile to, for review (rewrite them with {@code -Dgolden.write=true} and
 * read the diff), and a property that no query of any random definition uses a construct outside
 * T-SQL 2016. A municipality runs the real thing with {@link SqlServerLiveTest}.
 */
class SqlServerSqlTest {
  private static final Path GOLDEN = Path.of("src/test/resources/dk/datainformed/sql/golden");

  /** What T-SQL 2016 does not have, or has with another meaning (SQL-ENGINES.md, 5.4). */
  private static final Map<String, Pattern> NOT_TSQL_2016 = new LinkedHashMap<>();

  static {
    NOT_TSQL_2016.put("a double-quoted identifier", Pattern.compile("\""));
    NOT_TSQL_2016.put("COUNT, an int (COUNT_BIG is a bigint)", Pattern.compile("(?<!_)\\bCOUNT\\("));
    NOT_TSQL_2016.put("LIMIT", Pattern.compile("\\bLIMIT\\b"));
    NOT_TSQL_2016.put("a DATE '…' literal", Pattern.compile("\\bDATE '"));
    NOT_TSQL_2016.put("TRUE or FALSE", Pattern.compile("\\b(TRUE|FALSE)\\b"));
    NOT_TSQL_2016.put("a :: cast", Pattern.compile("::"));
    NOT_TSQL_2016.put("|| concatenation", Pattern.compile("\\|\\|"));
    NOT_TSQL_2016.put("an aggregate FILTER clause", Pattern.compile("FILTER\\s*\\("));
    NOT_TSQL_2016.put("week by DATEPART or DATEDIFF", Pattern.compile("DATE(PART|DIFF)\\s*\\(\\s*(week|wk|ww|iso_week)"));
    NOT_TSQL_2016.put("DATETRUNC (2022) or DATE_TRUNC", Pattern.compile("DATE_?TRUNC"));
    NOT_TSQL_2016.put("a percentile aggregate", Pattern.compile("(?i)percentile|quantile|median"));
    NOT_TSQL_2016.put("a recursive query", Pattern.compile("(?i)RECURSIVE"));
    NOT_TSQL_2016.put("CEIL (CEILING in T-SQL)", Pattern.compile("\\bCEIL\\("));
    NOT_TSQL_2016.put("a type T-SQL lacks", Pattern.compile("DOUBLE PRECISION|\\bBOOLEAN\\b|(?<!N)VARCHAR|\\bSTRING\\b"));
    NOT_TSQL_2016.put("IS DISTINCT FROM (2022)", Pattern.compile("IS (NOT )?DISTINCT FROM"));
    NOT_TSQL_2016.put("STRING_AGG, TRIM or CONCAT_WS (2017)", Pattern.compile("STRING_AGG|\\bTRIM\\(|CONCAT_WS"));
    NOT_TSQL_2016.put("NULLS FIRST or LAST", Pattern.compile("NULLS (FIRST|LAST)"));
  }

  @Test
  void theStarterCatalogCompilesToTheReviewedTsql() throws IOException {
    for (CatalogCases.Case c : CatalogCases.all()) {
      if (!c.name().startsWith("starter")) {
        continue;
      }
      // A few records per source keep the calendar, and so the file, short enough to read.
      Map<String, List<Record>> few = new LinkedHashMap<>();
      c.records().forEach((source, rs) -> few.put(source, rs.subList(0, 4)));
      String sql = String.join(";\n\n", queries(c.catalog(), c.request(), few)).replace(" FROM ", "\n  FROM ")
          .replace(" JOIN ", "\n  JOIN ").replace(" WHERE ", "\n  WHERE ").replace(" GROUP BY ", "\n  GROUP BY ")
          + ";\n";
      Path file = GOLDEN.resolve(c.request().kpi().id() + ".sql");
      if (Boolean.getBoolean("golden.write")) {
        Files.createDirectories(GOLDEN);
        Files.writeString(file, sql, StandardCharsets.UTF_8);
      }
      assertThat(sql).as(file + " (rewrite with -Dgolden.write=true and review the diff)")
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
      assertTsql2016(sql);
    }
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void noQueryUsesAConstructOutsideTsql2016(@ForAll long seed) {
    RandomKpis.Case c = new RandomKpis(new Random(seed)).next();
    try {
      for (String sql : queries(c.catalog(), c.request(), Map.of(RandomKpis.SOURCE, c.records()))) {
        assertTsql2016(sql);
      }
    } catch (dk.datainformed.kpi.KpiException e) {
      // A request the in-process engine refuses too (a coarse period, say) compiles to nothing.
      assertThat(e.getMessage()).doesNotContain("SQL_SERVER refused");
    }
  }

  @Test
  void aMedianIsNumberedByRowNumberInSqlServerNotAggregated() {
    RandomKpis.Case c = null;
    for (long seed = 0; c == null; seed++) {
      RandomKpis.Case candidate = new RandomKpis(new Random(seed)).next();
      boolean median = candidate.request().kpi() instanceof dk.datainformed.kpi.definition.SimpleKpi
          && ((dk.datainformed.kpi.definition.SimpleKpi) candidate.request().kpi()).measure().aggregation()
              == dk.datainformed.kpi.definition.Aggregation.MEDIAN
          && !candidate.records().isEmpty();
      c = median ? candidate : null;
    }

    List<String> sql = queries(c.catalog(), c.request(), Map.of(RandomKpis.SOURCE, c.records()));

    assertThat(sql).anySatisfy(q -> assertThat(q).contains("ROW_NUMBER() OVER (PARTITION BY").contains("COUNT_BIG(*) OVER"));
    sql.forEach(SqlServerSqlTest::assertTsql2016);
  }

  private static void assertTsql2016(String sql) {
    for (Map.Entry<String, Pattern> banned : NOT_TSQL_2016.entrySet()) {
      assertThat(banned.getValue().matcher(sql).find()).as("%s in:%n%s", banned.getKey(), sql).isFalse();
    }
  }

  /**
   * The queries a request compiles to for SQL Server, with the probe answered from the records
   * (every record counted as matching) and every other query answered with no rows.
   */
  static List<String> queries(dk.datainformed.kpi.catalog.KpiCatalog catalog, KpiRequest request,
      Map<String, List<Record>> records) {
    List<String> seen = new ArrayList<>();
    QueryRunner recording = sql -> {
      seen.add(sql);
      if (!sql.startsWith("SELECT ")) {
        return sql.contains("SELECT COUNT_BIG(*) FROM") ? List.<Object[]>of(new Object[] {0L}) : List.of();
      }
      Map<String, Object[]> byTime = new LinkedHashMap<>();
      for (List<Record> rs : records.values()) {
        for (Record r : rs) {
          // The test sources hold their time field first.
          Object time = r.value(0).map(v -> v instanceof dk.datainformed.core.time.Period
              ? ((dk.datainformed.core.time.Period) v).format() : v).orElse(null);
          Object[] row = byTime.computeIfAbsent(String.valueOf(time), k -> new Object[] {time, 0L, 0L});
          row[1] = (Long) row[1] + 1;
          row[2] = (Long) row[2] + 1;
        }
      }
      return new ArrayList<>(byTime.values());
    };
    SqlKpiEngine.Builder engine = SqlKpiEngine.on(recording, Dialect.SQL_SERVER).catalog(catalog);
    records.keySet().forEach(source -> engine.table(source, "dwh", source.replace('.', '_')));
    engine.build().compute(request);
    return seen;
  }
}
