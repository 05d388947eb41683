package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/** A consequence a KPI feeds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
