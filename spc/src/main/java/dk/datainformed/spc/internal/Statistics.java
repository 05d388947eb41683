package dk.datainformed.spc.internal;

import org.apiguardian.api.API;

/**
 * The few distributions and tests the charts need, so the SPC module needs nothing beyond core:
 * one-way analysis of variance with the F tail, lag-1 autocorrelation.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Statistics {
  private Statistics() {}

  /**
   * The one-way analysis of variance F statistic of values by group: F = [SS<sub>between</sub> /
   * (k − 1)] / [SS<sub>within</sub> / (N − k)], with k the groups that have values.
   *
   * @param values the values
   * @param group each value's group, 0 to {@code groups − 1}
   * @param groups the number of groups
   * @return F, with its degrees of freedom; F is infinite when every group is constant but the
   *     groups differ, NaN when every value is equal or there are no degrees of freedom
   */
  public static FTest oneWayAnova(double[] values, int[] group, int groups) {
    int n = values.length;
    double[] sums = new double[groups];
    int[] sizes = new int[groups];
    double total = 0;
    for (int i = 0; i < n; i++) {
      sums[group[i]] += values[i];
      sizes[group[i]]++;
      total += values[i];
    }
    double grand = total / n;
    int k = 0;
    double between = 0;
    for (int g = 0; g < groups; g++) {
      if (sizes[g] > 0) {
        k++;
        double mean = sums[g] / sizes[g];
        between += sizes[g] * (mean - grand) * (mean - grand);
      }
    }
    double within = 0;
    for (int i = 0; i < n; i++) {
      double mean = sums[group[i]] / sizes[group[i]];
      within += (values[i] - mean) * (values[i] - mean);
    }
    int df1 = k - 1;
    int df2 = n - k;
    if (df1 < 1 || df2 < 1 || between == 0) {
      return new FTest(Double.NaN, Math.max(df1, 0), Math.max(df2, 0));
    }
    return new FTest(within == 0 ? Double.POSITIVE_INFINITY : between / df1 / (within / df2), df1, df2);
  }

  /**
   * An F statistic with its degrees of freedom.
   *
   * @param f the statistic
   * @param numerator the numerator's degrees of freedom
   * @param denominator the denominator's degrees of freedom
   */
  public record FTest(double f, int numerator, int denominator) {
    /**
     * The p-value, P(F ≥ f).
     *
     * @return the upper tail; 1 for a NaN statistic, 0 for an infinite one
     */
    public double pValue() {
      if (Double.isNaN(f)) {
        return 1;
      }
      return fUpperTail(f, numerator, denominator);
    }
  }

  /**
   * The upper tail of the F distribution, P(F ≥ f) = I<sub>d2 / (d2 + d1 f)</sub>(d2 / 2, d1 /
   * 2), by the regularised incomplete beta function (continued fraction; Press et al., Numerical
   * Recipes, 3rd ed., §6.4).
   *
   * @param f the statistic, 0 or more
   * @param d1 the numerator's degrees of freedom
   * @param d2 the denominator's degrees of freedom
   * @return the p-value
   */
  public static double fUpperTail(double f, int d1, int d2) {
    if (f <= 0) {
      return 1;
    }
    if (Double.isInfinite(f)) {
      return 0;
    }
    return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2.0, d1 / 2.0);
  }

  static double incompleteBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * betaFraction(x, a, b) / a;
    }
    return 1 - front * betaFraction(1 - x, b, a) / b;
  }

  private static double betaFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = Math.abs(d) < tiny ? tiny : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m < 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = Math.abs(d) < tiny ? tiny : d;
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** Lanczos' approximation (g = 7, n = 9), accurate to about 15 digits for a above 0. */
  static double logGamma(double a) {
    double[] c = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    if (a < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * a))) - logGamma(1 - a);
    }
    double x = a - 1;
    double sum = c[0];
    for (int i = 1; i < 9; i++) {
      sum += c[i] / (x + i);
    }
    double t = x + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * The lag-1 autocorrelation r<sub>1</sub> = Σ d<sub>t</sub> d<sub>t−1</sub> / Σ d<sub>t</sub>²,
   * with d the deviations from their mean and the products taken only where both periods are
   * observed (Box &amp; Jenkins' estimator, skipping gaps).
   *
   * @param deviations deviations from the mean (or residuals), NaN for a period without a value
   * @return r<sub>1</sub>; NaN when there is no spread or no adjacent pair
   */
  public static double lag1Autocorrelation(double[] deviations) {
    double mean = 0;
    int count = 0;
    for (double d : deviations) {
      if (!Double.isNaN(d)) {
        mean += d;
        count++;
      }
    }
    if (count < 2) {
      return Double.NaN;
    }
    mean /= count;
    double products = 0;
    double squares = 0;
    int pairs = 0;
    for (int i = 0; i < deviations.length; i++) {
      if (Double.isNaN(deviations[i])) {
        continue;
      }
      double d = deviations[i] - mean;
      squares += d * d;
      if (i > 0 && !Double.isNaN(deviations[i - 1])) {
        products += d * (deviations[i - 1] - mean);
        pairs++;
      }
    }
    return squares == 0 || pairs == 0 ? Double.NaN : products / squares;
  }
}
