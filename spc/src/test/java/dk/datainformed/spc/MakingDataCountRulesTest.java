package dk.datainformed.spc;

import static dk.datainformed.spc.ImprovementDirection.HIGHER_IS_BETTER;
import static dk.datainformed.spc.ImprovementDirection.LOWER_IS_BETTER;
import static dk.datainformed.spc.ImprovementDirection.NEUTRAL;
import static dk.datainformed.spc.Series.concat;
import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ImprovementDirection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Known answers for NHS England's Making Data Count rules.
 *
 * <p>Every series starts with the baseline 11, 9, 11, 9 (January–April 2024) and fixes the limits
 * after it, so the limits are known by hand: mean 40 / 4 = 10; moving ranges 2, 2, 2, mean 2;
 * limits 10 ± 2.66 × 2 = 4.68 and 15.32; one sigma 5.32 / 3 = 1.7733…; the outer thirds are above
 * 10 + 2 × 1.7733 = 13.5467 and below 6.4533. The last baseline point, 9, is below the mean.
 */
class MakingDataCountRulesTest {
  private static final double[] BASELINE = {11, 9, 11, 9};

  private static ProcessBehaviourChart chart(ImprovementDirection direction, double... after) {
    return ProcessBehaviourChart.xmr(from2024(concat(BASELINE, after)))
        .direction(direction)
        .rules(RuleSet.makingDataCount())
        .fixLimitsAfter(4)
        .build();
  }

  private static List<Period> flaggedBy(ProcessBehaviourChart chart, Rule rule) {
    return chart.points().stream()
        .filter(p -> p.flaggedBy().contains(rule))
        .map(ChartPoint::period)
        .collect(Collectors.toList());
  }

  private static List<Period> months(int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to)
        .mapToObj(m -> month(2024, m))
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, 16, SPECIAL_CAUSE_IMPROVEMENT",
    "LOWER_IS_BETTER, 16, SPECIAL_CAUSE_CONCERN",
    "NEUTRAL, 16, SPECIAL_CAUSE_NEUTRAL",
    "HIGHER_IS_BETTER, 4, SPECIAL_CAUSE_CONCERN",
    "LOWER_IS_BETTER, 4, SPECIAL_CAUSE_IMPROVEMENT",
    "NEUTRAL, 4, SPECIAL_CAUSE_NEUTRAL"
  })
  void aPointOutsideTheLimitsIsASpecialCauseJudgedByDirection(
      ImprovementDirection direction, double value, Variation expected) {
    // 16 > 15.32 and 4 < 4.68.
    ProcessBehaviourChart chart = chart(direction, value);

    ChartPoint latest = chart.latest().orElseThrow();
    assertThat(latest.variation()).contains(expected);
    assertThat(latest.flaggedBy()).containsExactly(Rule.outsideLimits());
    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.outsideLimits());
      assertThat(f.flagged()).containsExactly(month(2024, 5));
    });
  }

  @Test
  void aPointOnALimitIsInside() {
    // The engine's own arithmetic: mean 10.0 and mean moving range 2.0 exactly.
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 10 + 2.66 * 2.0, 10 - 2.66 * 2.0);

    assertThat(flaggedBy(chart, Rule.outsideLimits())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, SPECIAL_CAUSE_IMPROVEMENT",
    "LOWER_IS_BETTER, SPECIAL_CAUSE_CONCERN",
    "NEUTRAL, SPECIAL_CAUSE_NEUTRAL"
  })
  void sevenPointsAboveTheMeanAreAShift(ImprovementDirection direction, Variation expected) {
    // May–November: 12, 11, 12, 11, 12, 11, 12, all above 10, none in the outer third, no trend.
    ProcessBehaviourChart chart = chart(direction, 12, 11, 12, 11, 12, 11, 12);

    assertThat(flaggedBy(chart, Rule.shift(7))).isEqualTo(months(5, 11));
    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.variation()).isEqualTo(expected);
      assertThat(f.describe(Language.DANISH))
          .isEqualTo("7 måneder i træk over gennemsnittet, maj–november 2024");
      assertThat(f.describe(Language.ENGLISH))
          .isEqualTo("7 months in a row above the mean, May–November 2024");
    });
    assertThat(chart.latest().orElseThrow().variation()).contains(expected);
  }

  @Test
  void sevenPointsBelowTheMeanAreAShiftOfConcernWhenHigherIsBetter() {
    // April's 9 starts the run: April–October, 7 points below 10.
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 8, 9, 8, 9, 8, 9);

    assertThat(flaggedBy(chart, Rule.shift(7))).isEqualTo(months(4, 10));
    assertThat(chart.findings().get(0).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
    assertThat(chart.findings().get(0).describe(Language.ENGLISH))
        .isEqualTo("7 months in a row below the mean, April–October 2024");
  }

  @Test
  void sixPointsOnOneSideAreNotAShift() {
    assertThat(chart(HIGHER_IS_BETTER, 12, 11, 12, 11, 12, 11).findings()).isEmpty();
  }

  @Test
  void aPointOnTheCentreLineBreaksTheRun() {
    // 12, 11, 12, then 10 (on the mean), then 11, 12, 11, 12: runs of 3 and 4, not 8.
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 12, 11, 12, 10, 11, 12, 11, 12);

    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void aGapDoesNotBreakTheRun() {
    // Seven observed points above the mean with a missing month among them still signal.
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 12, 11, 12, Double.NaN, 11, 12, 11, 12);

    assertThat(flaggedBy(chart, Rule.shift(7)))
        .containsExactly(
            month(2024, 5), month(2024, 6), month(2024, 7), month(2024, 9), month(2024, 10),
            month(2024, 11), month(2024, 12));
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, SPECIAL_CAUSE_IMPROVEMENT",
    "LOWER_IS_BETTER, SPECIAL_CAUSE_CONCERN",
    "NEUTRAL, SPECIAL_CAUSE_NEUTRAL"
  })
  void sevenRisingPointsAreATrend(ImprovementDirection direction, Variation expected) {
    // April's 9 falls to 7.0 in May; then May–November rise: 7.0 … 11.0, all inside the limits and
    // outside the outer thirds; April–September are six below the mean, so no shift.
    ProcessBehaviourChart chart = chart(direction, 7.0, 7.5, 8.0, 8.5, 9.0, 10.5, 11.0);

    assertThat(flaggedBy(chart, Rule.trend(7))).isEqualTo(months(5, 11));
    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.variation()).isEqualTo(expected);
      assertThat(f.describe(Language.DANISH))
          .isEqualTo("7 måneder i træk stigende, maj–november 2024");
    });
  }

  @Test
  void sevenFallingPointsAreATrendOfImprovementWhenLowerIsBetter() {
    // April's 9 rises to 13 in May; then May–November fall: 13 … 9.5.
    ProcessBehaviourChart chart = chart(LOWER_IS_BETTER, 13.0, 12.5, 12.0, 11.5, 11.0, 10.5, 9.5);

    assertThat(flaggedBy(chart, Rule.trend(7))).isEqualTo(months(5, 11));
    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVEMENT);
      assertThat(f.describe(Language.ENGLISH)).isEqualTo("7 months in a row falling, May–November 2024");
    });
  }

  @Test
  void aTieEndsATrendAndStartsTheNextOne() {
    // 7.0, 7.5, 8.0, 8.0, 8.5, 9.0, 9.5, 10.5: eight points that never fall, but the tie splits
    // them into rising runs of 3 (7.0–8.0) and 5 (8.0–10.5). Neither reaches 7.
    ProcessBehaviourChart chart = chart(NEUTRAL, 7.0, 7.5, 8.0, 8.0, 8.5, 9.0, 9.5, 10.5);

    assertThat(flaggedBy(chart, Rule.trend(7))).isEmpty();
  }

  @Test
  void aTieAfterACompleteTrendLeavesTheTrendAndIsNotFlagged() {
    // 7.0 … 10.5 rise over seven points (May–November), December ties at 10.5.
    ProcessBehaviourChart chart = chart(NEUTRAL, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.5, 10.5);

    assertThat(flaggedBy(chart, Rule.trend(7))).isEqualTo(months(5, 11));
  }

  @Test
  void theTurningPointBelongsToBothRuns() {
    // Rising 7.0 … 10.5 (May–November), then falling from 10.5: November is the peak of the rise
    // and the start of the fall (10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.5 = seven falling points).
    double[] rise = {7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.5};
    double[] fall = {10.0, 9.5, 9.0, 8.5, 8.0, 7.5};
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(concat(concat(BASELINE, rise), fall)))
            .rules(RuleSet.of("trend only", Rule.trend(7)))
            .fixLimitsAfter(4)
            .build();

    assertThat(chart.findings()).hasSize(2);
    assertThat(chart.findings().get(0).last()).isEqualTo(month(2024, 11));
    assertThat(chart.findings().get(1).first()).isEqualTo(month(2024, 11));
    assertThat(chart.findings().get(1).flagged()).hasSize(7);
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, SPECIAL_CAUSE_IMPROVEMENT",
    "LOWER_IS_BETTER, SPECIAL_CAUSE_CONCERN"
  })
  void twoOfThreeInTheUpperOuterThirdSignal(ImprovementDirection direction, Variation expected) {
    // 14 lies in (13.5467, 15.32]; 10.5 does not. The two 14s are flagged, 10.5 is not.
    ProcessBehaviourChart chart = chart(direction, 14, 10.5, 14);

    Rule rule = Rule.twoOfThreeBeyondTwoSigma(false);
    assertThat(flaggedBy(chart, rule)).containsExactly(month(2024, 5), month(2024, 7));
    assertThat(chart.points().get(5).variation()).contains(Variation.COMMON_CAUSE);
    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.variation()).isEqualTo(expected);
      assertThat(f.describe(Language.ENGLISH))
          .isEqualTo("2 months in the outer third above the mean (2 of 3 in a row), May–July 2024");
    });
  }

  @Test
  void twoOfThreeInTheLowerOuterThirdSignal() {
    // 6 lies in [4.68, 6.4533); 9.5 is below the mean too, so all three lie on the low side.
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 6, 9.5, 6);

    assertThat(flaggedBy(chart, Rule.twoOfThreeBeyondTwoSigma(false)))
        .containsExactly(month(2024, 5), month(2024, 7));
    assertThat(chart.findings().get(0).variation()).isEqualTo(Variation.SPECIAL_CAUSE_CONCERN);
  }

  @Test
  void aPointOnTheMeanBreaksTwoOfThree() {
    // 10 is the mean: on neither side (NHSRplotthedots' sign(y - mean) is 0 there).
    assertThat(flaggedBy(chart(HIGHER_IS_BETTER, 6, 10, 6), Rule.twoOfThreeBeyondTwoSigma(false)))
        .isEmpty();
  }

  @Test
  void twoInTheOuterThirdFourApartDoNotSignal() {
    assertThat(chart(HIGHER_IS_BETTER, 14, 10.5, 10.5, 14).findings()).isEmpty();
  }

  @Test
  void twoOnOppositeSidesDoNotSignal() {
    assertThat(chart(HIGHER_IS_BETTER, 14, 6, 10.5).findings()).isEmpty();
  }

  @Test
  void twoOfThreeNeedsTheThirdPointOnTheSameSide() {
    // Issue 14's series: [9, 11] × 8, then 16, 9, 16, 11. By hand: mean 212 / 20 = 10.6; moving
    // ranges 15 × 2 + 5 + 7 + 7 + 5 = 54 over 19, so 2σ = 2 × 2.66 × 54 / 19 / 3 = 5.04 and the
    // outer third above starts at 15.64, the upper limit at 18.16. Both 16s lie in it, but the 9
    // between them lies below the mean: NHSRplotthedots does not flag them, nor do we.
    double[] values = new double[20];
    for (int i = 0; i < 16; i++) {
      values[i] = i % 2 == 0 ? 9 : 11;
    }
    values[16] = 16;
    values[17] = 9;
    values[18] = 16;
    values[19] = 11;
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(Series.from2024(values)).build();

    assertThat(chart.points().get(0).limits().centre()).isCloseTo(10.6, within(1e-12));
    assertThat(chart.points().get(0).limits().upper().getAsDouble())
        .isCloseTo(10.6 + 2.66 * 54 / 19, within(1e-12));
    assertThat(flaggedBy(chart, Rule.twoOfThreeBeyondTwoSigma(false))).isEmpty();
    assertThat(chart.points().get(16).isSpecialCause()).isFalse();
    assertThat(chart.points().get(18).isSpecialCause()).isFalse();
  }

  @Test
  void twoOfThreeSignalsWhenTheThirdPointIsOnTheSameSide() {
    // The same series with 12 (above the mean of 10.75) between the 16s: mean 215 / 20 = 10.75,
    // moving ranges 30 + 5 + 4 + 4 + 5 = 48 over 19, outer third from 10.75 + 2 × 2.66 × 48 / 57 =
    // 15.23, limit 17.47. All three of 16, 12, 16 lie above the mean: both 16s are flagged.
    double[] values = new double[20];
    for (int i = 0; i < 16; i++) {
      values[i] = i % 2 == 0 ? 9 : 11;
    }
    values[16] = 16;
    values[17] = 12;
    values[18] = 16;
    values[19] = 11;
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(Series.from2024(values)).build();

    assertThat(chart.points().get(0).limits().centre()).isCloseTo(10.75, within(1e-12));
    assertThat(flaggedBy(chart, Rule.twoOfThreeBeyondTwoSigma(false)))
        .containsExactly(month(2025, 5), month(2025, 7));
  }

  @Test
  void aPointOutsideTheLimitsDoesNotCountTowardTwoOfThree() {
    // 16 is above 15.32: a signal of its own, but it does not make 14 the second of two.
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 16, 10.5, 14);

    assertThat(flaggedBy(chart, Rule.outsideLimits())).containsExactly(month(2024, 5));
    assertThat(flaggedBy(chart, Rule.twoOfThreeBeyondTwoSigma(false))).isEmpty();
    assertThat(chart.points().get(6).variation()).contains(Variation.COMMON_CAUSE);
  }

  @Test
  void aPointFlaggedBothWaysIsAConcern() {
    // Higher is better. April–October lie below the mean (concern: shift of 7 below); May–October
    // rise 7.0 … 9.5 with April's 9 falling to 7.0 first, so the rise is May–November with 10.5.
    // Here November is 9.8, still below: May–November are both a rising trend (improvement) and
    // part of a run of 8 below the mean (concern).
    ProcessBehaviourChart chart = chart(HIGHER_IS_BETTER, 7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 9.8);

    ChartPoint november = chart.points().get(10);
    assertThat(november.flaggedBy()).containsExactly(Rule.shift(7), Rule.trend(7));
    assertThat(november.variation()).contains(Variation.SPECIAL_CAUSE_CONCERN);
  }
}
