package dk.datainformed.kpi.engine;

import static dk.datainformed.kpi.engine.Absence.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.Aggregation;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.SimpleKpi;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Known answers on a hand-made dataset; every expected number is worked out in the comments. */
class KpiEngineTest {
  static final Period JAN = Period.month(2024, 1);
  static final Period FEB = Period.month(2024, 2);
  static final Period MAR = Period.month(2024, 3);

  static final List<Record> ROWS =
      List.of(
          row("2024-01-10", "a", "p1", 2, 18),
          row("2024-01-20", "a", "p2", 0, 20),
          row("2024-01-15", "b", "p3", 5, 15),
          row("2024-02-01", "b", "p3", 0, 0),
          row("2024-03-05", "a", "p1", 1, 19));

  final KpiEngine engine = KpiEngine.create();

  @Test
  void computesRatioPerUnitAndMonthWithItsParts() {
    KpiResult result =
        engine.compute(KpiRequest.of(Absence.PERCENT).by("organisation_unit").persons("person").build(), ROWS);

    assertThat(result.periods()).containsExactly(JAN, FEB, MAR);
    assertThat(result.series()).extracting(s -> s.key().values()).containsExactly(List.of("a"), List.of("b"));
    // a, January: 2 absence days of 18 + 2 + 20 + 0 = 40 possible days: 5 %
    KpiValue aJan = result.value(SeriesKey.of("organisation_unit", "a"), JAN).orElseThrow();
    assertThat(aJan.value().getAsDouble()).isCloseTo(5.0, within(1e-12));
    assertThat(aJan.parts())
        .isEqualTo(new ValueParts(OptionalDouble.of(2), OptionalDouble.of(40), 2, OptionalLong.of(2), List.of(JAN)));
    // b, January: 5 of 15 + 5 = 20: 25 %
    assertThat(result.value(SeriesKey.of("organisation_unit", "b"), JAN).orElseThrow().value())
        .hasValue(25.0);
  }

  @Test
  void statesMissingValuesWithTheirReasonNeverAsZero() {
    KpiResult result = engine.compute(KpiRequest.of(Absence.PERCENT).by("organisation_unit").build(), ROWS);

    KpiValue aFeb = result.value(SeriesKey.of("organisation_unit", "a"), FEB).orElseThrow();
    assertThat(aFeb.value()).isEmpty();
    assertThat(aFeb.missingReason()).hasValue(MissingReason.NO_RECORDS);
    KpiValue bFeb = result.value(SeriesKey.of("organisation_unit", "b"), FEB).orElseThrow();
    assertThat(bFeb.missingReason()).hasValue(MissingReason.ZERO_DENOMINATOR);
    assertThat(bFeb.parts().records()).isEqualTo(1);
    assertThat(bFeb.parts().denominator()).hasValue(0);
  }

  @Test
  void addsPartsBeforeDividingAtACoarserGrain() {
    KpiResult result =
        engine.compute(
            KpiRequest.of(Absence.PERCENT).grain(Grain.QUARTER).by("organisation_unit").persons("person").build(),
            ROWS);

    // a, Q1: (2 + 0 + 1) of (40 + 20) = 5 %, from 3 records of 2 persons in January and March
    KpiValue a = result.value(SeriesKey.of("organisation_unit", "a"), Period.quarter(2024, 1)).orElseThrow();
    assertThat(a.value().getAsDouble()).isCloseTo(5.0, within(1e-12));
    assertThat(a.parts())
        .isEqualTo(new ValueParts(OptionalDouble.of(3), OptionalDouble.of(60), 3, OptionalLong.of(2), List.of(JAN, MAR)));
  }

  @Test
  void computesTheTotalWithoutBreakdown() {
    KpiResult result = engine.compute(KpiRequest.of(Absence.PERCENT).build(), ROWS);

    // January: (2 + 0 + 5) of (40 + 20) = 11.67 %
    assertThat(result.series()).singleElement().satisfies(s -> assertThat(s.key()).isEqualTo(SeriesKey.total()));
    assertThat(result.value(SeriesKey.total(), JAN).orElseThrow().value().getAsDouble())
        .isCloseTo(700.0 / 60, within(1e-12));
  }

  @Test
  void rollsUpAlongTheTreeAsItStoodOnEachRecordsDate() {
    OrgUnitId kommune = OrgUnitId.of("kommune");
    OrgUnitId skole = OrgUnitId.of("skole");
    OrgUnitId dagtilbud = OrgUnitId.of("dagtilbud");
    LocalDate start = LocalDate.of(2020, 1, 1);
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(kommune, "Kommunen", start)
            .unit(skole, "Skole", kommune, start)
            .unit(dagtilbud, "Dagtilbud", kommune, start)
            .unit(OrgUnitId.of("a"), "A", skole, start)
            .unit(OrgUnitId.of("b"), "B", skole, start)
            .move(OrgUnitId.of("a"), LocalDate.of(2024, 3, 1), dagtilbud)
            .build();
    KpiRequest request =
        KpiRequest.of(Absence.PERCENT)
            .grain(Grain.QUARTER)
            .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree))
            .build();

    KpiResult result = engine.compute(request, ROWS);

    Period q1 = Period.quarter(2024, 1);
    // skole, Q1: a in January (2 of 40) and b in January and February (5 of 20, 0 of 0): 7 of 60
    KpiValue skoleQ1 = result.value(SeriesKey.of("organisation_unit", "skole"), q1).orElseThrow();
    assertThat(skoleQ1.parts().numerator()).hasValue(7);
    assertThat(skoleQ1.parts().denominator()).hasValue(60);
    // dagtilbud, Q1: a in March, after its move (1 of 20): 5 %
    KpiValue dagtilbudQ1 = result.value(SeriesKey.of("organisation_unit", "dagtilbud"), q1).orElseThrow();
    assertThat(dagtilbudQ1.value().getAsDouble()).isCloseTo(5.0, within(1e-12));
    // kommune holds all: 8 of 80
    assertThat(result.value(SeriesKey.of("organisation_unit", "kommune"), q1).orElseThrow().value().getAsDouble())
        .isCloseTo(10.0, within(1e-12));
    assertThat(result.recordsUnplaced()).isZero();
  }

  @Test
  void countsRecordsOfUnknownUnitsAsUnplaced() {
    OrganisationTree tree =
        OrganisationTree.builder().root(OrgUnitId.of("a"), "A", LocalDate.of(2020, 1, 1)).build();
    KpiRequest request =
        KpiRequest.of(Absence.PERCENT)
            .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree))
            .build();

    KpiResult result = engine.compute(request, ROWS);

    assertThat(result.recordsUnplaced()).isEqualTo(2);
    assertThat(result.series()).extracting(s -> s.key().values()).containsExactly(List.of("a"));
  }

  @Test
  void appliesTheKpiFilterAndMeasureFiltersWithSqlNulls() {
    SimpleKpi longAbsence =
        Absence.profile(KpiDefinition.simple("test.long"))
            .source(Absence.SOURCE)
            .filter(Filter.not(Filter.equalTo("person", "p2")))
            .measure(Measure.count().where(Filter.compare("absence_days", Filter.Comparison.AT_LEAST, "1")))
            .build();
    List<Record> rows =
        List.of(
            row("2024-01-10", "a", "p1", 2, 18),
            row("2024-01-11", "a", "p2", 3, 18),
            Absence.row("2024-01-12", "a", "p3", 0.5, 18),
            record("2024-01-13", "a", null, 4.0, 18.0));

    KpiResult result = engine.compute(KpiRequest.of(longAbsence).build(), rows);

    // p2 is filtered out; a missing person is unknown under NOT, so that row is out too; of p1 and p3
    // only p1 has at least 1 day
    KpiValue jan = result.value(SeriesKey.total(), JAN).orElseThrow();
    assertThat(jan.value()).hasValue(1);
    assertThat(jan.parts().records()).isEqualTo(2);
  }

  @Test
  void computesMediansAndPercentilesByInterpolation() {
    SimpleKpi median =
        Absence.profile(KpiDefinition.simple("test.median"))
            .source(Absence.SOURCE)
            .measure(Measure.of(Aggregation.MEDIAN, "absence_days"))
            .build();
    SimpleKpi p90 =
        Absence.profile(KpiDefinition.simple("test.p90"))
            .source(Absence.SOURCE)
            .measure(Measure.percentile("absence_days", 90))
            .build();
    List<Record> rows =
        List.of(
            row("2024-01-01", "a", "p1", 1, 0),
            row("2024-01-02", "a", "p1", 2, 0),
            row("2024-01-03", "a", "p1", 3, 0),
            row("2024-01-04", "a", "p1", 4, 0),
            record("2024-01-05", "a", "p1", null, 0.0));

    // values 1, 2, 3, 4: median halfway between 2 and 3; 90th at rank 1 + 0.9 × 3 = 3.7: 3.7
    assertThat(engine.compute(KpiRequest.of(median).build(), rows).value(SeriesKey.total(), JAN).orElseThrow().value())
        .hasValue(2.5);
    assertThat(engine.compute(KpiRequest.of(p90).build(), rows).value(SeriesKey.total(), JAN).orElseThrow().value().getAsDouble())
        .isCloseTo(3.7, within(1e-12));
  }

  @Test
  void fillsARequestedSpanOfPeriods() {
    KpiResult result =
        engine.compute(
            KpiRequest.of(Absence.PERCENT).between(Period.month(2023, 12), Period.month(2024, 1)).build(), ROWS);

    assertThat(result.periods()).containsExactly(Period.month(2023, 12), JAN);
    assertThat(result.value(SeriesKey.total(), Period.month(2023, 12)).orElseThrow().missingReason())
        .hasValue(MissingReason.NO_RECORDS);
  }

  @Test
  void rejectsAGrainFinerThanTheKpisAndAnUndeclaredDimension() {
    assertThatThrownBy(() -> KpiRequest.of(Absence.PERCENT).grain(Grain.DAY).build())
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("finer than the KPI's finest grain MONTH");
    assertThatThrownBy(() -> KpiRequest.of(Absence.PERCENT).by("person").build())
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("'person' is not one of the KPI's dimensions");
  }

  @Test
  void pushesRecordsThroughAnAccumulator() {
    KpiRequest request = KpiRequest.of(Absence.PERCENT).by("organisation_unit").build();
    KpiAccumulator acc = engine.accumulator(request);
    ROWS.forEach(acc::accept);

    assertThat(acc.result()).isEqualTo(engine.compute(request, ROWS));
  }

  @Test
  void givesRatioSeriesToSpcAsRatioObservations() {
    Series a =
        engine.compute(KpiRequest.of(Absence.PERCENT).by("organisation_unit").build(), ROWS)
            .series(SeriesKey.of("organisation_unit", "a"))
            .orElseThrow();

    assertThat(a.toObservations())
        .containsExactly(
            dk.datainformed.spc.Observation.ratio(JAN, 2, 40),
            dk.datainformed.spc.Observation.missing(FEB),
            dk.datainformed.spc.Observation.ratio(MAR, 1, 20));
  }

  @Test
  void breaksDownBySeveralDimensionsWithMissingValuesShownAsSuch() {
    dk.datainformed.kpi.definition.RatioKpi byPerson =
        Absence.profile(KpiDefinition.ratio("test.per_person"))
            .dimensions("person")
            .source(Absence.SOURCE)
            .numerator(Measure.sum("absence_days"))
            .denominator(Measure.sum("worked_days", "absence_days"))
            .build();
    List<Record> rows =
        List.of(
            row("2024-01-10", "a", "p1", 2, 18),
            row("2024-01-11", "a", "p2", 1, 9),
            row("2024-01-12", "a", "p1", 0, 20),
            record("2024-01-13", "b", null, 3.0, 7.0));

    KpiResult result = engine.compute(KpiRequest.of(byPerson).by("organisation_unit", "person").build(), rows);

    assertThat(result.series())
        .extracting(s -> s.key().values())
        .containsExactly(List.of("a", "p1"), List.of("a", "p2"), List.of("b", SeriesKey.NO_VALUE));
    // a, p1: 2 of 18 + 2 + 20 = 40: 5 %
    assertThat(result.value(SeriesKey.of("organisation_unit", "a", "person", "p1"), JAN).orElseThrow().value())
        .hasValue(5.0);
  }

  private static Record record(String day, String unit, String person, Double absence, Double worked) {
    return Record.of(Absence.SCHEMA, LocalDate.parse(day), unit, person, absence, worked);
  }
}
