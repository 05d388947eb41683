package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.Target;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A target as a cockpit uses it. Unlike a definition's {@link Target}, every part but the value may
 * be missing here: the guard for targets without reflection says which.
 *
 * @param value the target value, in the KPI's unit
 * @param owner who answers for it
 * @param rationale why this value
 * @param reviewDate when it is to be looked at again
 * @param action what is done when the KPI misses it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DeclaredTarget(
    double value,
    Optional<String> owner,
    Optional<String> rationale,
    Optional<LocalDate> reviewDate,
    Optional<String> action) {

  /**
   * Creates the target.
   *
   * @param value a finite value
   * @param owner the owner, if stated
   * @param rationale the rationale, if stated
   * @param reviewDate the review date, if stated
   * @param action the action, if stated
   * @throws KpiException when the value is not finite
   */
  public DeclaredTarget {
    if (!Double.isFinite(value)) {
      throw new KpiException("the target value (" + value + ") must be a finite number");
    }
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(action, "action");
  }

  /**
   * The target of a KPI definition, as a cockpit uses it.
   *
   * @param target the definition's target
   * @return the same target
   */
  public static DeclaredTarget of(Target target) {
    return new DeclaredTarget(
        target.value(),
        target.owner(),
        Optional.of(target.rationale()),
        Optional.of(target.reviewDate()),
        target.action());
  }
}
