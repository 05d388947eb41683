package dk.datainformed.spc;

import org.apiguardian.api.API;


/**
 * One rule that tells a signal from noise. The set is closed (each rule is evaluated by the
 * library), but the rules take parameters and combine freely in a {@link RuleSet}.
 *
 * <p>All rules look only at observed points (missing periods are skipped, they neither break nor
 * extend a run) and only within one segment (a change point starts afresh).
 *
 * <pre>{@code
 * RuleSet strict = RuleSet.of("Eight on a side", Rule.outsideLimits(), Rule.shift(8));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Rule
    permits Rule.OutsideLimits,
        Rule.Shift,
        Rule.Trend,
        Rule.TwoOfThreeBeyondTwoSigma,
        Rule.FourOfFiveBeyondOneSigma,
        Rule.LongestRun,
        Rule.TooFewCrossings,
        Rule.MovingRangeAboveLimit {

  /**
   * A short English name, e.g. {@code "shift of 7"}.
   *
   * @return the name
   */
  String name();

  /**
   * Whether the rule needs process limits, so cannot be used on a run chart.
   *
   * @return true if the rule reads the limits or the sigma zones
   */
  boolean needsLimits();

  /**
   * A point above the upper or below the lower process limit (strictly; a point on a limit is
   * inside).
   *
   * @return the rule
   */
  static Rule outsideLimits() {
    return new OutsideLimits();
  }

  /**
   * A run of points on one side of the centre line.
   *
   * @param length the run length that signals, e.g. 7
   * @return the rule
   */
  static Rule shift(int length) {
    return new Shift(length);
  }

  /**
   * A run of points each higher (or each lower) than the one before.
   *
   * @param length the number of points that signals, e.g. 7
   * @return the rule
   */
  static Rule trend(int length) {
    return new Trend(length);
  }

  /**
   * Two of three consecutive points in the outer third on one side.
   *
   * @param countPointsOutsideLimits whether a point beyond the limit counts toward the two (Western
   *     Electric: yes; Making Data Count: no)
   * @return the rule
   */
  static Rule twoOfThreeBeyondTwoSigma(boolean countPointsOutsideLimits) {
    return new TwoOfThreeBeyondTwoSigma(countPointsOutsideLimits);
  }

  /**
   * Four of five consecutive points beyond one sigma on one side (Western Electric).
   *
   * @return the rule
   */
  static Rule fourOfFiveBeyondOneSigma() {
    return new FourOfFiveBeyondOneSigma();
  }

  /**
   * Anhøj's longest-run rule.
   *
   * @return the rule
   */
  static Rule longestRun() {
    return new LongestRun();
  }

  /**
   * Anhøj's crossings rule.
   *
   * @return the rule
   */
  static Rule tooFewCrossings() {
    return new TooFewCrossings();
  }

  /**
   * A jump between two consecutive periods larger than the moving-range chart's upper limit
   * ({@value ProcessBehaviourChart#MOVING_RANGE_LIMIT_FACTOR} × the mean moving range): a sudden
   * change that can hide inside the process limits, for example a fall from the top of the band to
   * the bottom. XmR charts only; not in the built-in rule sets, so add it where such jumps matter.
   *
   * <pre>{@code
   * RuleSet withJumps = RuleSet.of("Making Data Count and jumps",
   *     Rule.outsideLimits(), Rule.shift(7), Rule.trend(7), Rule.twoOfThreeBeyondTwoSigma(false),
   *     Rule.movingRangeAboveLimit());
   * }</pre>
   *
   * @return the rule
   */
  static Rule movingRangeAboveLimit() {
    return new MovingRangeAboveLimit();
  }

  /** A point outside the process limits. */
  record OutsideLimits() implements Rule {
    @Override
    public String name() {
      return "point outside the limits";
    }

    @Override
    public boolean needsLimits() {
      return true;
    }
  }

  /**
   * {@code length} or more consecutive points strictly above, or strictly below, the centre line.
   * A point on the centre line breaks the run.
   *
   * @param length the run length that signals, at least 2
   */
  record Shift(int length) implements Rule {
    /**
     * Creates the rule.
     *
     * @param length the run length that signals, at least 2
     */
    public Shift {
      requireLength("shift", length);
    }

    @Override
    public String name() {
      return "shift of " + length;
    }

    @Override
    public boolean needsLimits() {
      return false;
    }
  }

  /**
   * {@code length} or more consecutive points, each strictly higher (or each strictly lower) than
   * the one before. A tie (a point equal to the one before) ends the run, and the tied point starts
   * the next: 1, 2, 3, 3, 4, 5, 6 holds runs of 3 and 4 points, not one of 7.
   *
   * @param length the number of points that signals, at least 2
   */
  record Trend(int length) implements Rule {
    /**
     * Creates the rule.
     *
     * @param length the number of points that signals, at least 2
     */
    public Trend {
      requireLength("trend", length);
    }

    @Override
    public String name() {
      return "trend of " + length;
    }

    @Override
    public boolean needsLimits() {
      return false;
    }
  }

  /**
   * Two (or three) of three consecutive points beyond two sigma on the same side: in the outer
   * third between the centre line and a limit.
   *
   * <p>The two readings differ in more than the point beyond the limit:
   *
   * <ul>
   *   <li>Making Data Count ({@code countPointsOutsideLimits = false}): a window of three
   *       consecutive points signals when at least two lie in the outer third (inside the limits)
   *       and <em>all three</em> lie strictly on that side of the mean; each point in the outer
   *       third of such a window is flagged. This is NHSRplotthedots' {@code ptd_two_in_three}
   *       (R/ptd_calculate_point_type.R: {@code sum(close_to_limits) >= 2 & abs(sum(sign(y -
   *       mean))) == 3} over each window of three), fixed there in version 0.2.2 (issue #143,
   *       "points on opposite sides of the mean could incorrectly trigger 2-in-3"). So {@code 16,
   *       9, 16} around a mean of 10.6 does not signal: the 9 lies below the mean.
   *   <li>Western Electric ({@code countPointsOutsideLimits = true}, Statistical Quality Control
   *       Handbook, 1956): two of three successive points in zone A or beyond on one side; a point
   *       beyond the limit counts, and the third point may lie anywhere.
   * </ul>
   *
   * @param countPointsOutsideLimits whether a point beyond the limit counts toward the two. Making
   *     Data Count says no (such a point is already a signal of its own) and asks all three points
   *     to lie on one side of the mean; Western Electric says yes, with no condition on the third
   */
  record TwoOfThreeBeyondTwoSigma(boolean countPointsOutsideLimits) implements Rule {
    @Override
    public String name() {
      return "two of three beyond two sigma";
    }

    @Override
    public boolean needsLimits() {
      return true;
    }
  }

  /** Four (or five) of five consecutive points beyond one sigma on the same side. */
  record FourOfFiveBeyondOneSigma() implements Rule {
    @Override
    public String name() {
      return "four of five beyond one sigma";
    }

    @Override
    public boolean needsLimits() {
      return true;
    }
  }

  /**
   * Anhøj: a run longer than {@code round(log2(n)) + 3}, where n is the number of useful points
   * (not on the centre line). Points on the centre line are skipped: they neither break nor extend
   * a run.
   */
  record LongestRun() implements Rule {
    @Override
    public String name() {
      return "unusually long run";
    }

    @Override
    public boolean needsLimits() {
      return false;
    }
  }

  /**
   * Anhøj: fewer crossings of the centre line than the 5 % quantile of the binomial distribution
   * with n − 1 trials and p = 0.5, where n is the number of useful points. Points on the centre line
   * are not counted. The signal belongs to the segment, not to any one point.
   */
  record TooFewCrossings() implements Rule {
    @Override
    public String name() {
      return "too few crossings";
    }

    @Override
    public boolean needsLimits() {
      return false;
    }
  }

  private static void requireLength(String rule, int length) {
    if (length < 2) {
      throw new SpcException(rule + " length (" + length + ") must be at least 2");
    }
  }

  /** A moving range above the moving-range chart's upper limit (XmR only). */
  record MovingRangeAboveLimit() implements Rule {
    @Override
    public String name() {
      return "moving range above its limit";
    }

    @Override
    public boolean needsLimits() {
      return true;
    }
  }
}
