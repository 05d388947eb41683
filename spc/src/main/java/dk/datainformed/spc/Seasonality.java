package dk.datainformed.spc;

import dk.datainformed.core.time.Grain;
import dk.datainformed.spc.internal.ChartEngine;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether a chart takes a seasonal pattern out before it judges a point: sickness absence peaks
 * every winter, and an XmR chart around one mean reads every winter as a special cause.
 *
 * <pre>{@code
 * ProcessBehaviourChart.xmr(monthly).seasonal(Seasonality.auto()).build();         // test, then adjust
 * ProcessBehaviourChart.xmr(monthly).seasonal(Seasonality.monthOfYear()).build();  // always adjust
 * Seasonality.borrowedFrom(administrationChart, "Teknik og Miljø")                  // a unit's
 *     .map(season -> ProcessBehaviourChart.xmr(unitMonthly).seasonal(season).build());  // season
 * }</pre>
 *
 * <h2>Detection ({@link #auto()})</h2>
 *
 * <p>On each segment's baseline of at least two observed values per month of the year (ISO week of
 * the year for weekly data, week 53 counted with week 52), a one-way analysis of variance of the
 * values by month of year, with its F-test at the 1 % level ({@value #DEFAULT_SIGNIFICANCE}). This
 * is the F-test for stable seasonality of the X-11 method (Ladiray &amp; Quenneville, "Seasonal
 * Adjustment with the X-11 Method", Springer 2001, test F<sub>S</sub> of table D8), which X-11
 * reads at 0.1 %; we read it at 1 % because the costs are not equal: a season left in the chart
 * makes every winter a false alarm, while adjusting a series without a season only spends twelve
 * means on it. The rank-based Kruskal–Wallis test, X-11's other check, cannot serve on two years:
 * with two values in each of twelve months its statistic is at most 22.9, short of the 24.7 that
 * 1 % needs, however strong the season. Daily, quarterly, half-yearly and yearly series are never
 * adjusted by {@code auto()}.
 *
 * <h2>The seasonal chart</h2>
 *
 * <p>The centre line of each point is its month's mean over the baseline (the seasonal
 * expectation); the limits are that expectation ± 2.66 × the mean moving range of the residuals
 * (value minus its month's mean), and the rules read the residuals. This is the residual chart of
 * Alwan &amp; Roberts ("Time-series modeling for statistical process control", Journal of Business
 * &amp; Economic Statistics 6(1), 1988): chart what the known pattern does not explain. Month means
 * rather than year-over-year differences, because a difference x<sub>t</sub> − x<sub>t−12</sub>
 * doubles the noise variance (limits √2 wider), loses the whole first year, and shows a lasting
 * shift only for twelve months before it disappears again, where a residual keeps it as a run.
 *
 * <h2>A borrowed season ({@link #borrowed(double[], String)})</h2>
 *
 * <p>A small unit's own two years cannot show its season: its noise hides the F-test's evidence,
 * and twelve month means fitted to 24 points would follow its noise. Yet its staff fall ill in the
 * same winters as the rest of the municipality. A borrowed season takes the pattern of a larger
 * series that shows one (the unit's administration), as factors of the year's mean, and fits only
 * the unit's own level to it: the expectation of a point is the level × its season's factor, the
 * level being the baseline's sum over the sum of its points' factors. Limits and rules then read
 * the residuals as above. This is the combined (group) seasonal index of forecasting (Withycombe,
 * "Forecasting with combined seasonal indices", International Journal of Forecasting 5(4), 1989;
 * Dekker, van Donselaar &amp; Ouwehand, "How to use aggregation and combined forecasting to improve
 * seasonal demand forecasts", International Journal of Production Economics 90(2), 2004):
 * multiplicative, so it suits levels that are rates, shares or counts above 0.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Seasonality {
  /** The significance level of {@link #auto()}: 1 %, as the X-11 test for stable seasonality. */
  public static final double DEFAULT_SIGNIFICANCE = 0.01;

  private final boolean detect;
  private final boolean adjust;
  private final double significance;
  private final Optional<Grain> grain;
  private final double[] pattern;
  private final String source;

  private Seasonality(boolean detect, boolean adjust, double significance, Optional<Grain> grain) {
    this(detect, adjust, significance, grain, null, null);
  }

  private Seasonality(
      boolean detect, boolean adjust, double significance, Optional<Grain> grain, double[] pattern,
      String source) {
    this.detect = detect;
    this.adjust = adjust;
    this.significance = significance;
    this.grain = grain;
    this.pattern = pattern;
    this.source = source;
  }

  /**
   * Always adjust by a season taken from another series, fitting only this series' level to it
   * (see the class description).
   *
   * @param factors each month's (12) or ISO week's (52, week 53 with week 52) expectation as a
   *     factor of the year's mean: every factor above 0; they are scaled to average 1
   * @param source where the pattern comes from, for the chart's note, e.g. {@code "Teknik og Miljø"}
   * @return the setting; the chart needs monthly (or weekly) observations
   * @throws SpcException when there are not 12 or 52 factors, one is not above 0, or the source is
   *     blank
   */
  public static Seasonality borrowed(double[] factors, String source) {
    if (factors == null || (factors.length != 12 && factors.length != 52)) {
      throw new SpcException("a borrowed season needs 12 factors (months) or 52 (weeks)");
    }
    if (source == null || source.isBlank()) {
      throw new SpcException("a borrowed season needs the name of the series it comes from");
    }
    double sum = 0;
    for (double f : factors) {
      if (!(f > 0 && Double.isFinite(f))) {
        throw new SpcException("a borrowed season's factors must all be above 0, not " + f);
      }
      sum += f;
    }
    double[] scaled = new double[factors.length];
    for (int i = 0; i < factors.length; i++) {
      scaled[i] = factors[i] / (sum / factors.length);
    }
    return new Seasonality(false, true, DEFAULT_SIGNIFICANCE,
        Optional.of(factors.length == 12 ? Grain.MONTH : Grain.WEEK), scaled, source);
  }

  /**
   * The season of a seasonally adjusted chart, to borrow for a smaller series: its latest
   * segment's expectation per month (week) of the year, as factors of their mean.
   *
   * @param chart a chart; only one whose latest segment is seasonally adjusted and whose
   *     expectations are all above 0 has a season to lend
   * @param source the chart's name, for the borrowing chart's note
   * @return the season, or empty when the chart has none to lend
   */
  public static Optional<Seasonality> borrowedFrom(ProcessBehaviourChart chart, String source) {
    int last = chart.segments().size() - 1;
    boolean adjusted = chart.notes().stream()
        .anyMatch(n -> n instanceof ChartNote.SeasonallyAdjusted && n.segment() == last);
    if (!adjusted) {
      return Optional.empty();
    }
    Grain cycle = chart.points().get(0).period().grain();
    int seasons = cycle == Grain.MONTH ? 12 : 52;
    double[] factors = new double[seasons];
    boolean[] seen = new boolean[seasons];
    for (ChartPoint p : chart.points()) {
      if (p.segment() == last) {
        int g = ChartEngine.season(p.period());
        factors[g] = p.limits().centre();
        seen[g] = true;
      }
    }
    for (int g = 0; g < seasons; g++) {
      if (!seen[g] || !(factors[g] > 0)) {
        return Optional.empty();
      }
    }
    return Optional.of(borrowed(factors, source));
  }

  /**
   * The borrowed season's factors.
   *
   * @return a copy of the factors, averaging 1; empty unless {@link #borrowed(double[], String)}
   */
  public Optional<double[]> factors() {
    return Optional.ofNullable(pattern).map(double[]::clone);
  }

  /**
   * Where a borrowed season comes from.
   *
   * @return the source's name; empty unless {@link #borrowed(double[], String)}
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * No seasonal adjustment: one centre line per segment. The default.
   *
   * @return the setting
   */
  public static Seasonality none() {
    return new Seasonality(false, false, DEFAULT_SIGNIFICANCE, Optional.empty());
  }

  /**
   * Adjust monthly or weekly series whose baseline shows a season, at the 1 % level.
   *
   * @return the setting
   */
  public static Seasonality auto() {
    return auto(DEFAULT_SIGNIFICANCE);
  }

  /**
   * Adjust monthly or weekly series whose baseline shows a season at the given level.
   *
   * @param significance the level of the F-test, above 0 and below 1
   * @return the setting
   * @throws SpcException when the level is outside (0, 1)
   */
  public static Seasonality auto(double significance) {
    if (!(significance > 0 && significance < 1)) {
      throw new SpcException(
          "significance level (" + significance + ") must lie between 0 and 1, e.g. 0.01");
    }
    return new Seasonality(true, false, significance, Optional.empty());
  }

  /**
   * Always adjust a monthly series by month of year, without a test.
   *
   * @return the setting; the chart needs monthly observations and two per month of year in each
   *     segment's baseline
   */
  public static Seasonality monthOfYear() {
    return new Seasonality(false, true, DEFAULT_SIGNIFICANCE, Optional.of(Grain.MONTH));
  }

  /**
   * Always adjust a weekly series by ISO week of year (week 53 with week 52), without a test.
   *
   * @return the setting; the chart needs weekly observations and two per week of year in each
   *     segment's baseline
   */
  public static Seasonality weekOfYear() {
    return new Seasonality(false, true, DEFAULT_SIGNIFICANCE, Optional.of(Grain.WEEK));
  }

  /**
   * Whether the season is tested for before adjusting.
   *
   * @return true for {@link #auto()}
   */
  public boolean detects() {
    return detect;
  }

  /**
   * Whether the chart adjusts without a test.
   *
   * @return true for {@link #monthOfYear()}, {@link #weekOfYear()} and a borrowed season
   */
  public boolean alwaysAdjusts() {
    return adjust;
  }

  /**
   * The significance level of the test.
   *
   * @return the level; {@value #DEFAULT_SIGNIFICANCE} unless given
   */
  public double significance() {
    return significance;
  }

  /**
   * The grain a forced adjustment needs.
   *
   * @return MONTH or WEEK for a forced adjustment, empty otherwise
   */
  public Optional<Grain> grain() {
    return grain;
  }

  @Override
  public String toString() {
    return detect ? "auto(" + significance + ")"
        : pattern != null ? "borrowed from " + source
        : adjust ? grain.orElseThrow() + " of year" : "none";
  }
}
