package dk.datainformed.spc.internal;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.SpcException;
import dk.datainformed.spc.ChangePoint;
import dk.datainformed.spc.ChartNote;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ChartType;
import dk.datainformed.spc.Finding;
import dk.datainformed.spc.FrozenBaseline;
import dk.datainformed.core.text.Language;
import dk.datainformed.spc.Limits;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Rule;
import dk.datainformed.spc.RuleSet;
import dk.datainformed.spc.Seasonality;
import dk.datainformed.spc.Segment;
import dk.datainformed.spc.ValueRange;
import dk.datainformed.spc.Variation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/** Computes a chart's segments, limits, signals and points from validated input. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ChartEngine {
  private static final double LIMIT_FACTOR = ProcessBehaviourChart.LIMIT_FACTOR;
  private static final double MOVING_RANGE_FACTOR = ProcessBehaviourChart.MOVING_RANGE_LIMIT_FACTOR;
  private static final int MINIMUM_BASELINE = ProcessBehaviourChart.MINIMUM_BASELINE;

  /** d2 for subgroups of two: mean moving range / 1.128 estimates sigma (Laney's σz). */
  public static final double D2 = 1.128;

  /**
   * Everything computed.
   *
   * @param points one per observation
   * @param segments one per stretch between change points
   * @param findings in segment order, then rule set order, then position
   * @param notes what the reader must know: seasonal adjustment, autocorrelation, missing limits
   * @param lag1Autocorrelation the latest segment's baseline lag-1 autocorrelation, if computed
   * @param baselines the observed points each segment's limits were computed from, by segment
   */
  public record Result(
      List<ChartPoint> points,
      List<Segment> segments,
      List<Finding> findings,
      List<ChartNote> notes,
      OptionalDouble lag1Autocorrelation,
      List<List<Observation>> baselines) {}

  /** What the rules read for one segment beside the arrays: whether it has limits, is seasonal. */
  private record SegmentState(
      Segment segment, boolean hasLimits, boolean seasonal, double lag1, List<Observation> baseline) {}

  private ChartEngine() {}

  /**
   * Computes the chart.
   *
   * @param type the chart type
   * @param observations the series, contiguous periods of one grain
   * @param direction the improvement direction
   * @param rules the rule set
   * @param fixAfter number of observed points the limits are fixed after, or 0 to use all
   * @param changePoints the change points
   * @param range the possible values, if declared
   * @param seasonality whether to adjust for a season
   * @param frozen baselines fixed by earlier charts, each for the segment its first period lies in
   * @return the result
   */
  public static Result compute(
      ChartType type,
      List<Observation> observations,
      ImprovementDirection direction,
      RuleSet rules,
      int fixAfter,
      List<ChangePoint> changePoints,
      Optional<ValueRange> range,
      Seasonality seasonality,
      List<FrozenBaseline> frozen) {
    validate(type, observations, rules, changePoints);
    validate(type, observations, range, seasonality);
    int n = observations.size();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    Map<Integer, ChangePoint> changeAt = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      for (ChangePoint cp : changePoints) {
        if (cp.period().equals(observations.get(i).period())) {
          starts.add(i);
          changeAt.put(i, cp);
        }
      }
    }
    double[] lower = new double[n];
    double[] upper = new double[n];
    double[] centre = new double[n];
    double[] sigma = new double[n];
    double[] movingRange = new double[n];
    Arrays.fill(movingRange, Double.NaN);
    // The limits as offsets from a seasonal centre, kept exact so the rules read the residuals
    // alike whatever pattern the centre carries.
    double[] lowerOffset = new double[n];
    double[] upperOffset = new double[n];
    boolean[] trial = new boolean[n];
    int[] segmentOf = new int[n];
    List<Segment> segments = new ArrayList<>();
    List<SegmentState> states = new ArrayList<>();
    List<ChartNote> notes = new ArrayList<>();
    List<FrozenBaseline> placed = new ArrayList<>();
    for (FrozenBaseline f : frozen) {
      boolean parts = type == ChartType.P_PRIME || type == ChartType.U_PRIME;
      if (parts && f.points().stream().anyMatch(o -> o.numerator().isEmpty())) {
        throw new SpcException(
            "The frozen baseline " + f.first() + "–" + f.last() + " has values without numerator and"
                + " denominator; a " + type + " chart needs them (Observation.ratio)");
      }
    }
    for (int s = 0; s < starts.size(); s++) {
      int from = starts.get(s);
      int to = s + 1 < starts.size() ? starts.get(s + 1) - 1 : n - 1;
      Optional<FrozenBaseline> kept = frozenIn(observations, from, to, frozen, placed);
      kept.ifPresent(b -> notes.add(new ChartNote.LimitsFrozen(
          states.size(), b.first(), b.last(), b.points().size(), b.reason())));
      SegmentState state =
          segment(type, limitSource(observations, from, to, kept), s, from, to,
              kept.isPresent() ? 0 : fixAfter, Optional.ofNullable(changeAt.get(from)),
              range, seasonality, notes, centre, lower, upper, sigma, movingRange, lowerOffset,
              upperOffset, observations);
      states.add(state);
      segments.add(state.segment());
      for (int i = from; i <= to; i++) {
        segmentOf[i] = s;
        trial[i] = segments.get(s).trial();
      }
    }

    List<Finding> findings = new ArrayList<>();
    List<Map<Rule, Variation>> flags = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      flags.add(new LinkedHashMap<>());
    }
    for (int s = 0; s < starts.size(); s++) {
      int from = starts.get(s);
      int to = s + 1 < starts.size() ? starts.get(s + 1) - 1 : n - 1;
      List<Integer> observed = new ArrayList<>();
      for (int i = from; i <= to; i++) {
        if (!observations.get(i).isMissing()) {
          observed.add(i);
        }
      }
      int m = observed.size();
      double[] v = new double[m];
      double[] c = new double[m];
      double[] lo = new double[m];
      double[] up = new double[m];
      double[] sg = new double[m];
      double[] jump = new double[m];
      // A seasonal segment's rules read the residuals around the seasonal expectation.
      boolean seasonal = states.get(s).seasonal();
      for (int k = 0; k < m; k++) {
        int i = observed.get(k);
        double shift = seasonal ? centre[i] : 0;
        v[k] = observations.get(i).value().getAsDouble() - shift;
        c[k] = centre[i] - shift;
        lo[k] = seasonal ? lowerOffset[i] : lower[i];
        up[k] = seasonal ? upperOffset[i] : upper[i];
        sg[k] = sigma[i];
        // The chart's moving range, with its sign: only between adjacent observed periods.
        jump[k] = k > 0 && !Double.isNaN(movingRange[i]) ? v[k] - v[k - 1] : Double.NaN;
      }
      double jumpLimit = segments.get(s).movingRangeUpperLimit().orElse(Double.NaN);
      for (Rule rule : rules.rules()) {
        if (m == 0) {
          break;
        }
        if (rule.needsLimits() && !states.get(s).hasLimits()) {
          continue;
        }
        for (RuleEngine.Signal signal : RuleEngine.evaluate(rule, v, c, lo, up, sg, jump, jumpLimit)) {
          Variation variation = variation(signal.side(), direction);
          Period first = observations.get(observed.get(signal.from())).period();
          Period last = observations.get(observed.get(signal.to())).period();
          List<Period> flagged = new ArrayList<>();
          for (int k : signal.flagged()) {
            int i = observed.get(k);
            flagged.add(observations.get(i).period());
            Variation before = flags.get(i).get(rule);
            flags.get(i).put(rule, before == null ? variation : combine(before, variation));
          }
          boolean median = type == ChartType.RUN;
          findings.add(
              new Finding(
                  rule,
                  variation,
                  first,
                  last,
                  flagged,
                  FindingText.describe(Language.DANISH, signal, first, last, median),
                  FindingText.describe(Language.ENGLISH, signal, first, last, median)));
        }
      }
    }

    List<ChartPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Observation o = observations.get(i);
      boolean hasLimits = type.hasLimits() && !Double.isNaN(upper[i]);
      Limits limits =
          new Limits(
              centre[i],
              hasLimits ? OptionalDouble.of(lower[i]) : OptionalDouble.empty(),
              hasLimits ? OptionalDouble.of(upper[i]) : OptionalDouble.empty(),
              trial[i]);
      Optional<Variation> variation = Optional.empty();
      if (!o.isMissing()) {
        Variation combined = Variation.COMMON_CAUSE;
        for (Variation each : flags.get(i).values()) {
          combined = combined == Variation.COMMON_CAUSE ? each : combine(combined, each);
        }
        variation = Optional.of(combined);
      }
      points.add(
          new ChartPoint(
              o.period(),
              o.value(),
              Double.isNaN(movingRange[i]) ? OptionalDouble.empty() : OptionalDouble.of(movingRange[i]),
              limits,
              segmentOf[i],
              variation,
              List.copyOf(flags.get(i).keySet())));
    }
    for (FrozenBaseline b : frozen) {
      if (!placed.contains(b)) {
        throw new SpcException(
            "The frozen baseline " + b.first() + "–" + b.last() + " (" + b.reason() + ") does not lie"
                + " within one segment of the chart " + observations.get(0).period() + "–"
                + observations.get(n - 1).period() + ": each of its periods must be a period of the"
                + " series, with no change point inside it");
      }
    }
    double lag1 = states.get(states.size() - 1).lag1();
    List<List<Observation>> baselines = new ArrayList<>();
    for (SegmentState state : states) {
      baselines.add(state.baseline());
    }
    return new Result(
        List.copyOf(points), List.copyOf(segments), List.copyOf(findings), List.copyOf(notes),
        Double.isNaN(lag1) ? OptionalDouble.empty() : OptionalDouble.of(lag1), List.copyOf(baselines));
  }

  /**
   * The frozen baseline whose every period lies in the segment, if one does; it is added to
   * {@code placed}.
   *
   * @throws SpcException when two frozen baselines fall in one segment
   */
  private static Optional<FrozenBaseline> frozenIn(
      List<Observation> obs, int from, int to, List<FrozenBaseline> frozen, List<FrozenBaseline> placed) {
    Set<Period> periods = new LinkedHashSet<>();
    for (int i = from; i <= to; i++) {
      periods.add(obs.get(i).period());
    }
    Optional<FrozenBaseline> found = Optional.empty();
    for (FrozenBaseline b : frozen) {
      if (b.points().stream().allMatch(o -> periods.contains(o.period()))) {
        if (found.isPresent()) {
          throw new SpcException(
              "Two frozen baselines (" + found.get().first() + "–" + found.get().last() + " and "
                  + b.first() + "–" + b.last() + ") fall in the segment " + obs.get(from).period() + "–"
                  + obs.get(to).period() + "; a segment has one baseline");
        }
        found = Optional.of(b);
        placed.add(b);
      }
    }
    return found;
  }

  /**
   * The observations a segment's limits are computed from: the chart's own, or, with a frozen
   * baseline, the segment's periods with the baseline's values and every other period missing.
   */
  private static List<Observation> limitSource(
      List<Observation> obs, int from, int to, Optional<FrozenBaseline> frozen) {
    if (frozen.isEmpty()) {
      return obs;
    }
    Map<Period, Observation> kept = new LinkedHashMap<>();
    for (Observation o : frozen.get().points()) {
      kept.put(o.period(), o);
    }
    List<Observation> out = new ArrayList<>(obs);
    for (int i = from; i <= to; i++) {
      Period p = obs.get(i).period();
      out.set(i, kept.getOrDefault(p, Observation.missing(p)));
    }
    return out;
  }

  /** A point flagged both ways is a concern: a concern must never be hidden by good news. */
  private static Variation combine(Variation a, Variation b) {
    if (a == Variation.SPECIAL_CAUSE_CONCERN || b == Variation.SPECIAL_CAUSE_CONCERN) {
      return Variation.SPECIAL_CAUSE_CONCERN;
    }
    if (a == Variation.SPECIAL_CAUSE_IMPROVEMENT || b == Variation.SPECIAL_CAUSE_IMPROVEMENT) {
      return Variation.SPECIAL_CAUSE_IMPROVEMENT;
    }
    return Variation.SPECIAL_CAUSE_NEUTRAL;
  }

  private static Variation variation(int side, ImprovementDirection direction) {
    if (side == RuleEngine.NONE || direction == ImprovementDirection.NEUTRAL) {
      return Variation.SPECIAL_CAUSE_NEUTRAL;
    }
    return direction.isImprovement(side == RuleEngine.UP)
        ? Variation.SPECIAL_CAUSE_IMPROVEMENT
        : Variation.SPECIAL_CAUSE_CONCERN;
  }

  private static SegmentState segment(
      ChartType type,
      List<Observation> obs,
      int index,
      int from,
      int to,
      int fixAfter,
      Optional<ChangePoint> startedBy,
      Optional<ValueRange> range,
      Seasonality seasonality,
      List<ChartNote> notes,
      double[] centre,
      double[] lower,
      double[] upper,
      double[] sigma,
      double[] movingRange,
      double[] lowerOffset,
      double[] upperOffset,
      List<Observation> shown) {
    List<Integer> baseline = new ArrayList<>();
    for (int i = from; i <= to && (fixAfter == 0 || baseline.size() < fixAfter); i++) {
      if (!obs.get(i).isMissing()) {
        baseline.add(i);
      }
    }
    String where = obs.get(from).period() + "–" + obs.get(to).period();
    Period first = obs.get(from).period();
    Period last = obs.get(to).period();
    int size = baseline.size();
    boolean trial = size < MINIMUM_BASELINE;
    List<Observation> kept = new ArrayList<>();
    for (int i : baseline) {
      kept.add(obs.get(i));
    }
    for (int i = from; i <= to; i++) {
      lower[i] = Double.NaN;
      upper[i] = Double.NaN;
      sigma[i] = Double.NaN;
      centre[i] = Double.NaN;
    }
    if (baseline.isEmpty()) {
      notes.add(new ChartNote.NotEnoughData(index, first, last, 0));
      return new SegmentState(
          new Segment(first, last, startedBy, 0, true, Double.NaN, OptionalDouble.empty(),
              OptionalDouble.empty()),
          false, false, Double.NaN, kept);
    }
    // The chart shows the moving ranges of its own values; the limits read those of the values
    // they are computed from, which differ only under a frozen baseline.
    double[] limitRange = obs == shown ? movingRange : new double[obs.size()];
    if (obs != shown) {
      Arrays.fill(limitRange, Double.NaN);
    }
    for (int i = from + 1; i <= to; i++) {
      if (!shown.get(i).isMissing() && !shown.get(i - 1).isMissing()) {
        movingRange[i] = Math.abs(value(shown, i) - value(shown, i - 1));
      }
      if (obs != shown && !obs.get(i).isMissing() && !obs.get(i - 1).isMissing()) {
        limitRange[i] = Math.abs(value(obs, i) - value(obs, i - 1));
      }
    }
    switch (type) {
      case RUN:
        {
          double median = median(obs, baseline);
          for (int i = from; i <= to; i++) {
            centre[i] = median;
          }
          return new SegmentState(
              new Segment(first, last, startedBy, size, trial, median, OptionalDouble.empty(),
                  OptionalDouble.empty()),
              false, false, Double.NaN, kept);
        }
      case XMR:
        {
          double sum = 0;
          for (int i : baseline) {
            sum += value(obs, i);
          }
          double mean = sum / size;
          double[] expected = new double[obs.size()];
          Arrays.fill(expected, mean);
          boolean seasonal = seasonal(obs, index, from, to, baseline, seasonality, notes, where, expected);
          for (int i = from + 1; seasonal && i <= to; i++) {
            if (!Double.isNaN(movingRange[i])) {
              movingRange[i] =
                  Math.abs(value(shown, i) - expected[i] - (value(shown, i - 1) - expected[i - 1]));
            }
            if (obs != shown && !Double.isNaN(limitRange[i])) {
              limitRange[i] =
                  Math.abs(value(obs, i) - expected[i] - (value(obs, i - 1) - expected[i - 1]));
            }
          }
          double mrBar = meanOfAdjacent(baseline, i -> limitRange[i]);
          for (int i = from; i <= to; i++) {
            centre[i] = expected[i];
          }
          if (Double.isNaN(mrBar)) {
            notes.add(new ChartNote.NotEnoughData(index, first, last, size));
            return new SegmentState(
                new Segment(first, last, startedBy, size, trial, mean, OptionalDouble.empty(),
                    OptionalDouble.empty()),
                false, seasonal, Double.NaN, kept);
          }
          double width = LIMIT_FACTOR * mrBar;
          for (int i = from; i <= to; i++) {
            double low = expected[i] - width;
            double high = expected[i] + width;
            lower[i] = clamp(range, low);
            upper[i] = clamp(range, high);
            lowerOffset[i] = lower[i] == low ? -width : lower[i] - expected[i];
            upperOffset[i] = upper[i] == high ? width : upper[i] - expected[i];
            sigma[i] = width / 3;
          }
          double lag1 = lag1(obs, from, baseline, expected);
          if (!Double.isNaN(lag1) && size >= MINIMUM_BASELINE
              && lag1 >= ProcessBehaviourChart.AUTOCORRELATION_THRESHOLD) {
            notes.add(
                new ChartNote.Autocorrelated(index, lag1, ProcessBehaviourChart.AUTOCORRELATION_THRESHOLD));
          }
          return new SegmentState(
              new Segment(first, last, startedBy, size, trial, mean, OptionalDouble.of(mrBar),
                  OptionalDouble.of(MOVING_RANGE_FACTOR * mrBar)),
              true, seasonal, lag1, kept);
        }
      default:
        {
          boolean proportion = type == ChartType.P_PRIME;
          double numerators = 0;
          double denominators = 0;
          for (int i : baseline) {
            numerators += obs.get(i).numerator().getAsDouble();
            denominators += obs.get(i).denominator().getAsDouble();
          }
          double bar = numerators / denominators;
          if (bar == 0 || (proportion && bar == 1)) {
            throw new SpcException(
                (proportion ? "P′" : "U′") + " chart: every baseline value of segment " + where
                    + " is " + (bar == 0 ? "0" : "1")
                    + ", so the binomial/Poisson spread is 0 and no limits can be computed;"
                    + " use an XmR or run chart");
          }
          double[] z = new double[obs.size()];
          for (int i = from; i <= to; i++) {
            z[i] = Double.NaN;
            if (!obs.get(i).isMissing()) {
              z[i] = (value(obs, i) - bar) / spread(proportion, bar, obs.get(i).denominator().getAsDouble());
            }
          }
          double sigmaZ =
              meanOfAdjacent(
                      baseline,
                      i -> obs.get(i - 1).isMissing() ? Double.NaN : Math.abs(z[i] - z[i - 1]))
                  / D2;
          for (int i = from; i <= to; i++) {
            centre[i] = bar;
          }
          Segment segment =
              new Segment(first, last, startedBy, size, trial, bar, OptionalDouble.empty(),
                  OptionalDouble.empty());
          if (Double.isNaN(sigmaZ)) {
            notes.add(new ChartNote.NotEnoughData(index, first, last, size));
            return new SegmentState(segment, false, false, Double.NaN, kept);
          }
          for (int i = from; i <= to; i++) {
            if (shown.get(i).isMissing()) {
              continue;
            }
            double s = spread(proportion, bar, shown.get(i).denominator().getAsDouble()) * sigmaZ;
            sigma[i] = s;
            lower[i] = clamp(range, Math.max(0, bar - 3 * s));
            upper[i] = clamp(range, proportion ? Math.min(1, bar + 3 * s) : bar + 3 * s);
          }
          return new SegmentState(segment, true, false, Double.NaN, kept);
        }
    }
  }

  private static double clamp(Optional<ValueRange> range, double limit) {
    return range.isPresent() ? range.get().clamp(limit) : limit;
  }

  /** The lag-1 autocorrelation of the baseline's deviations from their expectation. */
  private static double lag1(List<Observation> obs, int from, List<Integer> baseline, double[] expected) {
    int end = baseline.get(baseline.size() - 1);
    double[] d = new double[end - from + 1];
    Arrays.fill(d, Double.NaN);
    for (int i : baseline) {
      d[i - from] = value(obs, i) - expected[i];
    }
    return Statistics.lag1Autocorrelation(d);
  }

  /**
   * Decides whether a segment is seasonally adjusted and, if so, fills each period's expectation
   * with its season's baseline mean.
   */
  private static boolean seasonal(
      List<Observation> obs,
      int index,
      int from,
      int to,
      List<Integer> baseline,
      Seasonality seasonality,
      List<ChartNote> notes,
      String where,
      double[] expected) {
    Grain grain = obs.get(from).period().grain();
    boolean cyclic = grain == Grain.MONTH || grain == Grain.WEEK;
    if (!seasonality.alwaysAdjusts() && !(seasonality.detects() && cyclic)) {
      return false;
    }
    int seasons = grain == Grain.MONTH ? 12 : 52;
    Optional<double[]> borrowed = seasonality.factors();
    if (borrowed.isPresent()) {
      double[] factor = borrowed.get();
      double sum = 0;
      double weight = 0;
      for (int i : baseline) {
        sum += value(obs, i);
        weight += factor[season(obs.get(i).period())];
      }
      for (int i = from; i <= to; i++) {
        expected[i] = sum / weight * factor[season(obs.get(i).period())];
      }
      notes.add(new ChartNote.SeasonallyAdjusted(index, grain, OptionalDouble.empty(), seasons, seasonality.source()));
      return true;
    }
    int[] count = new int[seasons];
    double[] sums = new double[seasons];
    double[] values = new double[baseline.size()];
    int[] group = new int[baseline.size()];
    for (int k = 0; k < baseline.size(); k++) {
      int i = baseline.get(k);
      group[k] = season(obs.get(i).period());
      values[k] = value(obs, i);
      count[group[k]]++;
      sums[group[k]] += values[k];
    }
    for (int g = 0; g < seasons; g++) {
      if (count[g] < 2) {
        if (seasonality.detects()) {
          return false;
        }
        throw new SpcException(
            "seasonal chart: the baseline of " + where + " has " + count[g] + " value"
                + (count[g] == 1 ? "" : "s") + " for " + (grain == Grain.MONTH ? "month " : "week ")
                + (g + 1) + " of the year; a seasonal chart needs at least two of each, so two"
                + " years of data in each segment's baseline (fix the limits later or use"
                + " Seasonality.auto(), which leaves a short series unadjusted)");
      }
    }
    OptionalDouble p = OptionalDouble.empty();
    if (seasonality.detects()) {
      double pValue = Statistics.oneWayAnova(values, group, seasons).pValue();
      if (!(pValue < seasonality.significance())) {
        return false;
      }
      p = OptionalDouble.of(pValue);
    }
    for (int i = from; i <= to; i++) {
      int g = season(obs.get(i).period());
      expected[i] = sums[g] / count[g];
    }
    notes.add(new ChartNote.SeasonallyAdjusted(index, grain, p, seasons, Optional.empty()));
    return true;
  }

  /**
   * Month of year (0–11) or ISO week of year (0–51, week 53 counted with week 52).
   *
   * @param period a monthly or weekly period
   * @return its season's index
   */
  public static int season(Period period) {
    if (period.grain() == Grain.MONTH) {
      return period.start().getMonthValue() - 1;
    }
    return Math.min(((Period.Week) period).week(), 52) - 1;
  }

  private interface IndexFunction {
    double at(int index);
  }

  /**
   * Mean over baseline points whose previous period is also in the baseline segment and observed.
   *
   * @return the mean; NaN when there is no such pair
   */
  private static double meanOfAdjacent(List<Integer> baseline, IndexFunction range) {
    double sum = 0;
    int count = 0;
    Set<Integer> inBaseline = new LinkedHashSet<>(baseline);
    for (int i : baseline) {
      if (inBaseline.contains(i - 1)) {
        double r = range.at(i);
        if (!Double.isNaN(r)) {
          sum += r;
          count++;
        }
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double spread(boolean proportion, double bar, double denominator) {
    return proportion ? Math.sqrt(bar * (1 - bar) / denominator) : Math.sqrt(bar / denominator);
  }

  private static double value(List<Observation> obs, int i) {
    return obs.get(i).value().getAsDouble();
  }

  private static double median(List<Observation> obs, List<Integer> baseline) {
    double[] values = new double[baseline.size()];
    for (int k = 0; k < values.length; k++) {
      values[k] = value(obs, baseline.get(k));
    }
    Arrays.sort(values);
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  private static void validate(
      ChartType type, List<Observation> obs, Optional<ValueRange> range, Seasonality seasonality) {
    if (range.isPresent()) {
      for (Observation o : obs) {
        if (!o.isMissing() && !range.get().contains(o.value().getAsDouble())) {
          throw new SpcException(
              o.period() + " has the value " + o.value().getAsDouble() + ", outside the chart's"
                  + " range " + range.get() + ": correct the data, or declare the range the"
                  + " measure really has");
        }
      }
    }
    if (seasonality.alwaysAdjusts()) {
      if (type != ChartType.XMR) {
        throw new SpcException(
            "a seasonal chart is an XmR chart of the residuals around each month's mean; a " + type
                + " chart cannot be seasonally adjusted: use ProcessBehaviourChart.xmr");
      }
      Grain grain = obs.get(0).period().grain();
      Grain needed = seasonality.grain().orElseThrow();
      if (grain != needed) {
        throw new SpcException(
            "Seasonality " + seasonality + " needs " + needed.name().toLowerCase(java.util.Locale.ROOT)
                + "ly observations, but the series is of grain " + grain
                + ": use Seasonality.auto() or the matching cycle");
      }
    }
  }

  private static void validate(
      ChartType type, List<Observation> obs, RuleSet rules, List<ChangePoint> changePoints) {
    if (obs.isEmpty()) {
      throw new SpcException("a chart needs at least one observation; the series is empty");
    }
    for (int i = 1; i < obs.size(); i++) {
      Period previous = obs.get(i - 1).period();
      Period current = obs.get(i).period();
      if (current.grain() != previous.grain()) {
        throw new SpcException(
            "observations mix grains: " + previous + " (" + previous.grain() + ") is followed by "
                + current + " (" + current.grain() + "); chart one grain at a time");
      }
      if (!current.equals(previous.next())) {
        throw new SpcException(
            "observations must be consecutive periods in order: " + current + " follows "
                + previous + ", expected " + previous.next()
                + "; record a period without data as Observation.missing(period)");
      }
    }
    if (type != ChartType.XMR && rules.rules().stream().anyMatch(Rule.MovingRangeAboveLimit.class::isInstance)) {
      throw new SpcException(
          "rule set '" + rules.name() + "' has the moving-range rule, which needs an XmR chart;"
              + " a " + type + " chart has no moving range: drop Rule.movingRangeAboveLimit()");
    }
    if (type == ChartType.RUN && rules.needsLimits()) {
      throw new SpcException(
          "rule set '" + rules.name() + "' needs process limits, which a run chart does not have:"
              + " use RuleSet.anhoj() or drop the rules that read limits");
    }
    if (type == ChartType.P_PRIME || type == ChartType.U_PRIME) {
      String chart = type == ChartType.P_PRIME ? "P′" : "U′";
      for (Observation o : obs) {
        if (!o.isMissing() && o.denominator().isEmpty()) {
          throw new SpcException(
              chart + " chart: " + o.period() + " has a value but no numerator and denominator;"
                  + " build it with Observation.ratio(period, numerator, denominator)");
        }
        if (type == ChartType.P_PRIME
            && !o.isMissing()
            && o.numerator().getAsDouble() > o.denominator().getAsDouble()) {
          throw new SpcException(
              "P′ chart: " + o.period() + " has numerator " + o.numerator().getAsDouble()
                  + " above its denominator " + o.denominator().getAsDouble()
                  + ", so it is not a proportion; use a U′ chart for rates");
        }
      }
    }
    Set<Period> seen = new LinkedHashSet<>();
    for (ChangePoint cp : changePoints) {
      if (!seen.add(cp.period())) {
        throw new SpcException("two change points at " + cp.period() + ": declare each once");
      }
      if (cp.period().equals(obs.get(0).period())) {
        throw new SpcException(
            "change point at " + cp.period() + " is the first period: there is nothing before it"
                + " to change from");
      }
      if (obs.stream().noneMatch(o -> o.period().equals(cp.period()))) {
        throw new SpcException(
            "change point at " + cp.period() + " is outside the series " + obs.get(0).period()
                + "–" + obs.get(obs.size() - 1).period());
      }
    }
  }
}
