package dk.datainformed.kpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The YAML-defined starter KPIs computed on a small hand-made dataset; each expected number is
 * worked out by hand in the comment beside it.
 */
class StarterCatalogEngineTest {
  static final KpiCatalog CATALOG = StarterCatalog.load();
  static final KpiEngine ENGINE = KpiEngine.withCatalog(CATALOG);
  static final SeriesKey A = SeriesKey.of("organisation_unit", "a");

  static KpiDefinition kpi(String id) {
    return CATALOG.find(id).orElseThrow();
  }

  /** Monthly payroll rows for unit a: Jan 2023, Jan and Feb 2024. */
  static List<Record> payroll() {
    Schema schema = ((RatioKpi) kpi("sygefravaer.fravaersprocent")).source().schema();
    return List.of(
        payrollRow(schema, "2023M01", 90, 8, 2),
        payrollRow(schema, "2024M01", 95, 4, 1),
        payrollRow(schema, "2024M02", 45, 3, 2));
  }

  static Record payrollRow(Schema schema, String month, double worked, double ownIllness, double other) {
    return Record.of(
        schema, Period.parse(month), "a", "30-39", "pædagog", worked, ownIllness, other, 1.0, 1.0, 1L);
  }

  @Test
  void absencePercentIsOwnIllnessOverPossibleDays() {
    KpiResult result =
        ENGINE.compute(
            KpiRequest.of(kpi("sygefravaer.fravaersprocent")).by("organisation_unit").build(), payroll());

    // 2024M01: 4 of 95 + 4 + 1 = 100 days: 4 %; 2024M02: 3 of 45 + 3 + 2 = 50: 6 %
    assertThat(result.value(A, Period.month(2024, 1)).orElseThrow().value().getAsDouble())
        .isCloseTo(4.0, within(1e-12));
    assertThat(result.value(A, Period.month(2024, 2)).orElseThrow().value().getAsDouble())
        .isCloseTo(6.0, within(1e-12));
    assertThat(result.periods()).hasSize(14);
  }

  @Test
  void changeAgainstTheSameMonthLastYearSubtractsTheShiftedOperand() {
    KpiResult result =
        ENGINE.compute(
            KpiRequest.of(kpi("sygefravaer.fravaersprocent_aendring")).by("organisation_unit").build(),
            payroll());

    // 2024M01: 4 % - 8 % (2023M01: 8 of 90 + 8 + 2) = -4 percentage points
    assertThat(result.value(A, Period.month(2024, 1)).orElseThrow().value().getAsDouble())
        .isCloseTo(-4.0, within(1e-12));
    // 2024M02: no February 2023
    assertThat(result.value(A, Period.month(2024, 2)).orElseThrow().missingReason())
        .hasValue(MissingReason.MISSING_OPERAND);
  }

  @Test
  void yearToDateSumsNumeratorsAndDenominatorsOverTheYear() {
    KpiResult result =
        ENGINE.compute(
            KpiRequest.of(kpi("sygefravaer.fravaersprocent_aar_til_dato")).by("organisation_unit").build(),
            payroll());

    // 2024M02: (4 + 3) of (100 + 50) = 4.667 %, not the mean of 4 % and 6 % (5 %)
    KpiValue feb = result.value(A, Period.month(2024, 2)).orElseThrow();
    assertThat(feb.value().getAsDouble()).isCloseTo(700.0 / 150, within(1e-12));
    assertThat(feb.parts().numerator()).hasValue(7);
    assertThat(feb.parts().denominator()).hasValue(150);
    assertThat(feb.parts().periods()).containsExactly(Period.month(2024, 1), Period.month(2024, 2));
    // 2023M06: the year so far holds only January 2023: 8 %
    assertThat(result.value(A, Period.month(2023, 6)).orElseThrow().value().getAsDouble())
        .isCloseTo(8.0, within(1e-12));
  }

  @Test
  void aRollingWindowReachingBeforeTheDataIsIncomplete() {
    KpiDefinition rolling =
        Absence.profile(KpiDefinition.cumulative("test.rullende_3"))
            .of(dk.datainformed.kpi.definition.KpiReference.to("sygefravaer.fravaersprocent"))
            .window(dk.datainformed.kpi.definition.Window.rolling(3))
            .build();
    KpiEngine engine =
        KpiEngine.withCatalog(KpiCatalog.builder().addAll(CATALOG.definitions(), "starter").add(rolling).build());

    KpiResult result =
        engine.compute(KpiRequest.of(rolling).by("organisation_unit").build(), payroll());

    assertThat(result.value(A, Period.month(2023, 2)).orElseThrow().missingReason())
        .hasValue(MissingReason.INCOMPLETE_WINDOW);
    // 2024M02: 2023M12 (none), 2024M01 and 2024M02: 7 of 150
    assertThat(result.value(A, Period.month(2024, 2)).orElseThrow().value().getAsDouble())
        .isCloseTo(700.0 / 150, within(1e-12));
  }

  @Test
  void sicknessBenefitShareDividesTwoSourcesAndKeepsBothAsParts() {
    Schema benefit = ((SimpleKpi) kpi("jobcenter.sygedagpenge_fuldtidspersoner")).source().schema();
    Schema population = ((SimpleKpi) kpi("befolkning.alder_16_66")).source().schema();
    Period jan = Period.month(2024, 1);
    Map<String, List<Record>> sources =
        Map.of(
            "jobindsats.y07a02", List.of(Record.of(benefit, jan, "101", 1200.5)),
            "statbank.folk1am",
                List.of(
                    Record.of(population, jan, "101", "M", 30L, 100_000L),
                    Record.of(population, jan, "101", "K", 40L, 110_000L),
                    Record.of(population, jan, "101", "K", 70L, 50_000L),
                    Record.of(population, jan, "101", "M", 15L, 20_000L)));

    KpiResult result =
        ENGINE.compute(
            KpiRequest.of(kpi("jobcenter.sygedagpenge_andel_af_befolkningen")).by("municipality").build(),
            sources);

    // 1,200.5 full-time persons of 100,000 + 110,000 aged 16-66 (ages 70 and 15 are outside): 0.5717 %
    KpiValue share = result.value(SeriesKey.of("municipality", "101"), jan).orElseThrow();
    assertThat(share.value().getAsDouble()).isCloseTo(1200.5 / 210_000 * 100, within(1e-12));
    assertThat(share.parts().numerator()).hasValue(1200.5);
    assertThat(share.parts().denominator()).hasValue(210_000);
    assertThat(result.series().get(0).ratio()).isTrue();
    assertThat(result.recordsRead()).isEqualTo(5);
  }
}
