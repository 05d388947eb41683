package dk.datainformed.spc;

import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.SpcException;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmrChartTest {

  @Test
  void pinsTheNhsConstants() {
    // NHS England, "Making Data Count" (2019): limits at mean ± 2.66 × mean moving range; the
    // moving range chart's upper limit at 3.267 × mean moving range. 2.66 = 3 / d2, d2 = 1.128.
    assertThat(ProcessBehaviourChart.LIMIT_FACTOR).isEqualTo(2.66);
    assertThat(ProcessBehaviourChart.MOVING_RANGE_LIMIT_FACTOR).isEqualTo(3.267);
    assertThat(3 / 1.128).isCloseTo(2.66, within(0.001));
    assertThat(ProcessBehaviourChart.MINIMUM_BASELINE).isEqualTo(12);
  }

  @Test
  void computesLimitsByHand() {
    // 10, 12, 11, 13, 9: mean 55 / 5 = 11; moving ranges 2, 1, 2, 4, mean 9 / 4 = 2.25.
    // Limits 11 ± 2.66 × 2.25 = 11 ± 5.985 → 5.015 and 16.985; MR upper limit 3.267 × 2.25 = 7.35075.
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(from2024(10, 12, 11, 13, 9)).build();

    Segment segment = chart.segments().get(0);
    assertThat(segment.centre()).isCloseTo(11, within(1e-12));
    assertThat(segment.meanMovingRange().getAsDouble()).isCloseTo(2.25, within(1e-12));
    assertThat(segment.movingRangeUpperLimit().getAsDouble()).isCloseTo(7.35075, within(1e-12));
    assertThat(segment.trial()).isTrue();
    assertThat(segment.baselinePoints()).isEqualTo(5);
    Limits limits = chart.points().get(2).limits();
    assertThat(limits.lower().getAsDouble()).isCloseTo(5.015, within(1e-12));
    assertThat(limits.upper().getAsDouble()).isCloseTo(16.985, within(1e-12));
    assertThat(limits.trial()).isTrue();
    assertThat(chart.points().get(0).movingRange()).isEmpty();
    assertThat(chart.points().get(4).movingRange().getAsDouble()).isEqualTo(4);
    assertThat(chart.findings()).isEmpty();
    assertThat(chart.points()).allSatisfy(p -> assertThat(p.variation()).contains(Variation.COMMON_CAUSE));
  }

  @Test
  void twelvePointsGiveFirmLimitsAndElevenTrialLimits() {
    double[] twelve = {11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9};
    assertThat(ProcessBehaviourChart.xmr(from2024(twelve)).build().segments().get(0).trial())
        .isFalse();
    double[] eleven = java.util.Arrays.copyOf(twelve, 11);
    assertThat(ProcessBehaviourChart.xmr(from2024(eleven)).build().segments().get(0).trial())
        .isTrue();
  }

  @Test
  void aConstantSeriesHasLimitsOnItsCentreAndNoSignal() {
    // Zero moving range: the limits collapse onto the mean. Nothing is outside, nothing strictly
    // above or below the centre, nothing rising: every point is common cause.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).build();

    Limits limits = chart.latest().orElseThrow().limits();
    assertThat(limits.lower().getAsDouble()).isEqualTo(5);
    assertThat(limits.upper().getAsDouble()).isEqualTo(5);
    assertThat(chart.segments().get(0).meanMovingRange().getAsDouble()).isZero();
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void aValueAfterAConstantBaselineIsOutsideItsCollapsedLimits() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(5, 5, 5, 5, 6)).fixLimitsAfter(4).build();

    assertThat(chart.latest().orElseThrow().flaggedBy()).containsExactly(Rule.outsideLimits());
  }

  @Test
  void aSeriesTooShortForAMovingRangeIsDrawnWithoutLimits() {
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(from2024(5)).build();

    assertThat(chart.hasEnoughData()).isFalse();
    assertThat(chart.points().get(0).limits().upper()).isEmpty();
    assertThat(chart.points().get(0).limits().centre()).isEqualTo(5);
    assertThat(chart.notes()).singleElement().isInstanceOfSatisfying(
        ChartNote.NotEnoughData.class, n -> assertThat(n.observed()).isEqualTo(1));
    assertThat(chart.notes().get(0).describe(Language.ENGLISH))
        .isEqualTo("Not enough data for process limits, January 2024: 1 observed value, and limits"
            + " need at least two in a row");
    assertThat(chart.assurance()).isEqualTo(Assurance.NONE);
  }

  @Test
  void aSeriesWhoseEveryPeriodIsMissingIsDrawnWithoutLimits() {
    // A unit whose months were all suppressed: the report gets a chart that says so.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(Double.NaN, Double.NaN, Double.NaN)).build();

    assertThat(chart.hasEnoughData()).isFalse();
    assertThat(chart.latest()).isEmpty();
    assertThat(chart.findings()).isEmpty();
    assertThat(chart.notes().get(0).describe(Language.DANISH))
        .isEqualTo("For få data til kontrolgrænser, januar–marts 2024: 0 observerede værdier, og"
            + " grænser kræver mindst to i træk");
  }

  @Test
  void rejectsAnEmptySeries() {
    assertThatThrownBy(() -> ProcessBehaviourChart.xmr(List.of()).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void twoValuesSeparatedByAGapGiveNoMovingRangeAndNoLimits() {
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(from2024(5, Double.NaN, 7)).build();

    assertThat(chart.hasEnoughData()).isFalse();
    assertThat(chart.points().get(2).limits().centre()).isEqualTo(6);
    assertThat(chart.points().get(2).limits().lower()).isEmpty();
  }

  @Test
  void missingPeriodsAreGapsLeftOutOfTheLimits() {
    // 10, 12, gap, 11, 13: mean 46 / 4 = 11.5; moving ranges only between adjacent observed
    // periods: |12 − 10| = 2 and |13 − 11| = 2, mean 2. Limits 11.5 ± 5.32.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(10, 12, Double.NaN, 11, 13)).build();

    ChartPoint gap = chart.points().get(2);
    assertThat(gap.isMissing()).isTrue();
    assertThat(gap.variation()).isEmpty();
    assertThat(gap.period()).isEqualTo(month(2024, 3));
    assertThat(chart.points().get(3).movingRange()).isEmpty();
    assertThat(chart.segments().get(0).centre()).isEqualTo(11.5);
    assertThat(chart.segments().get(0).meanMovingRange().getAsDouble()).isEqualTo(2);
    assertThat(gap.limits().upper().getAsDouble()).isCloseTo(16.82, within(1e-12));
  }

  @Test
  void theLatestPointSkipsTrailingGaps() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(from2024(10, 12, 11, Double.NaN)).build();

    assertThat(chart.latest().orElseThrow().period()).isEqualTo(month(2024, 3));
  }

  @Test
  void rejectsAGapThatIsNotDeclared() {
    List<Observation> skipping =
        List.of(Observation.of(month(2024, 1), 1), Observation.of(month(2024, 3), 2));

    assertThatThrownBy(() -> ProcessBehaviourChart.xmr(skipping).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("2024M03 follows 2024M01, expected 2024M02")
        .hasMessageContaining("Observation.missing");
  }

  @Test
  void rejectsMixedGrains() {
    List<Observation> mixed =
        List.of(
            Observation.of(month(2024, 1), 1),
            Observation.of(dk.datainformed.core.time.Period.quarter(2024, 1), 2));

    assertThatThrownBy(() -> ProcessBehaviourChart.xmr(mixed).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("mix grains");
  }

  @Test
  void rejectsNonFiniteValues() {
    assertThatThrownBy(() -> Observation.of(month(2024, 1), Double.NaN))
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("finite");
  }
}
