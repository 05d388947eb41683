package dk.datainformed.kpi.engine;

import static dk.datainformed.kpi.engine.Absence.row;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.SimpleKpi;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A count with no matching record in a covered period where the unit existed is 0, not missing. */
class ZeroIsAValueTest {
  static final Period JAN = Period.month(2024, 1);
  static final Period FEB = Period.month(2024, 2);
  static final Period MAR = Period.month(2024, 3);
  static final Period APR = Period.month(2024, 4);

  static final SimpleKpi SPELLS =
      Absence.profile(KpiDefinition.simple("test.spells"))
          .source(Absence.SOURCE)
          .filter(Filter.compare("absence_days", Filter.Comparison.AT_LEAST, "1"))
          .measure(Measure.count())
          .build();

  // a has spells in January and March, none in February (only a day without absence); b has one
  // in January only; in April the source has nothing at all.
  static final List<Record> ROWS =
      List.of(
          row("2024-01-10", "a", "p1", 2, 18),
          row("2024-01-15", "b", "p3", 5, 15),
          row("2024-02-03", "a", "p1", 0, 20),
          row("2024-03-05", "a", "p1", 1, 19));

  final KpiEngine engine = KpiEngine.create();

  @Test
  void aCoveredMonthWithoutMatchingRecordsIsZero() {
    KpiResult result =
        engine.compute(
            KpiRequest.of(SPELLS).by("organisation_unit").persons("person")
                .between(JAN, APR).build(),
            ROWS);

    KpiValue aFeb = result.value(SeriesKey.of("organisation_unit", "a"), FEB).orElseThrow();
    assertThat(aFeb.value()).hasValue(0);
    assertThat(aFeb.parts().records()).isZero();
    assertThat(aFeb.parts().persons()).isEqualTo(OptionalLong.of(0));
    assertThat(aFeb.parts().numerator()).hasValue(0);
    // April: no record of the source at all, so nothing covered it.
    assertThat(result.value(SeriesKey.of("organisation_unit", "a"), APR).orElseThrow().missingReason())
        .hasValue(MissingReason.NO_RECORDS);
    // b, without an organisation tree, existed only in its own span of data: January.
    assertThat(result.value(SeriesKey.of("organisation_unit", "b"), FEB).orElseThrow().missingReason())
        .hasValue(MissingReason.NO_RECORDS);
  }

  @Test
  void withATreeAUnitIsZeroInEveryCoveredMonthItWasValid() {
    LocalDate start = LocalDate.of(2020, 1, 1);
    OrgUnitId kommune = OrgUnitId.of("k");
    OrganisationTree tree =
        OrganisationTree.builder()
            .root(kommune, "Kommunen", start)
            .unit(OrgUnitId.of("a"), "A", kommune, start)
            .unit(OrgUnitId.of("b"), "B", kommune, start)
            .close(OrgUnitId.of("b"), LocalDate.of(2024, 3, 1))
            .build();
    KpiResult result =
        engine.compute(
            KpiRequest.of(SPELLS)
                .organisation(OrganisationBreakdown.everyLevel("organisation_unit", tree))
                .build(),
            ROWS);

    // b: valid to 29 February; February and March were covered (records of a).
    assertThat(result.value(SeriesKey.of("organisation_unit", "b"), FEB).orElseThrow().value()).hasValue(0);
    assertThat(result.value(SeriesKey.of("organisation_unit", "b"), MAR).orElseThrow().missingReason())
        .hasValue(MissingReason.NO_RECORDS);
    assertThat(result.value(SeriesKey.of("organisation_unit", "k"), FEB).orElseThrow().value()).hasValue(0);
  }

  @Test
  void aCountSeriesChartsItsZerosAndItsGaps() {
    KpiResult result =
        engine.compute(KpiRequest.of(SPELLS).by("organisation_unit").between(JAN, APR).build(), ROWS);
    Series a = result.series(SeriesKey.of("organisation_unit", "a")).orElseThrow();

    assertThat(a.toValueObservations())
        .containsExactly(
            dk.datainformed.spc.Observation.of(JAN, 1),
            dk.datainformed.spc.Observation.of(FEB, 0),
            dk.datainformed.spc.Observation.of(MAR, 1),
            dk.datainformed.spc.Observation.missing(APR));
  }

  @Test
  void aRatioWithoutRecordsStaysMissing() {
    KpiResult result = engine.compute(KpiRequest.of(Absence.PERCENT).by("organisation_unit").build(), ROWS);

    assertThat(result.value(SeriesKey.of("organisation_unit", "b"), FEB).orElseThrow().missingReason())
        .hasValue(MissingReason.NO_RECORDS);
  }
}
