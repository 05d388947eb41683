package dk.datainformed.kpi.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.kpi.KpiException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiBuilderTest {

  @Test
  void buildsARatioThatReadsAsASentence() {
    RatioKpi kpi = Fixtures.ratio("sygefravaer.fravaersprocent").version(2).build();

    assertThat(kpi.id()).isEqualTo(KpiId.of("sygefravaer.fravaersprocent"));
    assertThat(kpi.version()).isEqualTo(2);
    assertThat(kpi.scale()).isEqualTo(100.0);
    assertThat(kpi.dimensions()).containsExactly("organisation_unit");
    assertThat(kpi.references()).isEmpty();
  }

  @Test
  void makesANewVersionFromAnExistingDefinition() {
    RatioKpi v1 = Fixtures.ratio("a.b").build();

    KpiDefinition v2 = v1.toBuilder().version(2).noDimensions().build();

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.dimensions()).isEmpty();
    assertThat(((RatioKpi) v2).denominator()).isEqualTo(v1.denominator());
    assertThat(v2.profile().coverage()).isEqualTo(v1.profile().coverage());
  }

  @Test
  void rejectsRatioWithoutDenominator() {
    RatioKpi.Builder b =
        Fixtures.ratioWithoutParts("sygefravaer.fravaersprocent").numerator(Measure.sum("absence_days"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'sygefravaer.fravaersprocent' (version 1): a ratio needs a denominator: add"
                + " .denominator(Measure.sum(\"field\"))");
  }

  @Test
  void rejectsTargetWithNeutralDirection() {
    RatioKpi.Builder b =
        Fixtures.ratio("a.b")
            .direction(ImprovementDirection.NEUTRAL)
            .target(Target.of(5.0, "Regional average", LocalDate.of(2027, 6, 30)));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): a target (5.0) needs an improvement direction, but the"
                + " direction is NEUTRAL: set .direction(HIGHER_IS_BETTER or LOWER_IS_BETTER) or"
                + " remove the target");
  }

  @Test
  void rejectsDimensionTheSourceLacks() {
    RatioKpi.Builder b = Fixtures.ratio("a.b").dimensions("municipality");

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): dimension 'municipality' is not a field of source dataset"
                + " 'payroll.absence_month', which has month, organisation_unit, employee_group,"
                + " age, absence_days, worked_days, first_day, monthly_paid: use one of those or"
                + " add the field to the source's schema");
  }

  @Test
  void rejectsDerivedKpiThatRefersToItself() {
    DerivedKpi.Builder b = Fixtures.derived("a.b", "a.b[-1 year] * 2.0 + c.d");

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith(
            "KPI 'a.b' (version 1): a derived KPI refers to itself in its expression"
                + " 'a.b[-1 year] * 2.0 + c.d'");
  }

  @Test
  void rejectsCumulativeKpiThatAccumulatesItself() {
    CumulativeKpi.Builder b = Fixtures.cumulative("a.b", "a.b");

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage("KPI 'a.b' (version 1): a cumulative KPI accumulates itself: accumulate another KPI");
  }

  @Test
  void rejectsYearToDateAtYearGrain() {
    CumulativeKpi.Builder b =
        Fixtures.cumulative("a.c", "a.b").window(Window.yearToDate()).grain(Grain.YEAR);

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.c' (version 1): year to date at grain YEAR is the base KPI itself: use a finer"
                + " grain, such as MONTH, or a rolling window");
  }

  @Test
  void rejectsCumulativeKpiWithoutWindow() {
    CumulativeKpi.Builder b = Fixtures.profile(KpiDefinition.cumulative("a.c")).of(KpiReference.to("a.b"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.c' (version 1): a cumulative KPI needs a window: add"
                + " .window(Window.yearToDate()) or .window(Window.rolling(12))");
  }

  @Test
  void readsWindowsAndRejectsOthers() {
    assertThat(Window.parse("rolling 12")).isEqualTo(Window.rolling(12));
    assertThat(Window.parse("year-to-date")).isEqualTo(Window.yearToDate());
    assertThatThrownBy(() -> Window.parse("last 12"))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "Window 'last 12' is not valid: write 'year-to-date' or 'rolling N', e.g. 'rolling 12'");
  }

  @Test
  void rejectsDerivedKpiWithoutExpression() {
    DerivedKpi.Builder b = Fixtures.profile(KpiDefinition.derived("a.b"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): a derived KPI needs an expression: add"
                + " .expression(\"a.b / c.d * 100\")");
  }

  @Test
  void rejectsMissingUnitWithTheMethodToCall() {
    SimpleKpi.Builder b = Fixtures.simple("a.b").unit(null);

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage("KPI 'a.b' (version 1): the unit is missing: add .unit(Unit.PERCENT)");
  }

  @Test
  void rejectsKpiWithoutAudience() {
    SimpleKpi.Builder b =
        KpiDefinition.simple("a.b")
            .name("n", "n")
            .description("d", "d")
            .unit(Unit.COUNT)
            .direction(ImprovementDirection.NEUTRAL)
            .grain(Grain.MONTH)
            .owner("HR")
            .purpose(Purpose.LEARNING)
            .question("s", "q")
            .coverage("d", "c")
            .source(Fixtures.ABSENCE)
            .measure(Measure.count());

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): no audience is given: add .audience(Audience.MANAGERS) or"
                + " others");
  }

  @Test
  void rejectsMeanOfRatiosAsNumerator() {
    RatioKpi.Builder b =
        Fixtures.ratioWithoutParts("a.b")
            .numerator(Measure.of(Aggregation.MEAN, "absence_days"))
            .denominator(Measure.sum("worked_days"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): the numerator is a mean, but a ratio's numerator must be a"
                + " count, count_distinct or sum: a ratio divides summed totals (use a derived KPI"
                + " for other arithmetic)");
  }

  @Test
  void rejectsSumOverATextField() {
    SimpleKpi.Builder b = Fixtures.simple("a.b").measure(Measure.sum("employee_group"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): measured field 'employee_group' is of type category, but a sum"
                + " needs an integer or decimal field");
  }

  @Test
  void rejectsFilterValueTheFieldTypeCannotRead() {
    SimpleKpi.Builder b =
        Fixtures.simple("a.b").filter(Filter.compare("age", Filter.Comparison.AT_LEAST, "sixty"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): the value 'sixty' compared with field 'age' cannot be read as"
                + " integer: write it as a whole number, e.g. '28'");
  }

  @Test
  void rejectsOrderingComparisonOnACategory() {
    SimpleKpi.Builder b =
        Fixtures.simple("a.b")
            .filter(Filter.compare("employee_group", Filter.Comparison.LESS_THAN, "m"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): field 'employee_group' is of type category, which has no order"
                + " that every engine agrees on (text order depends on the database's collation):"
                + " compare it with equals, notEquals or in, or use a number, date or period field");
  }

  @Test
  void rejectsFilterOnFieldTheSourceLacks() {
    SimpleKpi.Builder b = Fixtures.simple("a.b").filter(Filter.equalTo("cause", "own_illness"));

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith(
            "KPI 'a.b' (version 1): filtered field 'cause' is not a field of source dataset"
                + " 'payroll.absence_month'");
  }

  @Test
  void rejectsDimensionGivenTwice() {
    SimpleKpi.Builder b = Fixtures.simple("a.b").dimensions("organisation_unit");

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "KPI 'a.b' (version 1): the dimension 'organisation_unit' is given twice: give it once");
  }

  @Test
  void rejectsVersionBelowOne() {
    SimpleKpi.Builder b = Fixtures.simple("a.b").version(0);

    assertThatThrownBy(b::build)
        .isInstanceOf(KpiException.class)
        .hasMessage("KPI 'a.b' (version 0): the version must be 1 or more");
  }

  @Test
  void rejectsInvalidKpiId() {
    assertThatThrownBy(() -> KpiDefinition.simple("Sygefravær.Procent"))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("KPI id 'Sygefravær.Procent' is not valid: use lower-case segments");
  }

  @Test
  void masksACprNumberGivenAsKpiId() {
    assertThatThrownBy(() -> KpiId.of("0101901234"))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("KPI id '010190-****' is not valid")
        .hasMessageNotContaining("0101901234");
  }

  @Test
  void rejectsCoverageFractionAboveOne() {
    assertThatThrownBy(() -> Coverage.of("Alle", "Everyone", 1.5))
        .isInstanceOf(KpiException.class)
        .hasMessage("The coverage fraction (1.5) must be between 0 and 1, e.g. 0.95 for 95 %");
  }

  @Test
  void rejectsPercentileOutsideZeroToHundred() {
    assertThatThrownBy(() -> Measure.percentile("absence_days", 100))
        .isInstanceOf(KpiException.class)
        .hasMessage("The percentile (100.0) must be above 0 and below 100, e.g. 90");
  }

  @Test
  void rejectsCountWithAField() {
    assertThatThrownBy(
            () ->
                new Measure(
                    Aggregation.COUNT,
                    java.util.List.of("absence_days"),
                    java.util.Optional.empty(),
                    java.util.Optional.empty()))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("A count measure counts rows and reads no field");
  }

  @Test
  void rejectsRollingWindowOfOnePeriod() {
    assertThatThrownBy(() -> Window.rolling(1))
        .isInstanceOf(KpiException.class)
        .hasMessage("A rolling window needs 2 or more periods, not 1 (1 period is the KPI itself)");
  }

  @Test
  void rejectsTimeFieldThatIsNotADateOrPeriod() {
    Schema schema = Schema.of(Field.required("unit", FieldType.CATEGORY));

    assertThatThrownBy(() -> SourceDataset.of("hr.units", "unit", schema))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "time field 'unit' of source dataset 'hr.units' is of type category: it must be a date,"
                + " timestamp or period field");
  }

  @Test
  void keepsTargetOwnerAndAction() {
    Target target =
        Target.of(5.0, "The regional average", LocalDate.of(2027, 6, 30))
            .withOwner("HR-chef")
            .withAction("Talk with the units above 7 %");

    RatioKpi kpi = Fixtures.ratio("a.b").target(target).build();

    assertThat(kpi.target()).contains(target);
    assertThat(kpi.target().get().owner()).contains("HR-chef");
  }

  @Test
  void listsTheReferencesOfADerivedKpiOnce() {
    DerivedKpi kpi = Fixtures.derived("a.c", "(a.b - a.b[-1 year]) / a.b[-1 year] * 100.0").build();

    assertThat(kpi.references()).containsExactly(KpiReference.to("a.b"));
  }
}
