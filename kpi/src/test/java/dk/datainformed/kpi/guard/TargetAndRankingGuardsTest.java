package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.Fixtures;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Purpose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guards 1, 2, 3 and 7: target density, league tables, individual-level control, purpose. */
class TargetAndRankingGuardsTest {

  private static GuardResult density(int withTargets, int withoutTargets) {
    List<KpiDefinition> defs = new ArrayList<>();
    List<KpiUse> uses = new ArrayList<>();
    for (int i = 0; i < withTargets + withoutTargets; i++) {
      String id = "omraade.kpi_" + i;
      defs.add(kpi(id));
      KpiUse.Builder u = use(id);
      if (i < withTargets) {
        u.target(fullTarget(5));
      }
      uses.add(u.build());
    }
    KpiCatalog catalog = KpiCatalog.of(defs);
    Usage usage = usage(catalog, managers(uses.toArray(new KpiUse[0])));
    return run("target-density", context(catalog, usage).build());
  }

  @Test
  void flagsMoreTargetsForOneAudienceThanThePolicyAllows() {
    GuardResult r = density(6, 6);
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings())
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARN);
          assertThat(f.message().en()).contains("6 KPIs with targets");
          assertThat(f.thresholds()).extracting(PolicyValue::key)
              .containsExactly(GuardPolicy.MAXIMUM_TARGETS_PER_AUDIENCE);
        });
  }

  @Test
  void flagsWhenTargetBearingKpisOutnumberLearningOnlyOnes() {
    GuardResult r = density(2, 1);
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("66.7 %").contains("only 1"));
  }

  @Test
  void acceptsFiveTargetsAmongTenAtTheDefaultThresholds() {
    GuardResult r = density(5, 5);
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
    assertThat(r.summary().en()).contains("managers: 5 of 10 with targets (50 %)")
        .contains("Policy: at most 5 targets and at most 50 % per audience.");
  }

  @Test
  void countsAnotherAudienceSeparately() {
    KpiCatalog catalog = catalog(kpi("a.x"), kpi("a.y"));
    Usage usage =
        usage(catalog,
            managers(use("a.x").target(fullTarget(5)).build()),
            cockpit("direktion", Audience.EXECUTIVE_BOARD, OrganisationLevel.MUNICIPALITY,
                use("a.y").build()));
    GuardResult r = run("target-density", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().extracting(GuardFinding::subject)
        .isEqualTo(new GuardSubject.Audience(Audience.MANAGERS));
  }

  @Test
  void flagsARankingWithNeitherSpcNorComparisonGroup() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).ranked().build()));
    GuardResult r = run("league-table", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().extracting(GuardFinding::severity).isEqualTo(Severity.WARN);
  }

  @Test
  void acceptsARankingShownWithAComparisonGroup() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).ranked(Comparison.COMPARISON_GROUP).build()));
    assertThat(run("league-table", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void saysNotApplicableWhenNothingIsRanked() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    assertThat(run("league-table", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void blocksAPersonLevelKpiThatFeedsABonus() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage =
        usage(catalog,
            cockpit("sagsbehandlere", Audience.MANAGERS, OrganisationLevel.PERSON,
                use(ABSENCE).feeds(Incentive.BONUS).build()));
    GuardResult r = run("individual-control", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BLOCK);
      assertThat(f.message().en()).contains("per person").contains("bonus");
    });
  }

  @Test
  void warnsAboutGroupsBelowThePolicyMinimum() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).smallestGroup(4).build()));
    GuardResult r = run("individual-control", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.thresholds()).extracting(PolicyValue::key).containsExactly(GuardPolicy.MINIMUM_GROUP_SIZE);
    });
  }

  @Test
  void acceptsPersonLevelFiguresForSelfViewWithoutTargetRankingOrIncentive() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage =
        usage(catalog,
            cockpit("egne-tal", Audience.FRONTLINE_STAFF, OrganisationLevel.PERSON,
                use(ABSENCE).smallestGroup(5).build()));
    assertThat(run("individual-control", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void saysIndeterminateForATeamLevelKpiWithoutAGroupSize() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage =
        usage(catalog, cockpit("team", Audience.MANAGERS, OrganisationLevel.TEAM, use(ABSENCE).build()));
    GuardResult r = run("individual-control", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(r.summary().en()).contains("group size not stated");
  }

  @Test
  void flagsALearningKpiThatFeedsPerformanceReviews() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).feeds(Incentive.PERFORMANCE_REVIEW).build()));
    GuardResult r = run("purpose-mismatch", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(
        f -> assertThat(f.message().en()).contains("declared for learning").contains("performance_review"));
  }

  @Test
  void acceptsAControlKpiThatFeedsTheBudget() {
    KpiCatalog catalog = catalog(Fixtures.ratio(ABSENCE).purpose(Purpose.CONTROL).build());
    Usage usage = usage(catalog, managers(use(ABSENCE).feeds(Incentive.BUDGET).build()));
    assertThat(run("purpose-mismatch", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void flagsATargetWithoutOwnerOrAction() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    DeclaredTarget bare =
        new DeclaredTarget(4.0, Optional.empty(), Optional.of("Politisk besluttet"),
            Optional.of(LocalDate.of(2027, 1, 1)), Optional.empty());
    Usage usage = usage(catalog, managers(use(ABSENCE).target(bare).build()));
    GuardResult r =
        run("target-without-reflection",
            context(catalog, usage).chart(ABSENCE, commonCause(24)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).isEqualTo("The target 4 has no owner or stated action."));
  }

  @Test
  void flagsAPassedReviewDate() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    DeclaredTarget old =
        new DeclaredTarget(3.0, Optional.of("HR"), Optional.of("Regionens niveau"),
            Optional.of(LocalDate.of(2026, 1, 1)), Optional.of("Dialog"));
    Usage usage = usage(catalog, managers(use(ABSENCE).target(old).build()));
    GuardResult r =
        run("target-without-reflection",
            context(catalog, usage).chart(ABSENCE, commonCause(24)).build());
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("review date 2026-01-01 has passed"));
  }

  @Test
  void flagsAHitAndMissTargetWithoutAnImprovementPlan() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).target(fullTarget(5.0)).build()));
    GuardResult r =
        run("target-without-reflection",
            context(catalog, usage).chart(ABSENCE, commonCause(24)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("hit and missed by chance"));
  }

  @Test
  void acceptsAHitAndMissTargetWithAnImprovementPlan() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage =
        usage(catalog,
            managers(use(ABSENCE).target(fullTarget(5.0)).improvementPlan("Ny vagtplan i Q1").build()));
    assertThat(
            run("target-without-reflection",
                    context(catalog, usage).chart(ABSENCE, commonCause(24)).build())
                .verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void acceptsACompleteTargetOutsideTheCommonCauseBand() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).target(fullTarget(3.0)).build()));
    assertThat(
            run("target-without-reflection",
                    context(catalog, usage).chart(ABSENCE, commonCause(24)).build())
                .verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void saysIndeterminateWhenNoChartTellsWhereTheTargetLies() {
    KpiCatalog catalog = catalog(kpi(ABSENCE));
    Usage usage = usage(catalog, managers(use(ABSENCE).target(fullTarget(3.0)).build()));
    GuardResult r = run("target-without-reflection", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
    assertThat(r.findings()).isEmpty();
  }
}
