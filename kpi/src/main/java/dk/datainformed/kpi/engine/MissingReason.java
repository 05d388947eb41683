package dk.datainformed.kpi.engine;

/** Why a {@link KpiValue} has no value. Missing data is stated, never shown as a zero. */
public enum MissingReason {
  /** No record fell in the group and period. */
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
