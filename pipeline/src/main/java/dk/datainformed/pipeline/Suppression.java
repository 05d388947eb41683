package dk.datainformed.pipeline;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One value that disclosure control withheld from a result: which group, which period, and why.
 *
 * <p>The reason is primary ({@link SuppressionReason#THRESHOLD}: too few persons behind the value,
 * or a zero where the policy holds zeros sensitive), secondary ({@link SuppressionReason#SECONDARY}:
 * withheld so that a primary value cannot be computed from its parent and siblings or from a total),
 * or {@link SuppressionReason#UNSPECIFIED} when the value could not be placed in a disclosure table
 * at all (the organisation changed during the period) and is withheld to fail closed.
 *
 * @param series the group whose value is withheld
 * @param period the period
 * @param reason why
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Suppression(SeriesKey series, Period period, SuppressionReason reason) {

  /**
   * Checks the parts.
   *
   * @param series the group
   * @param period the period
   * @param reason why
   */
  public Suppression {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(reason, "reason");
  }
}
