package dk.datainformed.kpi.definition;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.spc.ImprovementDirection;

/** Small, valid definitions that tests change one thing in. */
public final class Fixtures {
  /** Monthly absence per organisation unit, as a payroll connector might deliver it. */
  public static final SourceDataset ABSENCE =
      SourceDataset.of(
          "payroll.absence_month",
          "month",
          Schema.of(
              Field.required("month", FieldType.PERIOD),
              Field.required("organisation_unit", FieldType.CATEGORY),
              Field.required("employee_group", FieldType.CATEGORY),
              Field.required("age", FieldType.INTEGER),
              Field.required("absence_days", FieldType.DECIMAL),
              Field.required("worked_days", FieldType.DECIMAL),
              Field.nullable("first_day", FieldType.DATE),
              Field.required("monthly_paid", FieldType.BOOLEAN)));

  private Fixtures() {}

  /**
   * A ratio builder with a complete profile and source, but no numerator or denominator.
   *
   * @param id the KPI id
   * @return the builder
   */
  public static RatioKpi.Builder ratioWithoutParts(String id) {
    return profile(KpiDefinition.ratio(id)).source(ABSENCE);
  }

  /**
   * A complete, valid ratio builder.
   *
   * @param id the KPI id
   * @return the builder
   */
  public static RatioKpi.Builder ratio(String id) {
    return ratioWithoutParts(id)
        .numerator(Measure.sum("absence_days"))
        .denominator(Measure.sum("worked_days", "absence_days"));
  }

  /**
   * A complete, valid simple builder.
   *
   * @param id the KPI id
   * @return the builder
   */
  public static SimpleKpi.Builder simple(String id) {
    return profile(KpiDefinition.simple(id)).source(ABSENCE).measure(Measure.sum("absence_days"));
  }

  /**
   * A derived builder with a complete profile.
   *
   * @param id the KPI id
   * @param expression the expression
   * @return the builder
   */
  public static DerivedKpi.Builder derived(String id, String expression) {
    return profile(KpiDefinition.derived(id)).expression(expression);
  }

  /**
   * A cumulative builder with a complete profile.
   *
   * @param id the KPI id
   * @param of the id of the KPI accumulated
   * @return the builder
   */
  public static CumulativeKpi.Builder cumulative(String id, String of) {
    return profile(KpiDefinition.cumulative(id)).of(KpiReference.to(of)).window(Window.rolling(12));
  }

  /**
   * Fills every required profile field.
   *
   * @param builder the builder
   * @param <B> its type
   * @return the builder
   */
  public static <B extends KpiBuilder<B>> B profile(B builder) {
    return builder
        .name("Sygefraværsprocent", "Sickness absence percentage")
        .description("Fraværsdagsværk i procent", "Days of absence in per cent")
        .unit(Unit.PERCENT)
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .grain(Grain.MONTH)
        .dimensions("organisation_unit")
        .owner("HR")
        .purpose(Purpose.LEARNING)
        .audience(Audience.MANAGERS)
        .question("Hvor stiger fraværet, og hvad hjælper?", "Where does absence rise, and what helps?")
        .coverage("Ansatte i lønsystemet", "Employees in the payroll system", 0.97);
  }
}
