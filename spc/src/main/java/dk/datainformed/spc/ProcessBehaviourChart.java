package dk.datainformed.spc;

import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.internal.ChartEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * A process behaviour chart: a series judged against its own past, telling a signal (special
 * cause) from the noise every process has (common cause). Immutable.
 *
 * <pre>{@code
 * ProcessBehaviourChart chart =
 *     ProcessBehaviourChart.xmr(observations)
 *         .direction(ImprovementDirection.LOWER_IS_BETTER)
 *         .rules(RuleSet.makingDataCount())
 *         .target(4.5)
 *         .fixLimitsAfter(12)
 *         .changePoint(ChangePoint.rebase(Period.month(2024, 1), "new rota"))
 *         .range(ValueRange.percent())                   // no limit below 0 % or above 100 %
 *         .seasonal(Seasonality.auto())                  // winter peaks are not special causes
 *         .build();
 *
 * chart.latest().flatMap(ChartPoint::variation);        // SPECIAL_CAUSE_CONCERN
 * chart.assurance();                                    // HIT_AND_MISS
 * chart.findings().get(0).describe(Language.DANISH);    // "7 måneder i træk over gennemsnittet, …"
 * }</pre>
 *
 * <h2>How it is computed</h2>
 *
 * <ul>
 *   <li>XmR: centre = mean; limits = mean ± {@value #LIMIT_FACTOR} × mean moving range; moving range
 *       chart upper limit = {@value #MOVING_RANGE_LIMIT_FACTOR} × mean moving range.
 *   <li>P′ and U′ (Laney): centre = Σ numerators / Σ denominators; each point's limits = centre ±
 *       3 × σ<sub>i</sub> × σ<sub>z</sub>, with σ<sub>i</sub> the binomial (P′) or Poisson (U′)
 *       spread for its denominator and σ<sub>z</sub> the mean moving range of the standardised
 *       values / 1.128. Limits are clipped to [0, 1] (P′) or at 0 (U′).
 *   <li>Run chart: centre = median; no limits.
 * </ul>
 *
 * <p>Observations must be consecutive periods of one grain; a period without data is an explicit
 * {@link Observation#missing(dk.datainformed.core.time.Period) missing} observation. Missing periods are left out of limits
 * and rules: a moving range is only taken between two adjacent observed periods, and a run simply
 * continues over a gap.
 *
 * <p>Limits are computed per segment: from the first period, and again from each declared {@link
 * ChangePoint}. By default all observed points of a segment form its baseline; {@link
 * Builder#fixLimitsAfter(int)} fixes them after the first points, so new data are judged against
 * them. A baseline of fewer than {@value #MINIMUM_BASELINE} points gives trial limits, marked as
 * such.
 *
 * <p>With a {@link ValueRange} the limits are clamped to it. With {@link Seasonality} a monthly or
 * weekly XmR segment may be seasonally adjusted: its centre line follows each month's baseline mean
 * and its rules read the residuals ({@link #seasonallyAdjusted()}, with a note). A segment without
 * two observed values in adjacent periods has no limits and a {@link ChartNote.NotEnoughData}
 * note rather than failing the chart; a baseline whose lag-1 autocorrelation reaches {@value
 * #AUTOCORRELATION_THRESHOLD} gets a {@link ChartNote.Autocorrelated} note.
 *
 * <p>A point flagged by rules in both directions (say, a rising trend below the mean when higher is
 * better) is a concern: good news never hides a concern.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProcessBehaviourChart {
  /** The XmR limit factor used by NHS England's Making Data Count, 3 / 1.128 rounded. */
  public static final double LIMIT_FACTOR = 2.66;

  /** The moving range chart's upper limit factor (D4 for subgroups of two). */
  public static final double MOVING_RANGE_LIMIT_FACTOR = 3.267;

  /** Baselines of fewer points give trial limits. */
  public static final int MINIMUM_BASELINE = 12;

  /**
   * The lag-1 autocorrelation from which an XmR chart notes that its limits are too narrow.
   *
   * <p>For a stationary AR(1) process with lag-1 autocorrelation ρ, the expected moving range is
   * 1.128 σ √(2(1 − ρ)) / √2 = 1.128 σ √(1 − ρ), so limits from the mean moving range are √(1 − ρ)
   * of their proper width: at ρ = 0.5 about 71 %, i.e. the "3σ" limits sit at 2.1σ and a stable
   * process crosses them about ten times as often (Wheeler, "Autocorrelated data", Quality Digest,
   * August 2017, on how autocorrelation shrinks XmR limits; Montgomery, Introduction to Statistical
   * Quality Control, ch. 10, on charts for autocorrelated data). It is computed on baselines of at
   * least {@value #MINIMUM_BASELINE} points, where a series without autocorrelation reaches 0.5
   * by chance well under 5 % of the time (the estimate's standard error is about 1/√n).
   */
  public static final double AUTOCORRELATION_THRESHOLD = 0.5;

  private final ChartType type;
  private final ImprovementDirection direction;
  private final RuleSet rules;
  private final OptionalDouble target;
  private final List<ChartPoint> points;
  private final List<Segment> segments;
  private final List<Finding> findings;
  private final List<ChartNote> notes;
  private final OptionalDouble lag1;
  private final Optional<ValueRange> range;
  private final List<List<Observation>> baselines;

  private ProcessBehaviourChart(Builder builder, ChartEngine.Result result) {
    this.type = builder.type;
    this.direction = builder.direction;
    this.rules = builder.rules;
    this.target = builder.target;
    this.points = result.points();
    this.segments = result.segments();
    this.findings = result.findings();
    this.notes = result.notes();
    this.lag1 = result.lag1Autocorrelation();
    this.range = builder.range;
    this.baselines = result.baselines();
  }

  /**
   * Starts an XmR (individuals) chart.
   *
   * @param observations the series, consecutive periods of one grain
   * @return a builder, with Making Data Count rules and a neutral direction until told otherwise
   */
  public static Builder xmr(List<Observation> observations) {
    return new Builder(ChartType.XMR, observations);
  }

  /**
   * Starts a Laney P′ chart for proportions with varying denominators, such as sickness absence
   * percentages of units of different size.
   *
   * @param observations the series, made with {@link Observation#ratio(dk.datainformed.core.time.Period, double, double)},
   *     numerators not above denominators
   * @return a builder, with Making Data Count rules and a neutral direction until told otherwise
   */
  public static Builder pPrime(List<Observation> observations) {
    return new Builder(ChartType.P_PRIME, observations);
  }

  /**
   * Starts a Laney U′ chart for rates per unit with varying denominators, such as falls per 1,000
   * bed days.
   *
   * @param observations the series, made with {@link Observation#ratio(dk.datainformed.core.time.Period, double, double)}
   * @return a builder, with Making Data Count rules and a neutral direction until told otherwise
   */
  public static Builder uPrime(List<Observation> observations) {
    return new Builder(ChartType.U_PRIME, observations);
  }

  /**
   * Starts a run chart around the median.
   *
   * @param observations the series, consecutive periods of one grain
   * @return a builder, with Anhøj's rules and a neutral direction until told otherwise
   */
  public static Builder run(List<Observation> observations) {
    return new Builder(ChartType.RUN, observations);
  }

  /**
   * The chart type.
   *
   * @return the type
   */
  public ChartType type() {
    return type;
  }

  /**
   * The improvement direction the chart was judged with.
   *
   * @return the direction
   */
  public ImprovementDirection direction() {
    return direction;
  }

  /**
   * The rules applied.
   *
   * @return the rule set
   */
  public RuleSet rules() {
    return rules;
  }

  /**
   * The target, if one was given.
   *
   * @return the target
   */
  public OptionalDouble target() {
    return target;
  }

  /**
   * Every period, in order, with its limits and verdict.
   *
   * @return the points, one per observation
   */
  public List<ChartPoint> points() {
    return points;
  }

  /**
   * The stretches with their own limits.
   *
   * @return the segments, at least one
   */
  public List<Segment> segments() {
    return segments;
  }

  /**
   * The signals, by segment, then rule set order, then time.
   *
   * @return the findings; empty when everything is common cause
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * What a reader must know about how the chart was drawn: seasonal adjustment, autocorrelated
   * data, segments without limits.
   *
   * @return the notes, by segment; empty for a plain chart on well-behaved data
   */
  public List<ChartNote> notes() {
    return notes;
  }

  /**
   * Whether any segment's limits lie around a seasonal expectation rather than one mean.
   *
   * @return true when a {@link ChartNote.SeasonallyAdjusted} note is present
   */
  public boolean seasonallyAdjusted() {
    return notes.stream().anyMatch(ChartNote.SeasonallyAdjusted.class::isInstance);
  }

  /**
   * Whether every segment had enough data for its centre line and (except on a run chart) its
   * limits. A chart without enough data is still drawn: its points without limits, judged only by
   * the rules that need none, with a {@link ChartNote.NotEnoughData} note, so a unit whose months
   * were all suppressed says "not enough data" instead of stopping a whole report.
   *
   * @return false when some segment lacks limits for want of data
   */
  public boolean hasEnoughData() {
    return notes.stream().noneMatch(ChartNote.NotEnoughData.class::isInstance);
  }

  /**
   * The lag-1 autocorrelation of the latest segment's baseline (its residuals on a seasonal
   * chart), which the guards cite as evidence that signals may be noise. At or above {@value
   * #AUTOCORRELATION_THRESHOLD} on a baseline of {@value #MINIMUM_BASELINE} or more the chart
   * carries a {@link ChartNote.Autocorrelated} note.
   *
   * @return the autocorrelation; empty on P′, U′ and run charts and without two adjacent values
   */
  public OptionalDouble lag1Autocorrelation() {
    return lag1;
  }

  /**
   * The possible values the limits were kept inside, if declared.
   *
   * @return the range
   */
  public Optional<ValueRange> range() {
    return range;
  }

  /**
   * The latest observed point: what the KPI says now.
   *
   * @return the last point with a value; empty if every period is missing
   */
  public Optional<ChartPoint> latest() {
    for (int i = points.size() - 1; i >= 0; i--) {
      if (!points.get(i).isMissing()) {
        return Optional.of(points.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The period from which the process seems to run at another level: a run of points on one side
   * of the centre line (the shift rule) followed by special causes on the other side only, as
   * Engskolen's well-being, eight years below the mean and then two above the upper limit. The
   * limits around both levels are then wrong for each: if the cause is known, declare a change
   * point from this period (Making Data Count recalculates limits only for an understood change).
   *
   * <pre>{@code
   * chart.levelChange().ifPresent(from -> System.out.println("ny fase fra " + from.format()));
   * }</pre>
   *
   * @return the first period after the run, or empty when the findings show no such pattern
   */
  public Optional<Period> levelChange() {
    for (Finding run : findings) {
      if (!(run.rule() instanceof Rule.Shift)) {
        continue;
      }
      int side = side(run);
      boolean after = false;
      boolean opposite = true;
      for (Finding f : findings) {
        if (f.first().compareTo(run.last()) > 0) {
          after = true;
          opposite &= side(f) == -side;
        }
      }
      if (after && opposite && side != 0) {
        return Optional.of(run.last().next());
      }
    }
    return Optional.empty();
  }

  /** Which side of the centre line a finding's flagged points lie on: 1 above, -1 below, 0 both. */
  private int side(Finding f) {
    int above = 0;
    int below = 0;
    for (ChartPoint p : points) {
      if (f.flagged().contains(p.period()) && p.value().isPresent()) {
        double d = p.value().getAsDouble() - p.limits().centre();
        above += d > 0 ? 1 : 0;
        below += d < 0 ? 1 : 0;
      }
    }
    return above > 0 && below == 0 ? 1 : below > 0 && above == 0 ? -1 : 0;
  }

  /**
   * The findings that flagged the latest observed point.
   *
   * @return those findings, possibly none
   */
  public List<Finding> latestFindings() {
    List<Finding> result = new ArrayList<>();
    latest()
        .ifPresent(
            p -> {
              for (Finding f : findings) {
                if (f.flagged().contains(p.period())) {
                  result.add(f);
                }
              }
            });
    return List.copyOf(result);
  }

  /**
   * Whether the process will meet its target, judged from the latest observed point's limits:
   * consistently passes when both limits are on the good side of the target, consistently fails
   * when both are on the bad side, hit and miss otherwise (a limit exactly on the target is hit and
   * miss).
   *
   * @return the assurance; {@link Assurance#NONE} without a target, with a neutral direction, on a
   *     run chart, or without an observed value
   */
  public Assurance assurance() {
    Optional<ChartPoint> latest = latest();
    if (target.isEmpty()
        || direction == ImprovementDirection.NEUTRAL
        || latest.isEmpty()
        || latest.get().limits().upper().isEmpty()) {
      return Assurance.NONE;
    }
    double t = target.getAsDouble();
    double lower = latest.get().limits().lower().getAsDouble();
    double upper = latest.get().limits().upper().getAsDouble();
    boolean higherIsBetter = direction == ImprovementDirection.HIGHER_IS_BETTER;
    if (lower > t) {
      return higherIsBetter ? Assurance.CONSISTENTLY_PASSES : Assurance.CONSISTENTLY_FAILS;
    }
    if (upper < t) {
      return higherIsBetter ? Assurance.CONSISTENTLY_FAILS : Assurance.CONSISTENTLY_PASSES;
    }
    return Assurance.HIT_AND_MISS;
  }

  /**
   * The observed points a segment's limits were computed from: its first points up to {@link
   * Builder#fixLimitsAfter(int)}, all of them, or a {@link FrozenBaseline}'s. Keep them as a frozen
   * baseline so that later charts of the series judge new data against the same limits.
   *
   * @param segment the segment's index in {@link #segments()}
   * @return the points, possibly none
   * @throws SpcException when there is no such segment
   */
  public List<Observation> baselinePoints(int segment) {
    if (segment < 0 || segment >= baselines.size()) {
      throw new SpcException(
          "The chart has " + baselines.size() + " segment(s); there is no segment " + segment);
    }
    return baselines.get(segment);
  }

  @Override
  public String toString() {
    return type + " chart " + points.get(0).period() + "–" + points.get(points.size() - 1).period()
        + ", " + findings.size() + " finding(s) by " + rules.name();
  }

  /** Configures a chart; read it as a sentence, then {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private final ChartType type;
    private final List<Observation> observations;
    private ImprovementDirection direction = ImprovementDirection.NEUTRAL;
    private RuleSet rules;
    private OptionalDouble target = OptionalDouble.empty();
    private int fixAfter;
    private final List<ChangePoint> changePoints = new ArrayList<>();
    private Optional<ValueRange> range = Optional.empty();
    private Seasonality seasonality = Seasonality.none();
    private final List<FrozenBaseline> frozen = new ArrayList<>();

    private Builder(ChartType type, List<Observation> observations) {
      this.type = type;
      this.observations = List.copyOf(observations);
      this.rules = type == ChartType.RUN ? RuleSet.anhoj() : RuleSet.makingDataCount();
    }

    /**
     * Which way the KPI improves; decides whether a special cause is improvement or concern.
     *
     * @param direction the direction; NEUTRAL by default
     * @return this builder
     */
    public Builder direction(ImprovementDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * The rules to apply.
     *
     * @param rules the rule set; Making Data Count by default, Anhøj for run charts
     * @return this builder
     */
    public Builder rules(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * A target to judge assurance against.
     *
     * @param target the target, in the unit of the values (a proportion for P′)
     * @return this builder
     * @throws SpcException when the target is not finite
     */
    public Builder target(double target) {
      if (!Double.isFinite(target)) {
        throw new SpcException("target (" + target + ") must be a finite number");
      }
      this.target = OptionalDouble.of(target);
      return this;
    }

    /**
     * Fixes each segment's limits after its first observed points; later points are judged
     * against them and never move them.
     *
     * @param points the number of observed points in the baseline, at least 2
     * @return this builder
     * @throws SpcException when below 2
     */
    public Builder fixLimitsAfter(int points) {
      if (points < 2) {
        throw new SpcException(
            "baseline size (" + points + ") must be at least 2 points; " + MINIMUM_BASELINE
                + " or more give firm limits");
      }
      this.fixAfter = points;
      return this;
    }

    /**
     * Takes the limits of the segment the baseline's periods lie in from a baseline fixed earlier
     * (see {@link FrozenBaseline}), instead of from this chart's values for those periods; {@link
     * #fixLimitsAfter(int)} then applies to the other segments only. The chart gets a {@link
     * ChartNote.LimitsFrozen} note.
     *
     * @param baseline the baseline; each of its periods must be a period of the series, in one
     *     segment (checked by {@link #build()})
     * @return this builder
     */
    public Builder frozenBaseline(FrozenBaseline baseline) {
      frozen.add(Objects.requireNonNull(baseline, "baseline"));
      return this;
    }

    /**
     * Declares a change point: limits are recalculated from its period on.
     *
     * @param changePoint a data break or a rebase with its reason
     * @return this builder
     */
    public Builder changePoint(ChangePoint changePoint) {
      changePoints.add(Objects.requireNonNull(changePoint, "changePoint"));
      return this;
    }

    /**
     * The values the measure can take; the limits are kept inside them, as Making Data Count's
     * tools do (a percentage gets no limit below 0 % or above 100 %).
     *
     * @param range the range, in the unit of the values (a proportion for P′)
     * @return this builder
     */
    public Builder range(ValueRange range) {
      this.range = Optional.of(Objects.requireNonNull(range, "range"));
      return this;
    }

    /**
     * The values the measure can take, between two bounds.
     *
     * @param lowest the lowest possible value
     * @param highest the highest possible value
     * @return this builder
     * @throws SpcException when the bounds are not finite or not in order
     */
    public Builder range(double lowest, double highest) {
      return range(ValueRange.between(lowest, highest));
    }

    /**
     * Whether to take a seasonal pattern out before judging points (XmR charts); see {@link
     * Seasonality} for the test and the chart.
     *
     * @param seasonality {@link Seasonality#none()} by default
     * @return this builder
     */
    public Builder seasonal(Seasonality seasonality) {
      this.seasonality = Objects.requireNonNull(seasonality, "seasonality");
      return this;
    }

    /**
     * Computes the chart.
     *
     * @return the chart
     * @throws SpcException when the series is empty, not consecutive, mixes grains, lacks the
     *     numerators and denominators a P′/U′ chart needs, has a value outside its declared range,
     *     the rule set needs limits on a run chart, a change point lies outside the series, or a
     *     forced seasonal adjustment lacks two baseline values per month (week) of the year, or a
     *     frozen baseline does not lie within one segment (or two lie in one). A
     *     segment with too little data for limits is not an error: see {@link
     *     ProcessBehaviourChart#hasEnoughData()}
     */
    public ProcessBehaviourChart build() {
      ChartEngine.Result result =
          ChartEngine.compute(
              type, observations, direction, rules, fixAfter, changePoints, range, seasonality,
              List.copyOf(frozen));
      return new ProcessBehaviourChart(this, result);
    }
  }
}
