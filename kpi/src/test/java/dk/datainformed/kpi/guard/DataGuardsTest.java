package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.guard.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.spc.ChangePoint;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Guards 5, 8, 9 and 12: reacting to noise, gaming signals, too little data, stale data. */
class DataGuardsTest {
  private final KpiCatalog catalog = catalog(kpi(ABSENCE));

  @Test
  void flagsRedGreenOverCommonCauseVariation() {
    Usage usage = usage(catalog, managers(use(ABSENCE).display(DisplayMode.RED_GREEN).build()));
    GuardResult r = run("reacting-to-noise", context(catalog, usage).chart(ABSENCE, commonCause(24)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("only common-cause variation (24 points)"));
  }

  @Test
  void flagsChangeSinceLastPeriodWithNoSpcAtAll() {
    Usage usage =
        usage(catalog,
            managers(KpiUse.builder(ABSENCE).display(DisplayMode.CHANGE_SINCE_LAST_PERIOD).build()));
    GuardResult r = run("reacting-to-noise", context(catalog, usage).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("with no SPC"));
  }

  @Test
  void acceptsRedGreenWhenTheChartShowsASignal() {
    Usage usage = usage(catalog, managers(use(ABSENCE).display(DisplayMode.RED_GREEN).build()));
    GuardResult r = run("reacting-to-noise", context(catalog, usage).chart(ABSENCE, withSignal(24)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void citesAutocorrelationAsEvidenceThatSignalsMayBeNoise() {
    // A slow wave 1..6..1, twice: lag-1 autocorrelation 53.75 / 70 = 0.77 (worked in the SPC
    // module's AutocorrelationTest), above the chart's threshold of 0.5.
    double[] wave = {1, 2, 3, 4, 5, 6, 6, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 6, 6, 5, 4, 3, 2, 1};
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(months(wave)).direction(ImprovementDirection.LOWER_IS_BETTER).build();
    Usage usage = usage(catalog, managers(use(ABSENCE).display(DisplayMode.RED_GREEN).build()));

    GuardResult r = run("reacting-to-noise", context(catalog, usage).chart(ABSENCE, chart).build());

    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings())
        .anySatisfy(f -> assertThat(f.message().en()).startsWith("Autocorrelation 0.77 (threshold 0.5)"));
  }

  @Test
  void saysIndeterminateWhenSpcIsDeclaredButNoChartIsGiven() {
    Usage usage = usage(catalog, managers(use(ABSENCE).display(DisplayMode.RED_GREEN).build()));
    assertThat(run("reacting-to-noise", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.INDETERMINATE);
  }

  @Test
  void flagsFewerPointsThanThePolicyMinimum() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    GuardResult r = run("too-little-data", context(catalog, usage).chart(ABSENCE, commonCause(11)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.message().en()).isEqualTo("Only 11 points; the policy asks for at least 12.");
      assertThat(f.thresholds()).extracting(PolicyValue::key).containsExactly(GuardPolicy.MINIMUM_POINTS);
    });
  }

  @Test
  void acceptsTwelvePoints() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    assertThat(run("too-little-data", context(catalog, usage).chart(ABSENCE, commonCause(12)).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void flagsLimitsRecalculatedEveryPeriod() {
    Usage usage = usage(catalog, managers(use(ABSENCE).limitsRecalculatedEachPeriod(true).build()));
    GuardResult r = run("too-little-data", context(catalog, usage).chart(ABSENCE, commonCause(24)).build());
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("recalculated every period"));
  }

  private static ProcessBehaviourChart rebasedAt(int... monthsFromStart) {
    ProcessBehaviourChart.Builder b =
        ProcessBehaviourChart.xmr(months(noise(24))).direction(ImprovementDirection.LOWER_IS_BETTER);
    for (int m : monthsFromStart) {
      Period p = Period.month(2024, 11);
      for (int i = 0; i < m; i++) {
        p = p.next();
      }
      b.changePoint(ChangePoint.rebase(p, "ny proces"));
    }
    return b.build();
  }

  @Test
  void flagsLimitsRebasedTwiceWithinTheMinimumPoints() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    GuardResult r = run("too-little-data", context(catalog, usage).chart(ABSENCE, rebasedAt(14, 18)).build());
    assertThat(r.findings()).extracting(f -> f.message().en())
        .contains("The limits were recalculated 2 times within the last 12 periods.");
  }

  @Test
  void acceptsOneDeclaredRebaseWithAFullBaselineAfterIt() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    GuardResult r = run("too-little-data", context(catalog, usage).chart(ABSENCE, rebasedAt(12)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void honoursAMunicipalityThatAsksForMorePoints() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    GuardPolicy strict =
        GuardPolicy.builder("Streng").set(GuardPolicy.MINIMUM_POINTS, 20, "Eksempelby 2026").build();
    GuardResult r =
        run("too-little-data",
            context(catalog, usage).policy(strict).chart(ABSENCE, commonCause(15)).build());
    assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.thresholds())
        .containsExactly(new PolicyValue(GuardPolicy.MINIMUM_POINTS, 20, "Eksempelby 2026")));
  }

  @Test
  void flagsAValueShownAsCurrentThatIsOlderThanItsCadence() {
    Usage usage = usage(catalog, managers(use(ABSENCE).refresh(Cadence.MONTHLY).build()));
    GuardResult r =
        run("stale-data",
            context(catalog, usage).latestData(ABSENCE, LocalDate.of(2026, 8, 31)).build());
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("62 days old").contains("allows 46 days"));
  }

  @Test
  void acceptsAValueExactlyAtTheCadenceAndGrace() {
    Usage usage = usage(catalog, managers(use(ABSENCE).refresh(Cadence.MONTHLY).build()));
    LocalDate latest = AS_OF.minusDays(31 + 15);
    assertThat(run("stale-data", context(catalog, usage).latestData(ABSENCE, latest).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void readsTheLatestDateFromTheChartWhenNoneIsGiven() {
    Usage usage = usage(catalog, managers(use(ABSENCE).refresh(Cadence.MONTHLY).build()));
    // 24 months from November 2024: the latest period is October 2026, one day before AS_OF.
    assertThat(run("stale-data", context(catalog, usage).chart(ABSENCE, commonCause(24)).build()).verdict())
        .isEqualTo(Verdict.NOTHING_FOUND);
    assertThat(run("stale-data", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.INDETERMINATE);
  }

  @Test
  void skipsValuesNotShownAsCurrent() {
    Usage usage = usage(catalog, managers(use(ABSENCE).shownAsCurrent(false).build()));
    assertThat(run("stale-data", context(catalog, usage).build()).verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  /** Uniform values on [3, 7): smooth around the target 5, so no bunching. */
  static List<Double> smooth(long seed, int n) {
    Random random = new Random(seed);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(3 + 4 * random.nextDouble());
    }
    return values;
  }

  /** The same, but most values within 0.5 just above the target are pushed just below it. */
  static List<Double> bunched(long seed, int n) {
    Random random = new Random(seed);
    List<Double> values = new ArrayList<>();
    for (double v : smooth(seed, n)) {
      boolean justOutside = v > 5.0 && v <= 5.5;
      values.add(justOutside && random.nextDouble() < 0.6 ? 5.0 - random.nextDouble() * 0.2 : v);
    }
    return values;
  }

  private GuardResult gaming(GuardContext.Builder b) {
    return run("gaming-signals", b.build());
  }

  private Usage withTarget() {
    return usage(catalog, managers(use(ABSENCE).target(fullTarget(5.0)).build()));
  }

  @Test
  void flagsValuesThatPileUpJustInsideTheTarget() {
    GuardResult r = gaming(context(catalog, withTarget()).unitValues(ABSENCE, bunched(7, 2000)));
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.message().en()).contains("pile up just inside the target 5");
      assertThat(f.thresholds()).extracting(PolicyValue::key)
          .containsExactly(GuardPolicy.BUNCHING_WINDOW_FRACTION, GuardPolicy.BUNCHING_SIGNIFICANCE,
              GuardPolicy.BUNCHING_MINIMUM_COUNT);
    });
  }

  @Test
  void acceptsASmoothDistributionAroundTheTarget() {
    for (long seed = 1; seed <= 20; seed++) {
      GuardResult r = gaming(context(catalog, withTarget()).unitValues(ABSENCE, smooth(seed, 2000)));
      assertThat(r.verdict()).as("seed %d", seed).isEqualTo(Verdict.NOTHING_FOUND);
    }
  }

  @Test
  void saysIndeterminateWithTooFewValuesNearTheTarget() {
    GuardResult r = gaming(context(catalog, withTarget()).unitValues(ABSENCE, List.of(4.9, 4.95, 5.1)));
    assertThat(r.verdict()).isEqualTo(Verdict.INDETERMINATE);
  }

  private static List<TargetRound> rounds(double... actuals) {
    List<TargetRound> out = new ArrayList<>();
    Period p = Period.year(2021);
    double target = 10.0;
    for (double a : actuals) {
      out.add(new TargetRound(p, target, a));
      p = p.next();
      target -= 0.5;
    }
    return out;
  }

  @Test
  void flagsARatchetWherePerformanceLandsJustPastEachRaisedTarget() {
    // Lower is better; targets 10, 9.5, 9, 8.5, 8; each result lands within 2 % below the target.
    GuardResult r =
        gaming(context(catalog, withTarget()).targetRounds(ABSENCE, rounds(9.9, 9.45, 8.9, 8.45, 7.95)));
    assertThat(r.verdict()).isEqualTo(Verdict.FOUND);
    assertThat(r.findings()).singleElement()
        .satisfies(f -> assertThat(f.message().en()).contains("in 4 of 4 periods"));
  }

  @Test
  void acceptsResultsWellPastARisingTarget() {
    GuardResult r =
        gaming(context(catalog, withTarget()).targetRounds(ABSENCE, rounds(9.0, 8.0, 7.9, 7.0, 6.5)));
    assertThat(r.verdict()).isEqualTo(Verdict.NOTHING_FOUND);
  }

  @Test
  void isNotApplicableWithoutTargets() {
    Usage usage = usage(catalog, managers(use(ABSENCE).build()));
    assertThat(gaming(context(catalog, usage)).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }
}
