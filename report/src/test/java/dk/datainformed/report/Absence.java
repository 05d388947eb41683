package dk.datainformed.report;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.KpiBuilder;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Unit;
import java.time.LocalDate;

/** Daily absence records and the absence percentage over them, for engine tests. */
final class Absence {
  static final Schema SCHEMA =
      Schema.of(
          Field.required("day", FieldType.DATE),
          Field.nullable("organisation_unit", FieldType.CATEGORY),
          Field.nullable("person", FieldType.PSEUDONYM),
          Field.nullable("absence_days", FieldType.DECIMAL),
          Field.nullable("worked_days", FieldType.DECIMAL));

  static final SourceDataset SOURCE = SourceDataset.of("payroll.absence_day", "day", SCHEMA);

  static final RatioKpi PERCENT =
      profile(KpiDefinition.ratio("test.fravaersprocent"))
          .source(SOURCE)
          .numerator(Measure.sum("absence_days"))
          .denominator(Measure.sum("worked_days", "absence_days"))
          .build();

  private Absence() {}

  static <B extends KpiBuilder<B>> B profile(B builder) {
    return builder
        .name("Sygefraværsprocent", "Sickness absence percentage")
        .description("Fraværsdage i procent af mulige dage", "Absence days in per cent")
        .unit(Unit.PERCENT)
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .grain(Grain.MONTH)
        .dimensions("organisation_unit")
        .owner("HR")
        .purpose(Purpose.LEARNING)
        .audience(Audience.MANAGERS)
        .question("Hvor stiger fraværet, og hvad hjælper?", "Where does absence rise, and what helps?")
        .coverage("Ansatte i lønsystemet", "Employees in the payroll system", 1.0);
  }

  static Record row(String day, String unit, String person, double absence, double worked) {
    return Record.of(SCHEMA, LocalDate.parse(day), unit, person, absence, worked);
  }
}
