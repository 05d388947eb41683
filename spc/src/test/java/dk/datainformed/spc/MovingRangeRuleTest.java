package dk.datainformed.spc;

import static dk.datainformed.spc.Series.concat;
import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.SpcException;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the moving-range rule. Baseline 11, 9, 11, 9 fixed after four points: mean 10,
 * mean moving range 2, so the moving-range limit is 3.267 × 2 = 6.534 and the process limits are
 * 10 ± 2.66 × 2 = 4.68 and 15.32.
 */
class MovingRangeRuleTest {
  private static final double[] BASELINE = {11, 9, 11, 9};
  private static final RuleSet JUMPS = RuleSet.of("jumps", Rule.movingRangeAboveLimit());

  private static ProcessBehaviourChart chart(RuleSet rules, double... after) {
    return ProcessBehaviourChart.xmr(from2024(concat(BASELINE, after)))
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .rules(rules)
        .fixLimitsAfter(4)
        .build();
  }

  @Test
  void aJumpLargerThanTheLimitInsideTheProcessLimitsIsASignal() {
    // 14 then 7.4: both inside 4.68–15.32, but the jump of 6.6 is above 6.534.
    ProcessBehaviourChart chart = chart(JUMPS, 14, 7.4);

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.flagged()).containsExactly(month(2024, 6));
      assertThat(f.first()).isEqualTo(month(2024, 5));
      assertThat(f.last()).isEqualTo(month(2024, 6));
      assertThat(f.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVEMENT);
      assertThat(f.describe(Language.DANISH)).isEqualTo(
          "spring ned fra perioden før, større end grænsen for variationsbredden (moving range),"
              + " maj–juni 2024");
      assertThat(f.describe(Language.ENGLISH)).isEqualTo(
          "jump down from the period before, larger than the moving-range limit, May–June 2024");
    });
    assertThat(chart(RuleSet.makingDataCount(), 14, 7.4).findings())
        .as("the built-in rule sets do not see it").isEmpty();
  }

  @Test
  void aJumpJustUnderTheLimitIsNoise() {
    // 14 then 7.5: a jump of 6.5, under 6.534.
    assertThat(chart(JUMPS, 14, 7.5).findings()).isEmpty();
  }

  @Test
  void aJumpUpIsAConcernWhenLowerIsBetter() {
    ProcessBehaviourChart chart = chart(JUMPS, 7, 14);

    assertThat(chart.points().get(5).flaggedBy()).containsExactly(Rule.movingRangeAboveLimit());
    assertThat(chart.points().get(5).variation()).contains(Variation.SPECIAL_CAUSE_CONCERN);
  }

  @Test
  void aMissingPeriodBreaksTheMovingRange() {
    List<Observation> observations = from2024(concat(BASELINE, 14, 0, 7.4));
    observations.set(5, Observation.missing(observations.get(5).period()));
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(observations)
        .rules(JUMPS).fixLimitsAfter(4).build();

    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void onlyAnXmrChartHasAMovingRange() {
    assertThatThrownBy(() -> ProcessBehaviourChart.run(from2024(1, 2, 3)).rules(JUMPS).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("moving-range rule, which needs an XmR chart");
  }

  @Property
  void shiftingTheValuesChangesNoJumpAndMirroringFlipsEachOne(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = -500, max = 500) Integer> values,
      @ForAll @IntRange(min = -10_000, max = 10_000) int shift) {
    List<String> plain = jumps(values, 0, 1);

    assertThat(jumps(values, shift, 1)).isEqualTo(plain);
    assertThat(jumps(values, 0, -1)).isEqualTo(
        plain.stream().map(s -> s.startsWith("UP") ? "DOWN" + s.substring(2) : "UP" + s.substring(4))
            .collect(Collectors.toList()));
  }

  /** Each jump as side and flagged periods. */
  private static List<String> jumps(List<Integer> values, int shift, int factor) {
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (double) values.get(i) * factor + shift;
    }
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(from2024(v))
        .direction(ImprovementDirection.HIGHER_IS_BETTER).rules(JUMPS).build();
    return chart.findings().stream()
        .map(f -> (f.variation() == Variation.SPECIAL_CAUSE_IMPROVEMENT ? "UP " : "DOWN ") + f.flagged())
        .collect(Collectors.toList());
  }
}
