package dk.datainformed.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The Making Data Count rules against a second, deliberately different implementation: each rule
 * stated as "some window of consecutive points containing this point satisfies the rule", checked
 * by brute force, where the library scans runs. Small whole numbers make ties and points on the
 * centre line common.
 */
class RuleOracleProperties {

  @Property(tries = 500)
  void matchesABruteForceReadingOfTheRules(
      @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 0, max = 8) Integer> values) {
    int n = values.size();
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = values.get(i);
    }
    ProcessBehaviourChart chart = ProcessBehaviourChart.xmr(Series.from2024(v)).build();

    double sum = 0;
    double ranges = 0;
    for (int i = 0; i < n; i++) {
      sum += v[i];
      ranges += i > 0 ? Math.abs(v[i] - v[i - 1]) : 0;
    }
    double mean = sum / n;
    double meanRange = ranges / (n - 1);
    double upper = mean + 2.66 * meanRange;
    double lower = mean - 2.66 * meanRange;
    Limits limits = chart.points().get(0).limits();
    assertThat(limits.centre()).isCloseTo(mean, within(1e-9));
    assertThat(limits.upper().getAsDouble()).isCloseTo(upper, within(1e-9));
    assertThat(limits.lower().getAsDouble()).isCloseTo(lower, within(1e-9));

    double sigma = (upper - mean) / 3;
    for (int i = 0; i < n; i++) {
      List<Rule> flagged = chart.points().get(i).flaggedBy();
      assertThat(flagged.contains(Rule.outsideLimits()))
          .as("outside at %d in %s", i, values)
          .isEqualTo(v[i] > upper || v[i] < lower);
      assertThat(flagged.contains(Rule.shift(7)))
          .as("shift at %d in %s", i, values)
          .isEqualTo(inWindow(i, n, 7, (from) -> sameSide(v, mean, from, 7)));
      assertThat(flagged.contains(Rule.trend(7)))
          .as("trend at %d in %s", i, values)
          .isEqualTo(inWindow(i, n, 7, (from) -> monotone(v, from, 7)));
      final int point = i;
      boolean upperZone = v[i] > mean + 2 * sigma && v[i] <= upper;
      boolean lowerZone = v[i] < mean - 2 * sigma && v[i] >= lower;
      boolean twoOfThree =
          (upperZone
                  && inWindow(point, n, 3, from -> count(v, from, 3, mean + 2 * sigma, upper, true) >= 2
                      && allAbove(v, mean, from, 3)))
              || (lowerZone
                  && inWindow(point, n, 3, from -> count(v, from, 3, mean - 2 * sigma, lower, false) >= 2
                      && allBelow(v, mean, from, 3)));
      assertThat(flagged.contains(Rule.twoOfThreeBeyondTwoSigma(false)))
          .as("two of three at %d in %s", i, values)
          .isEqualTo(twoOfThree);
    }
  }

  @Property(tries = 500)
  void anhojsRulesMatchARunLengthEncoding(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 4) Integer> values) {
    double[] v = values.stream().mapToDouble(Integer::doubleValue).toArray();
    ProcessBehaviourChart chart = ProcessBehaviourChart.run(Series.from2024(v)).build();

    double[] sorted = v.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    StringBuilder sides = new StringBuilder();
    for (double x : v) {
      if (x != median) {
        sides.append(x > median ? 'A' : 'B');
      }
    }
    int useful = sides.length();
    int longest = 0;
    int runs = 0;
    for (int k = 0; k < useful; k++) {
      int end = k;
      while (end + 1 < useful && sides.charAt(end + 1) == sides.charAt(k)) {
        end++;
      }
      longest = Math.max(longest, end - k + 1);
      runs++;
      k = end;
    }
    boolean longRun = useful > 0 && longest > Math.round(Math.log(useful) / Math.log(2)) + 3;
    boolean fewCrossings = useful > 0 && runs - 1 < RunsLimits.minimumCrossings(useful);

    assertThat(chart.segments().get(0).centre()).isEqualTo(median);
    assertThat(chart.findings().stream().anyMatch(f -> f.rule().equals(Rule.longestRun())))
        .as("long run in %s", values)
        .isEqualTo(longRun);
    assertThat(chart.findings().stream().anyMatch(f -> f.rule().equals(Rule.tooFewCrossings())))
        .as("few crossings in %s", values)
        .isEqualTo(fewCrossings);
  }

  private interface WindowTest {
    boolean holds(int from);
  }

  private static boolean inWindow(int i, int n, int size, WindowTest test) {
    for (int from = Math.max(0, i - size + 1); from <= i && from + size <= n; from++) {
      if (test.holds(from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameSide(double[] v, double centre, int from, int size) {
    boolean above = true;
    boolean below = true;
    for (int k = from; k < from + size; k++) {
      above &= v[k] > centre;
      below &= v[k] < centre;
    }
    return above || below;
  }

  private static boolean allAbove(double[] v, double centre, int from, int size) {
    for (int k = from; k < from + size; k++) {
      if (!(v[k] > centre)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allBelow(double[] v, double centre, int from, int size) {
    for (int k = from; k < from + size; k++) {
      if (!(v[k] < centre)) {
        return false;
      }
    }
    return true;
  }

  private static boolean monotone(double[] v, int from, int size) {
    boolean rising = true;
    boolean falling = true;
    for (int k = from + 1; k < from + size; k++) {
      rising &= v[k] > v[k - 1];
      falling &= v[k] < v[k - 1];
    }
    return rising || falling;
  }

  private static int count(double[] v, int from, int size, double zone, double limit, boolean up) {
    int hits = 0;
    for (int k = from; k < from + size; k++) {
      boolean in = up ? v[k] > zone && v[k] <= limit : v[k] < zone && v[k] >= limit;
      hits += in ? 1 : 0;
    }
    return hits;
  }
}
