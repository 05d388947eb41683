package dk.datainformed.spc;

import static dk.datainformed.spc.Series.concat;
import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.SpcException;
import org.junit.jupiter.api.Test;

/** Known answers for run charts and Anhøj's rules, counted by hand in the comments. */
class RunChartTest {
  /** Ten points alternating 1, 3: median 2, nine crossings. */
  private static final double[] ALTERNATING = {1, 3, 1, 3, 1, 3, 1, 3, 1, 3};

  @Test
  void theCentreIsTheMedianAndThereAreNoLimits() {
    // 3, 1, 4, 1, 5, 9, 2, 6 sorted: 1, 1, 2, 3, 4, 5, 6, 9; median (3 + 4) / 2 = 3.5.
    ProcessBehaviourChart chart = ProcessBehaviourChart.run(from2024(3, 1, 4, 1, 5, 9, 2, 6)).build();

    assertThat(chart.segments().get(0).centre()).isEqualTo(3.5);
    assertThat(chart.points().get(0).limits().upper()).isEmpty();
    assertThat(chart.rules()).isEqualTo(RuleSet.anhoj());
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void aRunLongerThanTheLimitSignals() {
    // Median of the fixed baseline: 2. Then nine 3s and a 1: October 2024 (the baseline's last 3)
    // to July 2025 is a run of 10 above. n = 20 useful points, limit round(log2 20) + 3 = 7.
    // Crossings: 9 in the baseline + 1 at the end = 10, not below 6: no crossings signal.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.run(from2024(concat(ALTERNATING, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1)))
            .direction(ImprovementDirection.HIGHER_IS_BETTER)
            .fixLimitsAfter(10)
            .build();

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.longestRun());
      assertThat(f.flagged()).hasSize(10).startsWith(month(2024, 10)).endsWith(month(2025, 7));
      assertThat(f.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVEMENT);
      assertThat(f.describe(Language.DANISH))
          .isEqualTo("10 måneder i træk over medianen, længere end grænsen på 7, oktober 2024–juli 2025");
      assertThat(f.describe(Language.ENGLISH))
          .isEqualTo("10 months in a row above the median, longer than the limit of 7, October 2024–July 2025");
    });
    assertThat(chart.latest().orElseThrow().variation()).contains(Variation.COMMON_CAUSE);
  }

  @Test
  void aRunAtTheLimitDoesNotSignal() {
    // Baseline's last 3 and six more: a run of 7 above; n = 17, limit round(4.09) + 3 = 7.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.run(from2024(concat(ALTERNATING, 3, 3, 3, 3, 3, 3, 1)))
            .fixLimitsAfter(10)
            .build();

    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void pointsOnTheMedianNeitherBreakNorExtendARun() {
    // After the baseline (median 2): 3, 3, 3, 2, 3, 3, 3, 3, 3. The 2 is on the median and skipped:
    // the run is the baseline's last 3 plus eight 3s = 9 useful points; n = 19 − 1 on the median
    // = 19 useful of 20, limit round(log2 19) + 3 = 7. The point on the median is not flagged.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.run(from2024(concat(ALTERNATING, 3, 3, 3, 2, 3, 3, 3, 3, 3, 1)))
            .fixLimitsAfter(10)
            .build();

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.flagged()).hasSize(9).doesNotContain(month(2025, 2));
      assertThat(f.first()).isEqualTo(month(2024, 10));
      assertThat(f.last()).isEqualTo(month(2025, 7));
    });
    assertThat(chart.points().get(13).variation()).contains(Variation.COMMON_CAUSE);
  }

  @Test
  void makingDataCountsShiftIsBrokenByThatSamePointOnTheLine() {
    // The same series under a shift rule: the 2 on the centre line splits 4 + 5 above.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.run(from2024(concat(ALTERNATING, 3, 3, 3, 2, 3, 3, 3, 3, 3, 1)))
            .rules(RuleSet.of("shift of 7", Rule.shift(7)))
            .fixLimitsAfter(10)
            .build();

    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void tooFewCrossingsSignalForTheSegmentAsAWhole() {
    // Runs of 4, 3, 3 above (5) and 3, 4, 3 below (1), alternating: 20 points, median 3, longest
    // run 4 (limit 7), crossings 5, below the 6 expected for n = 20.
    double[] values = {5, 5, 5, 5, 1, 1, 1, 5, 5, 5, 1, 1, 1, 1, 5, 5, 5, 1, 1, 1};
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.run(from2024(values))
            .direction(ImprovementDirection.LOWER_IS_BETTER)
            .build();

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.tooFewCrossings());
      assertThat(f.flagged()).isEmpty();
      assertThat(f.variation()).isEqualTo(Variation.SPECIAL_CAUSE_NEUTRAL);
      assertThat(f.first()).isEqualTo(month(2024, 1));
      assertThat(f.last()).isEqualTo(month(2025, 8));
      assertThat(f.describe(Language.DANISH))
          .isEqualTo("Medianen krydses 5 gange, færre end de 6 der forventes, januar 2024–august 2025");
      assertThat(f.describe(Language.ENGLISH))
          .isEqualTo("The median is crossed 5 times, fewer than the 6 expected, January 2024–August 2025");
    });
    assertThat(chart.points()).allSatisfy(p -> assertThat(p.isSpecialCause()).isFalse());
  }

  @Test
  void sevenCrossingsInTwentyPointsAreEnough() {
    // Eight runs (3, 3, 3, 3, 3, 3, 1, 1 points): 7 crossings, not below 6; ten 5s, ten 1s, median 3.
    double[] values = {5, 5, 5, 1, 1, 1, 5, 5, 5, 1, 1, 1, 5, 5, 5, 1, 1, 1, 5, 1};
    assertThat(ProcessBehaviourChart.run(from2024(values)).build().findings()).isEmpty();
  }

  @Test
  void aConstantSeriesHasNoUsefulPointsAndNoSignal() {
    assertThat(ProcessBehaviourChart.run(from2024(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).build().findings())
        .isEmpty();
  }

  @Test
  void aSinglePointIsARunChartWithTrialCentre() {
    ProcessBehaviourChart chart = ProcessBehaviourChart.run(from2024(4)).build();

    assertThat(chart.segments().get(0).trial()).isTrue();
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void rejectsRulesThatNeedLimits() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.run(from2024(1, 2, 3)).rules(RuleSet.makingDataCount()).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("'Making Data Count' needs process limits")
        .hasMessageContaining("RuleSet.anhoj()");
  }

  @Test
  void anhojsRulesAlsoWorkOnAnXmrChartAroundItsMean() {
    // Twelve 1s then twelve 3s: mean 2, n = 24, limit 8; runs of 12 and 12 both signal, and one
    // crossing is below the 8 expected.
    double[] values = new double[24];
    java.util.Arrays.fill(values, 0, 12, 1);
    java.util.Arrays.fill(values, 12, 24, 3);
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(values)).rules(RuleSet.anhoj()).build();

    assertThat(chart.findings()).extracting(Finding::rule)
        .containsExactly(Rule.longestRun(), Rule.longestRun(), Rule.tooFewCrossings());
  }
}
