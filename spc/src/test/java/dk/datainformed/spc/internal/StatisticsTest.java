package dk.datainformed.spc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

  @Test
  void fTailMatchesTheSquareOfStudentsT() {
    // F(1, ν) is t(ν)²: the two-sided t table (NIST/SEMATECH e-Handbook 1.3.6.7.2) for ν = 10
    // gives t = 2.228 at 0.05 and 3.169 at 0.01.
    assertThat(Statistics.fUpperTail(2.228139 * 2.228139, 1, 10)).isCloseTo(0.05, within(1e-6));
    assertThat(Statistics.fUpperTail(3.169273 * 3.169273, 1, 10)).isCloseTo(0.01, within(1e-6));
  }

  @Test
  void fTailMatchesTheClosedFormForTwoNumeratorDegrees() {
    // For d1 = 2, P(F ≥ f) = (1 + 2f / d2)^(−d2 / 2).
    for (double f : new double[] {0.3, 1, 3.885, 12}) {
      assertThat(Statistics.fUpperTail(f, 2, 12)).isCloseTo(Math.pow(1 + 2 * f / 12, -6), within(1e-12));
      assertThat(Statistics.fUpperTail(f, 2, 7)).isCloseTo(Math.pow(1 + 2 * f / 7, -3.5), within(1e-12));
    }
  }

  @Test
  void oneWayAnovaByHand() {
    // Groups {1, 2}, {3, 4}, {5, 6}: means 1.5, 3.5, 5.5, grand mean 3.5. Between 2 × (4 + 0 + 4)
    // = 16 on 2 degrees, within 6 × 0.25 = 1.5 on 3: F = 8 / 0.5 = 16, p = (1 + 32 / 3)^(−1.5).
    Statistics.FTest test =
        Statistics.oneWayAnova(new double[] {1, 2, 3, 4, 5, 6}, new int[] {0, 0, 1, 1, 2, 2}, 3);

    assertThat(test.f()).isCloseTo(16, within(1e-12));
    assertThat(test.numerator()).isEqualTo(2);
    assertThat(test.denominator()).isEqualTo(3);
    assertThat(test.pValue()).isCloseTo(Math.pow(1 + 32.0 / 3, -1.5), within(1e-12));
  }

  @Test
  void oneWayAnovaOfEqualValuesFindsNothing() {
    Statistics.FTest test = Statistics.oneWayAnova(new double[] {2, 2, 2, 2}, new int[] {0, 0, 1, 1}, 2);

    assertThat(test.pValue()).isEqualTo(1);
  }

  @Test
  void lagOneAutocorrelationSkipsGaps() {
    // 1, 3, gap, 1, 3: mean 2, deviations −1, 1, ·, −1, 1; products only for the two adjacent pairs:
    // −1 and −1 over Σ d² = 4: r1 = −0.5.
    assertThat(Statistics.lag1Autocorrelation(new double[] {1, 3, Double.NaN, 1, 3}))
        .isCloseTo(-0.5, within(1e-12));
  }
}
