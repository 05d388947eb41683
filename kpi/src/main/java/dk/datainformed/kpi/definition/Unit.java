package dk.datainformed.kpi.definition;

/**
 * The unit a KPI's value is stated in. Percent and per mille also set a ratio's default {@linkplain
 * RatioKpi#scale() scale}.
 */
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
  PER_FULL_TIME_EQUIVALENT(1);

  private final double defaultScale;

  Unit(double defaultScale) {
    this.defaultScale = defaultScale;
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
