package dk.datainformed.kpi.guard;

/** A consequence a KPI feeds. */
public enum Incentive {
  /** Bonus or performance pay (resultatløn). */
  BONUS,
  /** Budget allocation or cuts. */
  BUDGET,
  /** Performance reviews (MUS, lederevaluering). */
  PERFORMANCE_REVIEW,
  /** Other sanctions. */
  SANCTION
}
