package dk.datainformed.spc.internal;

import dk.datainformed.spc.Rule;
import dk.datainformed.spc.RunsLimits;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Applies rules to the observed points of one segment. Works on positions within the segment's
 * observed points; the caller maps them back to periods.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RuleEngine {

  // Sides are ints, not an enum: an enum's values() array has no code source, which the
  // architecture rule on internal packages cannot place in a module.
  /** Above the centre line, or rising. */
  public static final int UP = 1;

  /** Below the centre line, or falling. */
  public static final int DOWN = -1;

  /** No direction (too few crossings). */
  public static final int NONE = 0;

  /**
   * A signal before it is put in words.
   *
   * @param rule the rule
   * @param side its side: {@link #UP}, {@link #DOWN} or {@link #NONE}
   * @param flagged positions of the flagged points, ascending
   * @param from first position covered
   * @param to last position covered
   * @param count the number the text reports (run length, crossings)
   * @param limit the critical value the text reports, or -1
   */
  public record Signal(
      Rule rule, int side, List<Integer> flagged, int from, int to, int count, int limit) {}

  private RuleEngine() {}

  /**
   * Evaluates one rule.
   *
   * @param rule the rule
   * @param v the values
   * @param centre the centre line per point
   * @param lower the lower limit per point (NaN without limits)
   * @param upper the upper limit per point (NaN without limits)
   * @param sigma one sigma per point (NaN without limits)
   * @param jump per point, its value minus the previous period's when both are observed (NaN
   *     otherwise, and for the first point)
   * @param jumpLimit the moving-range chart's upper limit (NaN without one)
   * @return the signals, in order of position
   */
  public static List<Signal> evaluate(
      Rule rule, double[] v, double[] centre, double[] lower, double[] upper, double[] sigma,
      double[] jump, double jumpLimit) {
    if (rule instanceof Rule.MovingRangeAboveLimit) {
      return jumps(rule, jump, jumpLimit);
    }
    if (rule instanceof Rule.OutsideLimits) {
      return outside(rule, v, lower, upper);
    }
    if (rule instanceof Rule.Shift) {
      return shifts(rule, ((Rule.Shift) rule).length(), v, centre);
    }
    if (rule instanceof Rule.Trend) {
      return trends(rule, ((Rule.Trend) rule).length(), v);
    }
    if (rule instanceof Rule.TwoOfThreeBeyondTwoSigma) {
      boolean countOutside = ((Rule.TwoOfThreeBeyondTwoSigma) rule).countPointsOutsideLimits();
      // Making Data Count's reading also asks the whole window to lie on the side of the two.
      return windows(rule, 3, 2, 2, countOutside, !countOutside, v, centre, lower, upper, sigma);
    }
    if (rule instanceof Rule.FourOfFiveBeyondOneSigma) {
      return windows(rule, 5, 4, 1, true, false, v, centre, lower, upper, sigma);
    }
    if (rule instanceof Rule.LongestRun) {
      return longestRun(rule, v, centre);
    }
    if (rule instanceof Rule.TooFewCrossings) {
      return crossings(rule, v, centre);
    }
    throw new IllegalStateException("unknown rule " + rule);
  }

  private static List<Signal> outside(Rule rule, double[] v, double[] lower, double[] upper) {
    List<Signal> out = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (v[i] > upper[i]) {
        out.add(new Signal(rule, UP, List.of(i), i, i, 1, -1));
      } else if (v[i] < lower[i]) {
        out.add(new Signal(rule, DOWN, List.of(i), i, i, 1, -1));
      }
    }
    return out;
  }

  /** A moving range strictly above its limit flags the later point; the finding spans both. */
  private static List<Signal> jumps(Rule rule, double[] jump, double limit) {
    List<Signal> out = new ArrayList<>();
    for (int i = 1; i < jump.length; i++) {
      if (Math.abs(jump[i]) > limit) {
        out.add(new Signal(rule, jump[i] > 0 ? UP : DOWN, List.of(i), i - 1, i, 1, -1));
      }
    }
    return out;
  }

  private static int sideOf(double value, double centre) {
    return Double.compare(value, centre) > 0 ? 1 : value < centre ? -1 : 0;
  }

  private static List<Signal> shifts(Rule rule, int length, double[] v, double[] centre) {
    List<Signal> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= v.length; i++) {
      int sideStart = sideOf(v[start], centre[start]);
      if (i == v.length || sideOf(v[i], centre[i]) != sideStart || sideStart == 0) {
        int runLength = i - start;
        if (sideStart != 0 && runLength >= length) {
          out.add(run(rule, sideStart > 0 ? UP : DOWN, start, i - 1, runLength, -1));
        }
        start = i;
      }
    }
    return out;
  }

  private static List<Signal> trends(Rule rule, int length, double[] v) {
    List<Signal> out = new ArrayList<>();
    int start = 0;
    int direction = 0;
    for (int i = 1; i <= v.length; i++) {
      int step = i == v.length ? 0 : Double.compare(v[i], v[i - 1]) > 0 ? 1 : v[i] < v[i - 1] ? -1 : 0;
      if (i < v.length && step != 0 && (direction == 0 || step == direction)) {
        direction = step;
        continue;
      }
      int runLength = i - start;
      if (direction != 0 && runLength >= length) {
        out.add(run(rule, direction > 0 ? UP : DOWN, start, i - 1, runLength, -1));
      }
      // A tie starts a fresh run at the tied point; a reversal's run starts at the turning point.
      start = step == 0 ? i : i - 1;
      direction = step;
    }
    return out;
  }

  private static Signal run(Rule rule, int side, int from, int to, int count, int limit) {
    List<Integer> flagged = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      flagged.add(i);
    }
    return new Signal(rule, side, flagged, from, to, count, limit);
  }

  private static List<Signal> windows(
      Rule rule,
      int window,
      int needed,
      int sigmas,
      boolean countOutside,
      boolean wholeWindowOnSide,
      double[] v,
      double[] centre,
      double[] lower,
      double[] upper,
      double[] sigma) {
    List<Signal> out = new ArrayList<>();
    for (int side = UP; side >= DOWN; side -= 2) {
      boolean[] inZone = new boolean[v.length];
      for (int i = 0; i < v.length; i++) {
        if (side == UP) {
          inZone[i] = v[i] > centre[i] + sigmas * sigma[i] && (countOutside || v[i] <= upper[i]);
        } else {
          inZone[i] = v[i] < centre[i] - sigmas * sigma[i] && (countOutside || v[i] >= lower[i]);
        }
      }
      List<Integer> current = new ArrayList<>();
      int from = -1;
      int to = -1;
      for (int w = 0; w + window <= v.length; w++) {
        int hits = 0;
        for (int i = w; i < w + window; i++) {
          hits += inZone[i] ? 1 : 0;
        }
        boolean onSide = true;
        for (int i = w; wholeWindowOnSide && i < w + window; i++) {
          onSide &= sideOf(v[i], centre[i]) == side;
        }
        if (hits >= needed && onSide) {
          int first = -1;
          int last = -1;
          for (int i = w; i < w + window; i++) {
            if (inZone[i]) {
              first = first < 0 ? i : first;
              last = i;
            }
          }
          if (!current.isEmpty() && first > to) {
            out.add(new Signal(rule, side, List.copyOf(current), from, to, current.size(), -1));
            current.clear();
          }
          if (current.isEmpty()) {
            from = first;
          }
          for (int i = first; i <= last; i++) {
            if (inZone[i] && !current.contains(i)) {
              current.add(i);
            }
          }
          to = Math.max(to, last);
        }
      }
      if (!current.isEmpty()) {
        out.add(new Signal(rule, side, List.copyOf(current), from, to, current.size(), -1));
      }
    }
    out.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return out;
  }

  private static List<Signal> longestRun(Rule rule, double[] v, double[] centre) {
    List<Integer> useful = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      if (sideOf(v[i], centre[i]) != 0) {
        useful.add(i);
      }
    }
    List<Signal> out = new ArrayList<>();
    if (useful.isEmpty()) {
      return out;
    }
    int limit = RunsLimits.longestRun(useful.size());
    int start = 0;
    for (int k = 1; k <= useful.size(); k++) {
      int first = useful.get(start);
      if (k == useful.size()
          || sideOf(v[useful.get(k)], centre[useful.get(k)]) != sideOf(v[first], centre[first])) {
        int runLength = k - start;
        if (runLength > limit) {
          List<Integer> flagged = List.copyOf(useful.subList(start, k));
          int side = sideOf(v[first], centre[first]) > 0 ? UP : DOWN;
          out.add(
              new Signal(rule, side, flagged, first, useful.get(k - 1), runLength, limit));
        }
        start = k;
      }
    }
    return out;
  }

  private static List<Signal> crossings(Rule rule, double[] v, double[] centre) {
    int previous = 0;
    int useful = 0;
    int crossings = 0;
    for (int i = 0; i < v.length; i++) {
      int side = sideOf(v[i], centre[i]);
      if (side == 0) {
        continue;
      }
      useful++;
      if (previous != 0 && side != previous) {
        crossings++;
      }
      previous = side;
    }
    if (useful == 0) {
      return List.of();
    }
    int minimum = RunsLimits.minimumCrossings(useful);
    if (crossings < minimum) {
      return List.of(new Signal(rule, NONE, List.of(), 0, v.length - 1, crossings, minimum));
    }
    return List.of();
  }
}
