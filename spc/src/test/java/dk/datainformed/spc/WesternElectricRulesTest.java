package dk.datainformed.spc;

import static dk.datainformed.spc.Series.concat;
import static dk.datainformed.spc.Series.from2024;
import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ImprovementDirection;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the Western Electric rules (Western Electric, Statistical Quality Control
 * Handbook, 1956). Baseline 11, 9, 11, 9 as in MakingDataCountRulesTest: mean 10, one sigma 1.7733,
 * so one sigma above is 11.7733, two sigma 13.5467, the limit 15.32; one sigma below 8.2267.
 */
class WesternElectricRulesTest {
  private static final double[] BASELINE = {11, 9, 11, 9};

  private static ProcessBehaviourChart chart(double... after) {
    return ProcessBehaviourChart.xmr(from2024(concat(BASELINE, after)))
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .rules(RuleSet.westernElectric())
        .fixLimitsAfter(4)
        .build();
  }

  @Test
  void aPointBeyondTheLimitCountsTowardTwoOfThree() {
    // Unlike Making Data Count: 16 (outside) and 14 (outer third) are two of three.
    ProcessBehaviourChart chart = chart(16, 10.5, 14);

    assertThat(chart.points().get(4).flaggedBy())
        .containsExactly(Rule.outsideLimits(), Rule.twoOfThreeBeyondTwoSigma(true));
    assertThat(chart.points().get(6).flaggedBy()).containsExactly(Rule.twoOfThreeBeyondTwoSigma(true));
    assertThat(chart.points().get(6).variation()).contains(Variation.SPECIAL_CAUSE_CONCERN);
  }

  @Test
  void fourOfFiveBeyondOneSigmaSignal() {
    // 12, 12.5, 10.5, 12, 12: four above 11.7733; 10.5 is not flagged.
    ProcessBehaviourChart chart = chart(12, 12.5, 10.5, 12, 12);

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.fourOfFiveBeyondOneSigma());
      assertThat(f.flagged())
          .containsExactly(month(2024, 5), month(2024, 6), month(2024, 8), month(2024, 9));
      assertThat(f.describe(Language.DANISH))
          .isEqualTo("4 måneder mere end 1 sigma over gennemsnittet (4 af 5 i træk), maj–september 2024");
    });
  }

  @Test
  void fourOfFiveBelowSignalAsImprovementWhenLowerIsBetter() {
    ProcessBehaviourChart chart = chart(8, 8, 10, 8, 8);

    assertThat(chart.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.fourOfFiveBeyondOneSigma());
      assertThat(f.variation()).isEqualTo(Variation.SPECIAL_CAUSE_IMPROVEMENT);
    });
  }

  @Test
  void threeOfFiveBeyondOneSigmaDoNotSignal() {
    assertThat(chart(12, 10.5, 12, 10.5, 12).findings()).isEmpty();
  }

  @Test
  void eightOnOneSideSignalButSevenDoNot() {
    assertThat(chart(12, 11, 12, 11, 12, 11, 12).findings()).isEmpty();

    ProcessBehaviourChart eight = chart(12, 11, 12, 11, 12, 11, 12, 11);
    assertThat(eight.findings()).singleElement().satisfies(f -> {
      assertThat(f.rule()).isEqualTo(Rule.shift(8));
      assertThat(f.flagged()).hasSize(8);
    });
  }

  @Test
  void theSetIsNamedAndHasNoTrendRule() {
    assertThat(RuleSet.westernElectric().name()).isEqualTo("Western Electric");
    assertThat(RuleSet.westernElectric().rules()).noneMatch(r -> r instanceof Rule.Trend);
    assertThat(RuleSet.makingDataCount().rules())
        .containsExactly(
            Rule.outsideLimits(), Rule.shift(7), Rule.trend(7), Rule.twoOfThreeBeyondTwoSigma(false));
  }
}
