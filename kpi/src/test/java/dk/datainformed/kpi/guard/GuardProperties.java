package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.kpi.catalog.KpiCatalog;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of the guards that hold for every value, not just the examples. */
class GuardProperties {
  private final KpiCatalog catalog = catalog(kpi(ABSENCE));

  @Property(tries = 200)
  void dataAreStaleExactlyWhenOlderThanTheCadenceAndGrace(
      @ForAll Cadence cadence,
      @ForAll @IntRange(min = 0, max = 800) int age,
      @ForAll @IntRange(min = 0, max = 60) int grace) {
    Usage usage = usage(catalog, managers(use(ABSENCE).refresh(cadence).build()));
    GuardPolicy policy =
        GuardPolicy.builder("P").set(GuardPolicy.STALE_GRACE_DAYS, grace, "test").build();
    GuardResult r =
        run("stale-data",
            context(catalog, usage).policy(policy).latestData(ABSENCE, AS_OF.minusDays(age)).build());
    assertThat(r.verdict())
        .isEqualTo(age > cadence.days() + grace ? Verdict.FOUND : Verdict.NOTHING_FOUND);
  }

  @Property(tries = 100)
  void everyFindingOfEveryGuardNamesItsGuardAndEveryThresholdItsSource(
      @ForAll @IntRange(min = 2, max = 30) int points, @ForAll boolean redGreen, @ForAll boolean ranked) {
    KpiUse.Builder u = use(ABSENCE).target(fullTarget(5.0)).smallestGroup(3);
    if (redGreen) {
      u.display(DisplayMode.RED_GREEN);
    }
    if (ranked) {
      u.ranked();
    }
    Usage usage = usage(catalog, managers(u.build()));
    GuardReport report =
        Guards.builtIn().check(context(catalog, usage).chart(ABSENCE, commonCause(points)).build());
    for (GuardResult r : report.results()) {
      assertThat(r.findings()).allSatisfy(f -> {
        assertThat(f.guardId()).isEqualTo(r.guardId());
        f.thresholds().forEach(t -> assertThat(t.source()).isNotBlank());
      });
      assertThat(r.verdict() == Verdict.FOUND).isEqualTo(!r.findings().isEmpty());
    }
  }
}
