package dk.datainformed.kpi.engine;

import org.apiguardian.api.API;

/** Why a {@link KpiValue} has no value. Missing data is stated, never shown as a zero. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MissingReason {
  /**
   * No data covered the group and period. A count or sum ({@code COUNT}, {@code COUNT_DISTINCT},
   * {@code SUM}) is 0, not missing, when no matching record fell in a period that was covered: the
   * source has at least one record dated in the period (whether or not it matches the KPI's filter),
   * and the group existed then, that is its organisation unit is valid in the tree on some day of
   * the period (with an organisation breakdown), otherwise the period lies between the group's
   * first and last period with a matching record. Every other KPI (ratios, means, medians,
   * cumulative windows) without a record in the period is missing for this reason.
   */
  NO_RECORDS,
  /** Records fell in the group and period, but the measured field was empty on every one. */
  NO_VALUES,
  /** The denominator summed to zero. */
  ZERO_DENOMINATOR,
  /** Withheld by disclosure control (too few persons behind it, or to protect another cell). */
  SUPPRESSED,
  /** A derived KPI's operand has no value in the period it needs. */
  MISSING_OPERAND,
  /** A cumulative KPI's window reaches before the first period computed. */
  INCOMPLETE_WINDOW
}
