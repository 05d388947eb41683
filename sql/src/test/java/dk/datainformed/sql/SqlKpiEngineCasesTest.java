package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.spc.ImprovementDirection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixed cases beside the differential property: the edges of ISO weeks (week 53), quarters and
 * years, a group with no matching record in a covered period (zero, not missing), and a definition
 * an engine cannot run (refused before any query, naming the KPI, the engine and the construct).
 */
class SqlKpiEngineCasesTest {
  private static final Schema SCHEMA = Schema.of(
      Field.required("day", FieldType.DATE),
      Field.required("unit", FieldType.CATEGORY),
      Field.nullable("days", FieldType.DECIMAL));

  private static SimpleKpi days(Grain grain) {
    return start(KpiDefinition.simple("test.dage"), grain)
        .source(SourceDataset.of("test.absence", "day", SCHEMA))
        .filter(Filter.compare("days", Filter.Comparison.GREATER_THAN, "0"))
        .measure(Measure.sum("days"))
        .build();
  }

  private static <B extends dk.datainformed.kpi.definition.KpiBuilder<B>> B start(B b, Grain grain) {
    return b.name("Dage", "Days").description("Dage", "Days").unit(Unit.DAYS)
        .direction(ImprovementDirection.LOWER_IS_BETTER).grain(grain).dimensions("unit").owner("HR")
        .purpose(Purpose.LEARNING).audience(Audience.MANAGERS).question("Hvor mange?", "How many?")
        .coverage("Ansatte", "Employees", 1.0);
  }

  /** Days on both sides of 2020's week 53, of a quarter's end and of a year's end. */
  private static List<Record> edges() {
    List<Record> out = new ArrayList<>();
    String[] days = {"2020-12-27", "2020-12-28", "2020-12-31", "2021-01-01", "2021-01-03", "2021-01-04",
        "2021-03-31", "2021-04-01", "2021-12-31", "2022-01-01"};
    for (int i = 0; i < days.length; i++) {
      out.add(Record.of(SCHEMA, LocalDate.parse(days[i]), i % 2 == 0 ? "a" : "b", 1.0 + i / 4.0));
    }
    // A row of unit b that the filter leaves out: its period is covered, so a's zero shows there.
    out.add(Record.of(SCHEMA, LocalDate.parse("2021-06-15"), "b", 0.0));
    out.add(Record.of(SCHEMA, LocalDate.parse("2021-06-16"), "a", null));
    return out;
  }

  @Test
  void weekFiftyThreeQuarterAndYearEdgesAndZerosAreTheInProcessEnginesInEveryEngine() throws SQLException {
    for (Grain grain : new Grain[] {Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR}) {
      KpiRequest request = KpiRequest.of(days(grain)).by("unit").build();
      KpiResult oracle = KpiEngine.create().compute(request, edges());
      for (Dialect dialect : Engines.REAL) {
        try (Connection c = Engines.connect(dialect)) {
          Engines.load(c, dialect, "test_absence", SCHEMA, edges());
          KpiResult result = SqlKpiEngine.on(c, dialect).build().compute(request);
          assertThat(Differences.first(oracle, result)).as(dialect + " " + grain).isEmpty();
        }
      }
      if (grain == Grain.WEEK) {
        // 2020-12-28 to 2021-01-03 is week 53 of 2020: a's three days there, none in week 1 of 2021.
        assertThat(oracle.value(SeriesKey.of("unit", "a"), Period.parse("2020U53")).orElseThrow().parts().numerator())
            .hasValue(1.5 + 2.0);
      }
      if (grain == Grain.MONTH) {
        KpiValue june = oracle.value(SeriesKey.of("unit", "a"), Period.parse("2021M06")).orElseThrow();
        assertThat(june.value()).as("a count or sum with no matching record in a covered month").hasValue(0);
      }
    }
  }

  @Test
  void aDefinitionAnEngineCannotRunIsRefusedBeforeAnyQueryNamingKpiEngineAndConstruct() {
    Schema stamped = Schema.of(Field.required("at", FieldType.TIMESTAMP), Field.required("unit", FieldType.CATEGORY));
    SimpleKpi calls = start(KpiDefinition.simple("test.opkald"), Grain.MONTH)
        .source(SourceDataset.of("test.calls", "at", stamped)).measure(Measure.count()).build();
    List<String> queries = new ArrayList<>();
    SqlKpiEngine engine = SqlKpiEngine.on(sql -> {
      queries.add(sql);
      return List.of();
    }, Dialect.SQL_SERVER).build();

    assertThatThrownBy(() -> engine.compute(KpiRequest.of(calls).build()))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("test.opkald").hasMessageContaining("SQL_SERVER")
        .hasMessageContaining("time field 'at' is of type timestamp");
    assertThat(queries).isEmpty();
  }
}
