package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImprovementDirectionTest {

  @Test
  void aRiseImprovesOnlyWhenHigherIsBetter() {
    assertThat(ImprovementDirection.HIGHER_IS_BETTER.isImprovement(true)).isTrue();
    assertThat(ImprovementDirection.HIGHER_IS_BETTER.isImprovement(false)).isFalse();
    assertThat(ImprovementDirection.LOWER_IS_BETTER.isImprovement(false)).isTrue();
    assertThat(ImprovementDirection.LOWER_IS_BETTER.isImprovement(true)).isFalse();
    assertThat(ImprovementDirection.NEUTRAL.isImprovement(true)).isFalse();
    assertThat(ImprovementDirection.NEUTRAL.isImprovement(false)).isFalse();
  }
}
