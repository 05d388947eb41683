package dk.datainformed.kpi.guard.internal;

import java.util.List;
import org.apiguardian.api.API;

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
 * <p>Whole-number data (case durations in days, in every case system) are compared over equal
 * numbers of possible values on each side: with k = max(1, round(width)), lower is better and a
 * target of 30, inside is 29–30 and outside 31–32 for k = 2 (a target of 30.5 gives the same
 * bins). Bins of equal width on a whole-number scale hold unequal numbers of possible values
 * ([28.5, 30] holds 29 and 30, (30, 31.5] only 31), so a flat distribution of days would look
 * bunched. The data count as whole numbers when every value is one.
 *
 * @param inside the count just inside
 * @param outside the count just outside
 * @param pValue the one-sided binomial p value
 */
@API(status = API.Status.INTERNAL, since = "0.1")
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
    if (!values.isEmpty() && values.stream().allMatch(v -> v == Math.rint(v))) {
      return whole(values, target, Math.max(1, Math.round(width)), lowerIsBetter);
    }
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

  /** k possible values on each side: inside ends at the last whole number meeting the target. */
  private static BunchingTest whole(List<Double> values, double target, long k, boolean lowerIsBetter) {
    double edge = lowerIsBetter ? Math.floor(target) : Math.ceil(target);
    int inside = 0;
    int outside = 0;
    for (double v : values) {
      double steps = lowerIsBetter ? edge - v : v - edge;
      if (steps >= 0 && steps < k) {
        inside++;
      } else if (steps < 0 && steps >= -k) {
        outside++;
      }
    }
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
