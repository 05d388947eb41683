package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.Fixtures;
import dk.datainformed.kpi.definition.KpiId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guards 4, 10 and 11: synecdoche, cross-domain person linkage, vanity metrics. */
class DecisionAndLinkageGuardsTest {
  private static final String NARROW = "sygefravaer.vikarer";

  private final KpiCatalog catalog =
      catalog(
          kpi(ABSENCE),
          Fixtures.ratio(NARROW).coverage("Kun vikarer i vikarbureauets system", "Only temps in the agency's system", 0.6).build(),
          Fixtures.ratio("sygefravaer.ukendt").coverage("Ikke opgjort", "Not measured").build());

  private GuardResult synecdoche(Decision decision) {
    Usage usage =
        Usage.builder("Eksempelby Kommune")
            .cockpit(managers(use(ABSENCE).build(), use(NARROW).build()))
            .decision(decision)
            .build(catalog);
    return run("synecdoche", context(catalog, usage).build());
  }

  @Test
  void flagsADecisionThatRestsOnlyOnALowCoverageKpi() {
    GuardResult r =
        synecdoche(new Decision("d1", "Vikarstop", List.of(KpiId.of(NARROW)), List.of()));
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(new GuardSubject.Decision("d1"));
      assertThat(f.message().en()).contains("sygefravaer.vikarer (60 %)");
      assertThat(f.thresholds()).extracting(PolicyValue::key).containsExactly(GuardPolicy.MINIMUM_COVERAGE);
    });
  }

  @Test
  void acceptsTheSameDecisionWithAQualitativeSource() {
    GuardResult r =
        synecdoche(
            new Decision("d1", "Vikarstop", List.of(KpiId.of(NARROW)), List.of("Interviews med 8 teams")));
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void acceptsADecisionThatAlsoCitesAWellCoveredKpi() {
    GuardResult r =
        synecdoche(
            new Decision("d1", "Vikarstop", List.of(KpiId.of(NARROW), KpiId.of(ABSENCE)), List.of()));
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void saysIndeterminateWhenCoverageIsNotKnown() {
    GuardResult r =
        synecdoche(new Decision("d1", "Noget", List.of(KpiId.of("sygefravaer.ukendt")), List.of()));
    assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(r.summary().en()).contains("coverage unknown");
  }

  private GuardResult linkage(Linkage l) {
    Usage usage =
        Usage.builder("Gladsaxe-lignende Kommune")
            .cockpit(managers(use(ABSENCE).build()))
            .linkage(l)
            .build(catalog);
    return run("cross-domain-linkage", context(catalog, usage).build());
  }

  @Test
  void blocksPersonLinkageAcrossAreasWithoutLegalBasisOrDpia() {
    Linkage gladsaxe =
        new Linkage("tidlig-opsporing", "Udsatte børn fundet ved samkøring", true,
            List.of("beskaeftigelse", "sundhed", "boern_og_unge"), Optional.empty(), Optional.empty());
    Usage usage =
        Usage.builder("Gladsaxe-lignende Kommune").cockpit(managers(use(ABSENCE).build()))
            .linkage(gladsaxe).build(catalog);
    GuardReport report = Guards.builtIn().check(context(catalog, usage).build());
    GuardResult r = report.result("cross-domain-linkage").orElseThrow();
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
      assertThat(f.message().en()).contains("legal basis and DPIA reference");
    });
    assertThat(r.source().en()).contains("Gladsaxe");
    assertThat(report.blocked()).isTrue();
  }

  @Test
  void blocksWhenOnlyTheDpiaIsMissing() {
    GuardResult r =
        linkage(new Linkage("x", "Samkøring", true, List.of("beskaeftigelse", "sundhed"),
            Optional.of("Serviceloven § 11 a"), Optional.empty()));
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).endsWith("without a declared DPIA reference."));
  }

  @Test
  void acceptsLinkageWithLegalBasisAndDpia() {
    GuardResult r =
        linkage(new Linkage("x", "Samkøring", true, List.of("beskaeftigelse", "sundhed"),
            Optional.of("Serviceloven § 11 a"), Optional.of("DPIA-2026-017")));
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void isNotApplicableToOneAreaOrToAggregates() {
    assertThat(linkage(new Linkage("x", "Et område", true, List.of("sundhed", "sundhed"),
            Optional.empty(), Optional.empty())).verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(linkage(new Linkage("y", "Aggregater", false, List.of("sundhed", "beskaeftigelse"),
            Optional.empty(), Optional.empty())).verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void flagsAKpiThatNoCockpitShowsAndNoDecisionCites() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build(), use(NARROW).build()));
    GuardResult r = run("vanity-metric", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.subject()).isEqualTo(new GuardSubject.Kpi(KpiId.of("sygefravaer.ukendt")));
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
  }

  @Test
  void acceptsAKpiThatOnlyADecisionCites() {
    Usage usage =
        Usage.builder("Eksempelby Kommune")
            .cockpit(managers(use(ABSENCE).build(), use(NARROW).build()))
            .decision(new Decision("d", "Noget", List.of(KpiId.of("sygefravaer.ukendt")), List.of("Audit")))
            .build(catalog);
    assertThat(run("vanity-metric", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void acceptsAKpiThatOnlyFeedsAShownKpi() {
    KpiCatalog withDerived =
        catalog(kpi("a.basis"), Fixtures.derived("a.afledt", "a.basis * 2").build());
    Usage usage = usage(withDerived, managers(use("a.afledt").build()));
    assertThat(run("vanity-metric", context(withDerived, usage).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }
}
