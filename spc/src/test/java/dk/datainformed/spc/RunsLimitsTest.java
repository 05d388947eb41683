package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.spc.SpcException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunsLimitsTest {

  /**
   * Critical values for n = 10..30 useful observations, as tabulated for Anhøj's rules (Anhøj and
   * Olesen, "Run charts revisited", PLoS ONE 9(11) e113825, 2014; the same table is generated in the
   * qicharts2 documentation from round(log2(n) + 3) and qbinom(0.05, n − 1, 0.5)).
   */
  @ParameterizedTest(name = "n = {0}: longest run {1}, fewest crossings {2}")
  @CsvSource({
    "10, 6, 2", "11, 6, 2", "12, 7, 3", "13, 7, 3", "14, 7, 4", "15, 7, 4", "16, 7, 4",
    "17, 7, 5", "18, 7, 5", "19, 7, 6", "20, 7, 6", "21, 7, 6", "22, 7, 7", "23, 8, 7",
    "24, 8, 8", "25, 8, 8", "26, 8, 8", "27, 8, 9", "28, 8, 9", "29, 8, 10", "30, 8, 10"
  })
  void matchesAnhojsPublishedTable(int n, int longestRun, int fewestCrossings) {
    assertThat(RunsLimits.longestRun(n)).isEqualTo(longestRun);
    assertThat(RunsLimits.minimumCrossings(n)).isEqualTo(fewestCrossings);
  }

  @Test
  void agreesWithAStraightforwardSecondComputationUpTo200() {
    for (int n = 1; n <= 200; n++) {
      assertThat(RunsLimits.longestRun(n)).as("longest run, n = %d", n)
          .isEqualTo((int) Math.round(Math.log(n) / Math.log(2)) + 3);
      assertThat(RunsLimits.minimumCrossings(n)).as("crossings, n = %d", n)
          .isEqualTo(binomialQuantileByDoubles(n - 1));
    }
  }

  /** The 5 % quantile of Binomial(trials, 0.5), summing probabilities built up by ratios. */
  private static int binomialQuantileByDoubles(int trials) {
    double logProbability = -trials * Math.log(2);
    double cumulative = 0;
    for (int c = 0; c <= trials; c++) {
      if (c > 0) {
        logProbability += Math.log((double) (trials - c + 1) / c);
      }
      cumulative += Math.exp(logProbability);
      if (cumulative >= 0.05 * (1 - 1e-12)) {
        return c;
      }
    }
    return trials;
  }

  @Test
  void checksTheQuantileAtItsBoundaryExactly() {
    // n = 10, 9 trials: P(X <= 1) = 10/512 = 0.0195 < 0.05, P(X <= 2) = 46/512 = 0.0898 >= 0.05.
    assertThat(RunsLimits.minimumCrossings(10)).isEqualTo(2);
    // n = 1: no trials, X is always 0.
    assertThat(RunsLimits.minimumCrossings(1)).isZero();
    assertThat(RunsLimits.longestRun(1)).isEqualTo(3);
  }

  @Test
  void rejectsFewerThanOneUsefulPoint() {
    assertThatThrownBy(() -> RunsLimits.longestRun(0))
        .isInstanceOf(SpcException.class)
        .hasMessage("number of useful points (0) must be at least 1");
  }
}
