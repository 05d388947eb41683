package dk.datainformed.spc;

import java.math.BigInteger;
import org.apiguardian.api.API;

/**
 * Anhøj's critical values for run charts (Anhøj and Olesen, "Run charts revisited", PLoS ONE 2014),
 * computed exactly.
 *
 * <pre>{@code
 * RunsLimits.longestRun(24);          // 8: a run of 9 or more signals
 * RunsLimits.minimumCrossings(24);    // 8: 7 or fewer crossings signal
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RunsLimits {
  private static final BigInteger TWENTY = BigInteger.valueOf(20);

  private RunsLimits() {}

  /**
   * The longest run to be expected in n useful points, {@code round(log2(n)) + 3}; a longer run
   * signals. Computed in integers: {@code round(log2(n))} is the largest k with {@code 2^(2k−1) <=
   * n²} (log2 of a whole number is never exactly halfway).
   *
   * @param usefulPoints n, the points not on the centre line; at least 1
   * @return the limit
   * @throws SpcException when n is below 1
   */
  public static int longestRun(int usefulPoints) {
    requirePositive(usefulPoints);
    long square = (long) usefulPoints * usefulPoints;
    int k = 0;
    while (k < 31 && (1L << (2 * (k + 1) - 1)) <= square) {
      k++;
    }
    return k + 3;
  }

  /**
   * The fewest crossings to be expected in n useful points: the 5 % quantile of the binomial
   * distribution with n − 1 trials and p = 0.5, i.e. the smallest c with P(X ≤ c) ≥ 0.05; fewer
   * crossings signal. Computed exactly with whole-number binomial coefficients: the smallest c
   * with 20 × Σ<sub>i≤c</sub> C(n−1, i) ≥ 2<sup>n−1</sup>.
   *
   * @param usefulPoints n, the points not on the centre line; at least 1
   * @return the minimum number of crossings
   * @throws SpcException when n is below 1
   */
  public static int minimumCrossings(int usefulPoints) {
    requirePositive(usefulPoints);
    int trials = usefulPoints - 1;
    BigInteger total = BigInteger.ONE.shiftLeft(trials);
    BigInteger coefficient = BigInteger.ONE;
    BigInteger cumulative = BigInteger.ZERO;
    for (int c = 0; c <= trials; c++) {
      if (c > 0) {
        coefficient =
            coefficient.multiply(BigInteger.valueOf(trials - c + 1)).divide(BigInteger.valueOf(c));
      }
      cumulative = cumulative.add(coefficient);
      if (cumulative.multiply(TWENTY).compareTo(total) >= 0) {
        return c;
      }
    }
    return trials;
  }

  private static void requirePositive(int n) {
    if (n < 1) {
      throw new SpcException("number of useful points (" + n + ") must be at least 1");
    }
  }
}
