package dk.datainformed.kpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The engine counts persons only by a pseudonym field. */
class PersonFieldTest {

  private static RatioKpi percentOver(FieldType personType) {
    Schema schema =
        Schema.of(
            Field.required("day", FieldType.DATE),
            Field.nullable("organisation_unit", FieldType.CATEGORY),
            Field.nullable("employee", personType),
            Field.nullable("absence_days", FieldType.DECIMAL),
            Field.nullable("worked_days", FieldType.DECIMAL));
    return Absence.profile(KpiDefinition.ratio("test.fravaersprocent"))
        .source(SourceDataset.of("payroll.absence_day", "day", schema))
        .numerator(Measure.sum("absence_days"))
        .denominator(Measure.sum("worked_days", "absence_days"))
        .build();
  }

  @Test
  void refusesACprPersonFieldAndSaysToPseudonymiseAtIngest() {
    RatioKpi kpi = percentOver(FieldType.CPR);
    Record row =
        Record.of(kpi.source().schema(), LocalDate.of(2024, 1, 2), "0042", "0101901234", 1.0, 6.4);

    assertThatThrownBy(
            () ->
                KpiEngine.create()
                    .compute(KpiRequest.of(kpi).persons("employee").build(), List.of(row)))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("the person field 'employee' is of type cpr and holds CPR numbers")
        .hasMessageContaining("pseudonymise them at ingest")
        .satisfies(e -> assertThat(CprDetector.containsCprLike(e.getMessage())).isFalse());
  }

  @ParameterizedTest
  @EnumSource(
      value = FieldType.class,
      names = {"IDENTIFIER", "TEXT", "CATEGORY", "INTEGER"})
  void refusesAnyOtherTypeThanPseudonym(FieldType type) {
    RatioKpi kpi = percentOver(type);

    assertThatThrownBy(
            () -> KpiEngine.create().compute(KpiRequest.of(kpi).persons("employee").build(), List.of()))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("'employee' is of type " + type.name().toLowerCase(java.util.Locale.ROOT))
        .hasMessageContaining("counted only by a field of type pseudonym");
  }

  @Test
  void countsDistinctPseudonyms() {
    RatioKpi kpi = percentOver(FieldType.PSEUDONYM);
    Schema schema = kpi.source().schema();
    List<Record> rows =
        List.of(
            Record.of(schema, LocalDate.of(2024, 1, 2), "0042", "pa", 1.0, 6.4),
            Record.of(schema, LocalDate.of(2024, 1, 3), "0042", "pa", 0.0, 7.4),
            Record.of(schema, LocalDate.of(2024, 1, 3), "0042", "pb", 0.0, 7.4));

    KpiResult result = KpiEngine.create().compute(KpiRequest.of(kpi).persons("employee").build(), rows);

    assertThat(result.series().get(0).points().get(0).value().parts().persons()).hasValue(2);
  }
}
