package dk.datainformed.kpi.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.Filter.Comparison;
import dk.datainformed.kpi.definition.Fixtures;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.SimpleKpi;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filters read each field by its type, and a comparison with a missing value is unknown, as in SQL. */
class FilterEvaluationTest {
  static final List<Record> ROWS =
      List.of(
          row("2024M01", "a", 25, null, true),
          row("2024M02", "a", 35, LocalDate.of(2024, 2, 1), true),
          row("2024M02", "b", 45, LocalDate.of(2024, 1, 10), false),
          row("2024M03", "c", 55, LocalDate.of(2024, 3, 1), true));

  static Record row(String month, String group, long age, LocalDate firstDay, boolean monthly) {
    return Record.of(
        Fixtures.ABSENCE.schema(), Period.parse(month), "u", group, age, 1.0, 10.0, firstDay, monthly);
  }

  static long count(Filter filter) {
    SimpleKpi kpi =
        Fixtures.profile(KpiDefinition.simple("test.count"))
            .source(Fixtures.ABSENCE)
            .filter(filter)
            .measure(Measure.count())
            .build();
    KpiResult result = KpiEngine.create().compute(KpiRequest.of(kpi).grain(Grain.YEAR).build(), ROWS);
    return result.series().isEmpty()
        ? 0
        : (long) result.value(SeriesKey.total(), Period.year(2024)).orElseThrow().value().getAsDouble();
  }

  @Test
  void readsEachFieldByItsType() {
    assertThat(count(Filter.in("employee_group", "a", "c"))).isEqualTo(3);
    assertThat(count(Filter.compare("month", Comparison.AT_LEAST, "2024M02"))).isEqualTo(3);
    assertThat(count(Filter.compare("age", Comparison.GREATER_THAN, "35"))).isEqualTo(2);
    assertThat(count(Filter.in("age", "25", "55"))).isEqualTo(2);
    assertThat(count(Filter.equalTo("monthly_paid", "false"))).isEqualTo(1);
    assertThat(count(Filter.compare("absence_days", Comparison.AT_MOST, "1.0"))).isEqualTo(4);
  }

  @Test
  void treatsAComparisonWithAMissingValueAsUnknown() {
    // first_day is missing on the first row: neither < nor NOT(<) lets it through
    assertThat(count(Filter.compare("first_day", Comparison.LESS_THAN, "2024-02-01"))).isEqualTo(1);
    assertThat(count(Filter.not(Filter.compare("first_day", Comparison.LESS_THAN, "2024-02-01"))))
        .isEqualTo(2);
    assertThat(count(Filter.missing("first_day"))).isEqualTo(1);
    // unknown OR true is true; unknown AND false is false
    assertThat(
            count(
                Filter.anyOf(
                    Filter.compare("first_day", Comparison.LESS_THAN, "2024-02-01"),
                    Filter.equalTo("employee_group", "a"))))
        .isEqualTo(3);
    assertThat(
            count(
                Filter.allOf(
                    Filter.compare("first_day", Comparison.LESS_THAN, "2024-02-01"),
                    Filter.equalTo("employee_group", "b"))))
        .isEqualTo(1);
  }
}
