package dk.datainformed.kpi.definition;

import dk.datainformed.spc.ValueRange;
import org.apiguardian.api.API;

/**
 * The unit a KPI's value is stated in. Percent and per mille also set a ratio's default {@linkplain
 * RatioKpi#scale() scale}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Unit {
  /** Per cent (a ratio × 100). */
  PERCENT(100),
  /** Percentage points: the difference of two percentages. */
  PERCENTAGE_POINTS(1),
  /** Per mille (a ratio × 1000). */
  PER_MILLE(1000),
  /** A plain ratio or share between 0 and 1. */
  RATIO(1),
  /** A number of things (cases, spells, applications). */
  COUNT(1),
  /** A number of persons. */
  PERSONS(1),
  /** Danish kroner. */
  DKK(1),
  /** Days (for sickness absence: dagsværk of 7.4 hours, or calendar days, as the KPI says). */
  DAYS(1),
  /** Hours. */
  HOURS(1),
  /** Full-time equivalents (årsværk or fuldtidsstillinger). */
  FULL_TIME_EQUIVALENTS(1),
  /** A number per full-time equivalent, e.g. absence spells per full-year employee. */
  PER_FULL_TIME_EQUIVALENT(1),
  /** A score on a scale of 0 or more, e.g. a well-being survey's mean on its 1–5 scale. */
  SCORE(1),
  /** A plain number that may be negative: a change, a difference, an index. */
  NUMBER(1);

  private final double defaultScale;

  Unit(double defaultScale) {
    this.defaultScale = defaultScale;
  }

  /**
   * The values a KPI in this unit can take, for keeping process limits inside them: percent 0–100,
   * per mille 0–1000, a ratio 0–1; counts, persons, days, hours, full-time equivalents and numbers
   * per full-time equivalent and scores 0 or more; percentage points (a difference) −100–100;
   * kroner and plain numbers any value (a balance, a deviation or a change may be negative).
   *
   * <pre>{@code
   * ProcessBehaviourChart.xmr(series.toObservations()).range(kpi.unit().range()).build();
   * }</pre>
   *
   * <p>A percentage that can exceed 100 (budget used, occupancy) is not a share of a whole: state it
   * with a unit whose range fits, or give the chart {@link ValueRange#nonNegative()} yourself. A P′
   * or U′ chart plots proportions and rates unscaled and keeps its limits in 0–1 or at 0 already.
   *
   * @return the range
   */
  public ValueRange range() {
    switch (this) {
      case PERCENT:
        return ValueRange.percent();
      case PER_MILLE:
        return ValueRange.between(0, 1000);
      case RATIO:
        return ValueRange.share();
      case PERCENTAGE_POINTS:
        return ValueRange.between(-100, 100);
      case DKK:
      case NUMBER:
        return ValueRange.unbounded();
      default:
        return ValueRange.nonNegative();
    }
  }

  /**
   * The factor a ratio in this unit is multiplied by when no scale is given.
   *
   * @return 100 for {@link #PERCENT}, 1000 for {@link #PER_MILLE}, otherwise 1
   */
  public double defaultScale() {
    return defaultScale;
  }
}
