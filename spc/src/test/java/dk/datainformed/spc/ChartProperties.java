package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.spc.ImprovementDirection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Laws of process behaviour charts. Values are whole numbers, so comparisons with the centre line
 * are exact and no point flips sides through rounding.
 */
class ChartProperties {

  private static List<Observation> series(List<Integer> values, int shift, int factor) {
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (double) values.get(i) * factor + shift;
    }
    return Series.from2024(v);
  }

  private static List<String> signals(ProcessBehaviourChart chart) {
    return chart.findings().stream()
        .map(f -> f.rule() + " " + f.flagged() + " " + f.variation())
        .collect(Collectors.toList());
  }

  @Property
  void limitsShiftWithTheValues(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = -500, max = 500) Integer> values,
      @ForAll @IntRange(min = -10_000, max = 10_000) int shift) {
    ProcessBehaviourChart before =
        ProcessBehaviourChart.xmr(series(values, 0, 1)).direction(ImprovementDirection.HIGHER_IS_BETTER).build();
    ProcessBehaviourChart after =
        ProcessBehaviourChart.xmr(series(values, shift, 1)).direction(ImprovementDirection.HIGHER_IS_BETTER).build();

    for (int i = 0; i < values.size(); i++) {
      Limits a = before.points().get(i).limits();
      Limits b = after.points().get(i).limits();
      assertThat(b.centre()).isCloseTo(a.centre() + shift, within(1e-6));
      assertThat(b.lower().getAsDouble()).isCloseTo(a.lower().getAsDouble() + shift, within(1e-6));
      assertThat(b.upper().getAsDouble()).isCloseTo(a.upper().getAsDouble() + shift, within(1e-6));
    }
    assertThat(signals(after)).isEqualTo(signals(before));
  }

  @Property
  void limitsScaleWithAPositiveFactor(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = -500, max = 500) Integer> values,
      @ForAll @IntRange(min = 1, max = 1000) int factor) {
    ProcessBehaviourChart before = ProcessBehaviourChart.xmr(series(values, 0, 1)).build();
    ProcessBehaviourChart after = ProcessBehaviourChart.xmr(series(values, 0, factor)).build();

    for (int i = 0; i < values.size(); i++) {
      Limits a = before.points().get(i).limits();
      Limits b = after.points().get(i).limits();
      assertThat(b.centre()).isCloseTo(a.centre() * factor, within(1e-6 * factor));
      assertThat(b.lower().getAsDouble()).isCloseTo(a.lower().getAsDouble() * factor, within(1e-6 * factor));
      assertThat(b.upper().getAsDouble()).isCloseTo(a.upper().getAsDouble() * factor, within(1e-6 * factor));
    }
    assertThat(after.segments().get(0).meanMovingRange().getAsDouble())
        .isCloseTo(before.segments().get(0).meanMovingRange().getAsDouble() * factor, within(1e-6 * factor));
  }

  @Property
  void reversingASeriesMirrorsItsTrends(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 6) Integer> values,
      @ForAll @IntRange(min = 2, max = 7) int length) {
    List<Integer> reversed = new ArrayList<>(values);
    Collections.reverse(reversed);
    RuleSet trendOnly = RuleSet.of("trend", Rule.trend(length));
    ProcessBehaviourChart forward =
        ProcessBehaviourChart.xmr(series(values, 0, 1))
            .direction(ImprovementDirection.HIGHER_IS_BETTER)
            .rules(trendOnly)
            .build();
    ProcessBehaviourChart backward =
        ProcessBehaviourChart.xmr(series(reversed, 0, 1))
            .direction(ImprovementDirection.HIGHER_IS_BETTER)
            .rules(trendOnly)
            .build();

    int n = values.size();
    for (int i = 0; i < n; i++) {
      ChartPoint a = forward.points().get(i);
      ChartPoint b = backward.points().get(n - 1 - i);
      assertThat(b.flaggedBy()).isEqualTo(a.flaggedBy());
    }
    List<String> mirrored =
        forward.findings().stream()
            .map(f -> mirror(f.variation()) + " " + f.flagged().size())
            .collect(Collectors.toList());
    List<String> found =
        backward.findings().stream()
            .map(f -> f.variation() + " " + f.flagged().size())
            .collect(Collectors.toList());
    assertThat(found).containsExactlyInAnyOrderElementsOf(mirrored);
  }

  private static Variation mirror(Variation v) {
    return v == Variation.SPECIAL_CAUSE_IMPROVEMENT
        ? Variation.SPECIAL_CAUSE_CONCERN
        : v == Variation.SPECIAL_CAUSE_CONCERN ? Variation.SPECIAL_CAUSE_IMPROVEMENT : v;
  }

  @Property
  void addingAPointNeverMovesFixedLimits(
      @ForAll @Size(min = 2, max = 30) List<@IntRange(min = -500, max = 500) Integer> values,
      @ForAll @IntRange(min = 2, max = 15) int baseline,
      @ForAll @IntRange(min = -2000, max = 2000) int added) {
    int fixed = Math.min(baseline, values.size());
    List<Integer> longer = new ArrayList<>(values);
    longer.add(added);
    ProcessBehaviourChart before =
        ProcessBehaviourChart.xmr(series(values, 0, 1)).fixLimitsAfter(fixed).build();
    ProcessBehaviourChart after =
        ProcessBehaviourChart.xmr(series(longer, 0, 1)).fixLimitsAfter(fixed).build();

    for (int i = 0; i < values.size(); i++) {
      assertThat(after.points().get(i).limits()).isEqualTo(before.points().get(i).limits());
    }
    assertThat(after.points().get(values.size()).limits())
        .isEqualTo(before.points().get(values.size() - 1).limits());
  }

  @Property
  void pPrimeLimitsAlwaysContainTheCentreAndStayWithinZeroAndOne(
      @ForAll @Size(min = 2, max = 30) List<@IntRange(min = 1, max = 99) Integer> numerators,
      @ForAll @IntRange(min = 100, max = 5000) int denominator) {
    List<Observation> observations = new ArrayList<>();
    dk.datainformed.core.time.Period period = Series.month(2024, 1);
    for (int i = 0; i < numerators.size(); i++) {
      observations.add(Observation.ratio(period, numerators.get(i), denominator + 37.0 * i));
      period = period.next();
    }
    ProcessBehaviourChart chart = ProcessBehaviourChart.pPrime(observations).build();

    assertThat(chart.points()).allSatisfy(p -> {
      assertThat(p.limits().lower().getAsDouble()).isBetween(0.0, p.limits().centre());
      assertThat(p.limits().upper().getAsDouble()).isBetween(p.limits().centre(), 1.0);
    });
  }
}
