package dk.datainformed.spc;

import static dk.datainformed.spc.Series.month;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.SpcException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers for Laney's P′ and U′ charts (Laney, "Improved control charts for attributes",
 * Quality Engineering 14(4), 2002): centre = Σx / Σn; σ<sub>i</sub> = sqrt(p̄(1 − p̄)/n<sub>i</sub>)
 * (P′) or sqrt(ū/n<sub>i</sub>) (U′); z<sub>i</sub> = (p<sub>i</sub> − p̄)/σ<sub>i</sub>; σ<sub>z</sub>
 * = mean moving range of z / 1.128; limits = centre ± 3 σ<sub>i</sub> σ<sub>z</sub>.
 */
class LaneyChartTest {

  private static List<Observation> ratios(double[][] xn) {
    java.util.List<Observation> result = new java.util.ArrayList<>();
    for (int i = 0; i < xn.length; i++) {
      result.add(Observation.ratio(month(2024, i + 1), xn[i][0], xn[i][1]));
    }
    return result;
  }

  @Test
  void computesPPrimeLimitsByHand() {
    // 55/100, 10/25, 15/25, 45/100: p̄ = 125/250 = 0.5; σ = 0.05, 0.1, 0.1, 0.05;
    // z = 1, −1, 1, −1; moving ranges 2, 2, 2; σz = 2 / 1.128 = 1.773050.
    // n = 100: 0.5 ± 3 × 0.05 × 1.773050 = 0.5 ± 0.265957 → 0.234043 and 0.765957.
    // n = 25: 0.5 ± 0.531915, clipped to 0 and 1.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.pPrime(ratios(new double[][] {{55, 100}, {10, 25}, {15, 25}, {45, 100}}))
            .build();

    assertThat(chart.segments().get(0).centre()).isEqualTo(0.5);
    Limits large = chart.points().get(0).limits();
    assertThat(large.lower().getAsDouble()).isCloseTo(0.5 - 0.3 / 1.128, within(1e-12));
    assertThat(large.lower().getAsDouble()).isCloseTo(0.234043, within(1e-6));
    assertThat(large.upper().getAsDouble()).isCloseTo(0.765957, within(1e-6));
    Limits small = chart.points().get(1).limits();
    assertThat(small.lower().getAsDouble()).isZero();
    assertThat(small.upper().getAsDouble()).isEqualTo(1);
    assertThat(chart.points().get(0).value().getAsDouble()).isEqualTo(0.55);
    assertThat(chart.findings()).isEmpty();
  }

  @Test
  void computesUPrimeLimitsByHand() {
    // 6/4, 12/16, 2/4, 20/16: ū = 40/40 = 1; σ = 0.5, 0.25, 0.5, 0.25; z = 1, −1, −1, 1;
    // moving ranges 2, 0, 2, mean 4/3; σz = (4/3) / 1.128 = 1.182033.
    // n = 16: 1 ± 3 × 0.25 × 1.182033 = 1 ± 0.886525 → 0.113475 and 1.886525.
    // n = 4: 1 ± 1.773050 → clipped to 0, and 2.773050.
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.uPrime(ratios(new double[][] {{6, 4}, {12, 16}, {2, 4}, {20, 16}}))
            .build();

    assertThat(chart.segments().get(0).centre()).isEqualTo(1);
    assertThat(chart.points().get(1).limits().lower().getAsDouble()).isCloseTo(0.113475, within(1e-6));
    assertThat(chart.points().get(1).limits().upper().getAsDouble()).isCloseTo(1.886525, within(1e-6));
    assertThat(chart.points().get(0).limits().lower().getAsDouble()).isZero();
    assertThat(chart.points().get(0).limits().upper().getAsDouble()).isCloseTo(2.773050, within(1e-6));
  }

  @Test
  void aLargeUnitsSmallChangeCanSignalWhereASmallUnitsCannot() {
    // Baseline as in the P′ example, then 80/100 = 0.8 (above 0.765957 for n = 100) and 20/25
    // = 0.8 (inside the clipped 0–1 for n = 25).
    ProcessBehaviourChart chart =
        ProcessBehaviourChart.pPrime(
                ratios(new double[][] {{55, 100}, {10, 25}, {15, 25}, {45, 100}, {80, 100}, {20, 25}}))
            .direction(ImprovementDirection.LOWER_IS_BETTER)
            .fixLimitsAfter(4)
            .build();

    assertThat(chart.points().get(4).variation()).contains(Variation.SPECIAL_CAUSE_CONCERN);
    assertThat(chart.points().get(5).variation()).contains(Variation.COMMON_CAUSE);
  }

  @Test
  void aZeroDenominatorIsRejectedWithTheWayOut() {
    assertThatThrownBy(() -> Observation.ratio(month(2024, 3), 0, 0))
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("denominator of 2024M03 is 0")
        .hasMessageContaining("Observation.missing(2024M03)");
  }

  @Test
  void negativePartsAreRejected() {
    assertThatThrownBy(() -> Observation.ratio(month(2024, 3), -1, 10))
        .isInstanceOf(SpcException.class)
        .hasMessage("numerator of 2024M03 (-1.0) must not be negative");
    assertThatThrownBy(() -> Observation.ratio(month(2024, 3), 1, -10))
        .isInstanceOf(SpcException.class)
        .hasMessage("denominator of 2024M03 (-10.0) must be positive");
  }

  @Test
  void aMissingPeriodHasNoLimitsOnALaneyChart() {
    List<Observation> observations =
        new java.util.ArrayList<>(ratios(new double[][] {{55, 100}, {10, 25}, {15, 25}, {45, 100}}));
    observations.add(Observation.missing(month(2024, 5)));

    ChartPoint gap = ProcessBehaviourChart.pPrime(observations).build().points().get(4);

    assertThat(gap.limits().upper()).isEmpty();
    assertThat(gap.limits().centre()).isEqualTo(0.5);
  }

  @Test
  void rejectsPlainValuesOnAPPrimeChart() {
    assertThatThrownBy(() -> ProcessBehaviourChart.pPrime(Series.from2024(0.1, 0.2)).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("2024M01 has a value but no numerator and denominator");
  }

  @Test
  void rejectsANumeratorAboveItsDenominatorOnAPPrimeChart() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.pPrime(ratios(new double[][] {{5, 10}, {12, 10}})).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("2024M02 has numerator 12.0 above its denominator 10.0");
  }

  @Test
  void rejectsAllZeroProportions() {
    assertThatThrownBy(
            () -> ProcessBehaviourChart.pPrime(ratios(new double[][] {{0, 10}, {0, 20}})).build())
        .isInstanceOf(SpcException.class)
        .hasMessageContaining("every baseline value")
        .hasMessageContaining("use an XmR or run chart");
  }
}
