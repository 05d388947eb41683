package dk.datainformed.kpi.definition;

import org.apiguardian.api.API;

/** How a {@link Measure} turns the rows of a period and breakdown into one number. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Aggregation {
  /** The number of rows; reads no field. */
  COUNT,
  /** The number of distinct values of one field, e.g. persons. */
  COUNT_DISTINCT,
  /** The sum of one or more numeric fields (several are added up: Σa + Σb). */
  SUM,
  /** The arithmetic mean of one numeric field. */
  MEAN,
  /** The smallest value of one numeric field. */
  MIN,
  /** The largest value of one numeric field. */
  MAX,
  /** The median of one numeric field. */
  MEDIAN,
  /** A percentile (above 0, below 100) of one numeric field. */
  PERCENTILE;

  /**
   * Whether a ratio may use this aggregation for its numerator or denominator: counts and sums
   * only, since a ratio is the sum of numerators over the sum of denominators.
   *
   * @return true for {@link #COUNT}, {@link #COUNT_DISTINCT} and {@link #SUM}
   */
  public boolean isAdditiveCount() {
    return this == COUNT || this == COUNT_DISTINCT || this == SUM;
  }
}
