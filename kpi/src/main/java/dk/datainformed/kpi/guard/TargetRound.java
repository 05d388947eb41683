package dk.datainformed.kpi.guard;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One period's target and result, for the ratchet test: does performance land again and again just
 * past a target that keeps rising?
 *
 * @param period the period
 * @param target the target in force
 * @param actual the KPI's value
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TargetRound(Period period, double target, double actual) {

  /**
   * Creates the round.
   *
   * @param period the period
   * @param target the target, finite
   * @param actual the value, finite
   * @throws KpiException when a number is not finite
   */
  public TargetRound {
    Objects.requireNonNull(period, "period");
    if (!Double.isFinite(target) || !Double.isFinite(actual)) {
      throw new KpiException(
          "target round " + period + ": target (" + target + ") and actual (" + actual
              + ") must be finite numbers");
    }
  }
}
