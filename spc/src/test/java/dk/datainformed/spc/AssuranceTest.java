package dk.datainformed.spc;

import static dk.datainformed.spc.Series.from2024;
import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.spc.ImprovementDirection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** 11, 9, 11, 9: limits 10 ± 2.66 × 2 = 4.68 and 15.32 (see MakingDataCountRulesTest). */
class AssuranceTest {

  private static ProcessBehaviourChart chart(ImprovementDirection direction, double target) {
    return ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9)).direction(direction).target(target).build();
  }

  @ParameterizedTest
  @CsvSource({
    "HIGHER_IS_BETTER, 4, CONSISTENTLY_PASSES",
    "HIGHER_IS_BETTER, 16, CONSISTENTLY_FAILS",
    "HIGHER_IS_BETTER, 10, HIT_AND_MISS",
    "LOWER_IS_BETTER, 16, CONSISTENTLY_PASSES",
    "LOWER_IS_BETTER, 4, CONSISTENTLY_FAILS",
    "LOWER_IS_BETTER, 10, HIT_AND_MISS",
    "NEUTRAL, 4, NONE",
    "NEUTRAL, 16, NONE"
  })
  void judgesTheTargetAgainstTheLimits(
      ImprovementDirection direction, double target, Assurance expected) {
    assertThat(chart(direction, target).assurance()).isEqualTo(expected);
  }

  @Test
  void aTargetOnALimitIsHitAndMiss() {
    assertThat(chart(ImprovementDirection.HIGHER_IS_BETTER, 10 - 2.66 * 2.0).assurance())
        .isEqualTo(Assurance.HIT_AND_MISS);
  }

  @Test
  void noTargetGivesNoAssurance() {
    assertThat(
            ProcessBehaviourChart.xmr(from2024(11, 9, 11, 9))
                .direction(ImprovementDirection.HIGHER_IS_BETTER)
                .build()
                .assurance())
        .isEqualTo(Assurance.NONE);
  }

  @Test
  void aRunChartGivesNoAssurance() {
    assertThat(
            ProcessBehaviourChart.run(from2024(11, 9, 11, 9))
                .direction(ImprovementDirection.HIGHER_IS_BETTER)
                .target(4)
                .build()
                .assurance())
        .isEqualTo(Assurance.NONE);
  }
}
