package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ValueRangeTest {

  @Test
  void aPercentageGetsNoLowerLimitBelowZero() {
    // 1, 3, 1, 3, 1, 3: mean 2, mean moving range 2, limits 2 ± 5.32 = −3.32 and 7.32.
    ProcessBehaviourChart plain = ProcessBehaviourChart.xmr(Series.from2024(1, 3, 1, 3, 1, 3)).build();
    ProcessBehaviourChart clamped =
        ProcessBehaviourChart.xmr(Series.from2024(1, 3, 1, 3, 1, 3)).range(ValueRange.percent()).build();

    assertThat(plain.points().get(0).limits().lower().getAsDouble()).isCloseTo(-3.32, within(1e-9));
    assertThat(clamped.points().get(0).limits().lower().getAsDouble()).isEqualTo(0);
    assertThat(clamped.points().get(0).limits().upper().getAsDouble()).isCloseTo(7.32, within(1e-9));
    assertThat(clamped.range()).contains(ValueRange.percent());
  }

  @Test
  void aShareGetsNoUpperLimitAboveOne() {
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.xmr(Series.from2024(0.9, 0.99, 0.9, 0.99)).range(0, 1).build();

    assertThat(chart.points().get(0).limits().upper().getAsDouble()).isEqualTo(1);
  }

  @Test
  void rejectsAValueOutsideTheRange() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.xmr(Series.from2024(50, 101)).range(ValueRange.percent()).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("2024M02 has the value 101.0, outside the chart's range 0–100");
  }

  @Test
  void clampsAndContains() {
    assertThat(ValueRange.nonNegative().clamp(-2)).isEqualTo(0);
    assertThat(ValueRange.nonNegative().clamp(1e9)).isEqualTo(1e9);
    assertThat(ValueRange.share().contains(1)).isTrue();
    assertThat(ValueRange.share().contains(1.01)).isFalse();
    assertThat(ValueRange.unbounded().clamp(-7)).isEqualTo(-7);
    assertThatThrownBy(() -> ValueRange.between(5, 1))
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("lowest value must lie below the highest");
  }
}
