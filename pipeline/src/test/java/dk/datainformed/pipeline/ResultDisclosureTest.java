package dk.datainformed.pipeline;

import static dk.datainformed.pipeline.Results.FEB;
import static dk.datainformed.pipeline.Results.JAN;
import static dk.datainformed.privacy.disclosure.SuppressionReason.SECONDARY;
import static dk.datainformed.privacy.disclosure.SuppressionReason.THRESHOLD;
import static dk.datainformed.privacy.disclosure.SuppressionReason.UNSPECIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Known answers on small trees; each expected pattern is worked out in the comment above it. */
class ResultDisclosureTest {
  static final LocalDate START = LocalDate.of(2020, 1, 1);

  /** kommune → {aeldre → {hjemmepleje → {nord, syd}, pleje}, boern → {dag, skole}}: 3 levels below the root. */
  static final OrganisationTree TREE =
      OrganisationTree.builder()
          .root(OrgUnitId.of("kommune"), "Kommunen", START)
          .unit(OrgUnitId.of("aeldre"), "Ældre", OrgUnitId.of("kommune"), START)
          .unit(OrgUnitId.of("boern"), "Børn", OrgUnitId.of("kommune"), START)
          .unit(OrgUnitId.of("hjemmepleje"), "Hjemmeplejen", OrgUnitId.of("aeldre"), START)
          .unit(OrgUnitId.of("pleje"), "Plejecentre", OrgUnitId.of("aeldre"), START)
          .unit(OrgUnitId.of("nord"), "Nord", OrgUnitId.of("hjemmepleje"), START)
          .unit(OrgUnitId.of("syd"), "Syd", OrgUnitId.of("hjemmepleje"), START)
          .unit(OrgUnitId.of("dag"), "Dagtilbud", OrgUnitId.of("boern"), START)
          .unit(OrgUnitId.of("skole"), "Skoler", OrgUnitId.of("boern"), START)
          .build();

  static final OrganisationBreakdown EVERY_LEVEL = OrganisationBreakdown.everyLevel("organisation_unit", TREE);

  final ResultDisclosure disclosure =
      ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(5).build());

  static SeriesKey unit(String id) {
    return SeriesKey.of("organisation_unit", id);
  }

  /** Every level of the tree, each unit's records and persons summed from its leaves. */
  static Results tree(long nord, long syd, long pleje, long dag, long skole) {
    return Results.byUnit(JAN)
        .cell(JAN, 10 * nord, nord, "nord")
        .cell(JAN, 10 * syd, syd, "syd")
        .cell(JAN, 10 * pleje, pleje, "pleje")
        .cell(JAN, 10 * dag, dag, "dag")
        .cell(JAN, 10 * skole, skole, "skole")
        .cell(JAN, 10 * (nord + syd), nord + syd, "hjemmepleje")
        .cell(JAN, 10 * (nord + syd + pleje), nord + syd + pleje, "aeldre")
        .cell(JAN, 10 * (dag + skole), dag + skole, "boern")
        .cell(JAN, 10 * (nord + syd + pleje + dag + skole), nord + syd + pleje + dag + skole, "kommune");
  }

  /**
   * Nord has 2 persons (20 records), below 5. Hjemmeplejen = Nord + Syd is its only relation, and
   * Syd the only published partner: Syd is withheld too. Hjemmeplejen and everything above stay.
   */
  @Test
  void withholdsALeafThreeLevelsDownAndTheSiblingThatWouldGiveItAway() {
    DisclosedResult shown = disclosure.protect(tree(2, 20, 30, 40, 50).build(), EVERY_LEVEL);

    assertThat(shown.suppressions())
        .containsExactly(
            new Suppression(unit("nord"), JAN, THRESHOLD), new Suppression(unit("syd"), JAN, SECONDARY));
    KpiValue nord = shown.result().value(unit("nord"), JAN).orElseThrow();
    assertThat(nord.missingReason()).contains(MissingReason.SUPPRESSED);
    assertThat(nord.parts().numerator()).isEmpty();
    assertThat(nord.parts().denominator()).isEmpty();
    assertThat(nord.parts().persons()).isEmpty();
    assertThat(nord.parts().records()).isZero();
    assertThat(shown.result().value(unit("hjemmepleje"), JAN).orElseThrow().isPresent()).isTrue();
    assertThat(shown.suppression(unit("pleje"), JAN)).isEmpty();
  }

  /**
   * Nord and Syd have 1 person each, so Hjemmeplejen (2) is sensitive too; Ældre = Hjemmeplejen +
   * Plejecentre then needs Plejecentre withheld, or Hjemmeplejen = Ældre − Plejecentre.
   */
  @Test
  void withholdsTheSiblingOfASensitiveSubtreeOneLevelUp() {
    DisclosedResult shown = disclosure.protect(tree(1, 1, 30, 40, 50).build(), EVERY_LEVEL);

    assertThat(shown.suppressions())
        .containsExactlyInAnyOrder(
            new Suppression(unit("hjemmepleje"), JAN, THRESHOLD),
            new Suppression(unit("nord"), JAN, THRESHOLD),
            new Suppression(unit("syd"), JAN, THRESHOLD),
            new Suppression(unit("pleje"), JAN, SECONDARY));
  }

  /**
   * Ældre has 1 person of its own beyond its units' (Hjemmeplejen 30 and Plejecentre 40 persons).
   * Nothing published is below 5, but Ældre − Hjemmeplejen − Plejecentre would give that person's
   * absence away: the smaller unit is withheld, so only own + Hjemmeplejen is known.
   */
  @Test
  void protectsTheRecordsOfAnAdministrationsOwnStaff() {
    KpiResult result = Results.byUnit(JAN)
        .cell(JAN, 300, 30, "hjemmepleje")
        .cell(JAN, 400, 40, "pleje")
        .cell(JAN, 710, 71, "aeldre")
        .build();

    DisclosedResult shown = disclosure.protect(result, EVERY_LEVEL);

    assertThat(shown.suppressions()).containsExactly(new Suppression(unit("hjemmepleje"), JAN, SECONDARY));
  }

  /** 40 records of 3 persons is below 5 persons; without persons counted, 40 records are enough. */
  @Test
  void countsPersonsWhenTheRequestCountedThemAndRecordsOtherwise() {
    KpiResult withPersons = Results.byUnit(JAN)
        .cell(JAN, 40, 3, "pleje").cell(JAN, 400, 40, "hjemmepleje").cell(JAN, 440, 43, "aeldre").build();
    KpiResult recordsOnly = Results.byUnit(JAN)
        .records(JAN, 40, "pleje").records(JAN, 400, "hjemmepleje").records(JAN, 440, "aeldre").build();

    assertThat(disclosure.protect(withPersons, EVERY_LEVEL).suppressions())
        .contains(new Suppression(unit("pleje"), JAN, THRESHOLD));
    assertThat(disclosure.protect(recordsOnly, EVERY_LEVEL).suppressions()).isEmpty();
  }

  /** Syd has no records in January: published as such, unless the policy holds zeros sensitive. */
  @Test
  void withholdsAZeroOnlyWhenThePolicySaysZerosAreSensitive() {
    KpiResult result = tree(0, 20, 30, 40, 50).build();
    ResultDisclosure strict =
        ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(5).zeroIsSensitive(true).build());

    assertThat(disclosure.protect(result, EVERY_LEVEL).suppressions()).isEmpty();
    assertThat(strict.protect(result, EVERY_LEVEL).suppressions())
        .containsExactly(new Suppression(unit("nord"), JAN, THRESHOLD), new Suppression(unit("syd"), JAN, SECONDARY));
  }

  /** In February Nord moves from Hjemmeplejen to Plejecentre on the 15th: no one tree, so fail closed. */
  @Test
  void withholdsEveryValueOfAPeriodInWhichTheTreeChanged() {
    OrganisationTree moving = OrganisationTree.builder()
        .root(OrgUnitId.of("aeldre"), "Ældre", START)
        .unit(OrgUnitId.of("hjemmepleje"), "Hjemmeplejen", OrgUnitId.of("aeldre"), START)
        .unit(OrgUnitId.of("pleje"), "Plejecentre", OrgUnitId.of("aeldre"), START)
        .unit(OrgUnitId.of("nord"), "Nord", OrgUnitId.of("hjemmepleje"), START)
        .move(OrgUnitId.of("nord"), LocalDate.of(2024, 2, 15), OrgUnitId.of("pleje"))
        .build();
    Results results = Results.byUnit(JAN, FEB);
    for (var p : List.of(JAN, FEB)) {
      results.cell(p, 100, 10, "nord").cell(p, 100, 10, "hjemmepleje")
          .cell(p, 100, 10, "pleje").cell(p, 200, 20, "aeldre");
    }

    DisclosedResult shown = disclosure.protect(results.build(), OrganisationBreakdown.everyLevel("organisation_unit", moving));

    assertThat(shown.suppressions())
        .hasSize(4)
        .allSatisfy(s -> {
          assertThat(s.period()).isEqualTo(FEB);
          assertThat(s.reason()).isEqualTo(UNSPECIFIED);
        });
    assertThat(shown.result().value(unit("nord"), JAN).orElseThrow().isPresent()).isTrue();
  }

  @Test
  void withholdsEveryValueOfAPeriodWithAUnitTheTreeDoesNotKnow() {
    KpiResult result = Results.byUnit(JAN)
        .cell(JAN, 100, 10, "ukendt").cell(JAN, 100, 10, "pleje").build();

    assertThat(disclosure.protect(result, EVERY_LEVEL).suppressions())
        .extracting(Suppression::reason)
        .containsExactly(UNSPECIFIED, UNSPECIFIED);
  }

  /**
   * By age band without organisation: the total over age bands counts as published, so the
   * sensitive band (2 persons) needs a partner, the smallest other band.
   */
  @Test
  void protectsOtherDimensionsAcrossTheirTotal() {
    KpiResult result = Results.by(List.of("age_band"), JAN)
        .cell(JAN, 20, 2, "18-29").cell(JAN, 300, 30, "30-49").cell(JAN, 400, 40, "50+").build();

    DisclosedResult shown = disclosure.protect(result);

    assertThat(shown.suppressions())
        .containsExactly(
            new Suppression(SeriesKey.of("age_band", "18-29"), JAN, THRESHOLD),
            new Suppression(SeriesKey.of("age_band", "30-49"), JAN, SECONDARY));
  }

  /**
   * Units by age band: Nord's young (2 persons) is sensitive. Within the young, Hjemmeplejen = Nord +
   * Syd; within Nord, its total over the bands. The rectangle Nord and Syd × young and old closes both.
   */
  @Test
  void protectsUnitsByAnotherDimensionWithARectangle() {
    OrganisationTree small = OrganisationTree.builder()
        .root(OrgUnitId.of("hjemmepleje"), "Hjemmeplejen", START)
        .unit(OrgUnitId.of("nord"), "Nord", OrgUnitId.of("hjemmepleje"), START)
        .unit(OrgUnitId.of("syd"), "Syd", OrgUnitId.of("hjemmepleje"), START)
        .build();
    KpiResult result = Results.by(List.of("organisation_unit", "age_band"), JAN)
        .cell(JAN, 20, 2, "nord", "ung").cell(JAN, 300, 30, "nord", "gammel")
        .cell(JAN, 200, 20, "syd", "ung").cell(JAN, 400, 40, "syd", "gammel")
        .cell(JAN, 220, 22, "hjemmepleje", "ung").cell(JAN, 700, 70, "hjemmepleje", "gammel")
        .build();

    DisclosedResult shown = disclosure.protect(result, OrganisationBreakdown.everyLevel("organisation_unit", small));

    assertThat(shown.suppressions())
        .extracting(s -> s.series().values())
        .containsExactlyInAnyOrder(
            List.of("nord", "ung"), List.of("nord", "gammel"), List.of("syd", "ung"), List.of("syd", "gammel"));
  }

  /** A group without a series must get one when its zero is withheld, or its absence shows the zero. */
  @Test
  void addsASeriesForAWithheldGroupTheResultDidNotHave() {
    ResultDisclosure strict =
        ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(5).zeroIsSensitive(true).build());
    KpiResult result = Results.by(List.of("age_band", "sex"), JAN)
        .cell(JAN, 300, 30, "ung", "K").cell(JAN, 400, 40, "ung", "M").cell(JAN, 500, 50, "gammel", "K")
        .build();

    DisclosedResult shown = strict.protect(result);

    assertThat(shown.suppression(SeriesKey.of("age_band", "gammel", "sex", "M"), JAN))
        .hasValueSatisfying(s -> assertThat(s.reason()).isEqualTo(THRESHOLD));
    assertThat(shown.result().series(SeriesKey.of("age_band", "gammel", "sex", "M"))).isPresent();
  }

  @Test
  void withholdsATotalWithTooFewPersons() {
    KpiResult few = Results.by(List.of(), JAN, FEB).cell(JAN, 30, 3, new String[0]).cell(FEB, 90, 9, new String[0]).build();

    assertThat(disclosure.protect(few).suppressions())
        .containsExactly(new Suppression(SeriesKey.total(), JAN, THRESHOLD));
  }

  @Test
  void rejectsAResultWithoutTheBreakdownsDimensionOrAlreadySuppressed() {
    KpiResult byAge = Results.by(List.of("age_band"), JAN).cell(JAN, 300, 30, "ung").build();
    KpiResult protectedOnce = disclosure.protect(tree(2, 20, 30, 40, 50).build(), EVERY_LEVEL).result();

    assertThatThrownBy(() -> disclosure.protect(byAge, EVERY_LEVEL))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("has no dimension 'organisation_unit' (it has [age_band])");
    assertThatThrownBy(() -> disclosure.protect(protectedOnce, EVERY_LEVEL))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("already has suppressed values");
  }

  @Test
  void showsNoValueInToString() {
    DisclosedResult shown = disclosure.protect(tree(2, 20, 30, 40, 50).build(), EVERY_LEVEL);

    assertThat(shown.toString())
        .isEqualTo("DisclosedResult[test.fravaersprocent, 9 series, 2 withheld, minimum count 5]");
  }
}
