package dk.datainformed.kpi.guard.internal;

import java.util.List;

/**
 * The density test for threshold bunching: count the values in two bins of equal width just inside
 * and just outside the target; without bunching a value near the target falls in either bin about
 * as often, so the inside count is Binomial(n, ½) with n the two counts together. The one-sided p
 * value is P(X ≥ inside).
 *
 * <p>Inside means meeting the target: at or below it when lower is better, at or above it when
 * higher is better. The test assumes the density is nearly flat across the two bins; a steep
 * slope there can mimic or hide bunching, which is why the bins are narrow.
 *
 * @param inside the count just inside
 * @param outside the count just outside
 * @param pValue the one-sided binomial p value
 */
public record BunchingTest(int inside, int outside, double pValue) {

  /**
   * Runs the test.
   *
   * @param values the case- or unit-level values
   * @param target the target
   * @param width the width of each bin, above 0
   * @param lowerIsBetter whether meeting the target means at or below it
   * @return the counts and p value
   */
  public static BunchingTest run(List<Double> values, double target, double width, boolean lowerIsBetter) {
    int below = 0;
    int above = 0;
    for (double v : values) {
      if (lowerIsBetter) {
        if (v >= target - width && v <= target) {
          below++;
        } else if (v > target && v <= target + width) {
          above++;
        }
      } else {
        if (v >= target && v <= target + width) {
          above++;
        } else if (v < target && v >= target - width) {
          below++;
        }
      }
    }
    int inside = lowerIsBetter ? below : above;
    int outside = lowerIsBetter ? above : below;
    return new BunchingTest(inside, outside, upperTail(inside + outside, inside));
  }

  /**
   * P(X ≥ k) for X ~ Binomial(n, ½), summed in log space so that large n do not overflow.
   *
   * @param n the trials
   * @param k the successes
   * @return the probability
   */
  static double upperTail(int n, int k) {
    if (k <= 0) {
      return 1;
    }
    if (k > n) {
      return 0;
    }
    double[] logFactorial = new double[n + 1];
    for (int i = 1; i <= n; i++) {
      logFactorial[i] = logFactorial[i - 1] + Math.log(i);
    }
    double sum = 0;
    double half = n * Math.log(0.5);
    for (int i = k; i <= n; i++) {
      sum += Math.exp(logFactorial[n] - logFactorial[i] - logFactorial[n - i] + half);
    }
    return Math.min(1, sum);
  }

  /**
   * The two counts together.
   *
   * @return inside + outside
   */
  public int total() {
    return inside + outside;
  }
}
