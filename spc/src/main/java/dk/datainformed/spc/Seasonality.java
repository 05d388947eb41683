package dk.datainformed.spc;

import dk.datainformed.core.time.Grain;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether a chart takes a seasonal pattern out before it judges a point: sickness absence peaks
 * every winter, and an XmR chart around one mean reads every winter as a special cause.
 *
 * <pre>{@code
 * ProcessBehaviourChart.xmr(monthly).seasonal(Seasonality.auto()).build();         // test, then adjust
 * ProcessBehaviourChart.xmr(monthly).seasonal(Seasonality.monthOfYear()).build();  // always adjust
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
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Seasonality {
  /** The significance level of {@link #auto()}: 1 %, as the X-11 test for stable seasonality. */
  public static final double DEFAULT_SIGNIFICANCE = 0.01;

  private final boolean detect;
  private final boolean adjust;
  private final double significance;
  private final Optional<Grain> grain;

  private Seasonality(boolean detect, boolean adjust, double significance, Optional<Grain> grain) {
    this.detect = detect;
    this.adjust = adjust;
    this.significance = significance;
    this.grain = grain;
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
   * @return true for {@link #monthOfYear()} and {@link #weekOfYear()}
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
    return detect ? "auto(" + significance + ")" : adjust ? grain.orElseThrow() + " of year" : "none";
  }
}
