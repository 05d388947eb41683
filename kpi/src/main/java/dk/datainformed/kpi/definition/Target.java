package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A target value for a KPI, with why it was set and when it will be looked at again.
 *
 * <p>A target needs a KPI with an improvement direction. The guards check that a target has a
 * rationale, a review date, an owner and a stated action; the last two are optional here.
 *
 * <pre>{@code
 * Target target = Target.of(5.0, "The 2024 regional average", LocalDate.of(2027, 6, 30))
 *     .withOwner("HR-chef")
 *     .withAction("Talk with the units above 7 % about what would help");
 * }</pre>
 *
 * @param value the target value, in the KPI's unit
 * @param rationale why this value, not blank
 * @param reviewDate when the target is to be reviewed
 * @param owner who answers for the target, if stated
 * @param action what is done when the KPI misses the target, if stated
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Target(
    double value,
    String rationale,
    LocalDate reviewDate,
    Optional<String> owner,
    Optional<String> action) {

  /**
   * Creates the target.
   *
   * @param value the target value, finite
   * @param rationale why this value, not blank
   * @param reviewDate when the target is to be reviewed
   * @param owner who answers for the target, if stated (not blank)
   * @param action what is done when the KPI misses the target, if stated (not blank)
   * @throws dk.datainformed.kpi.KpiException when a part is missing, blank or not finite
   */
  public Target {
    if (!Double.isFinite(value)) {
      throw new KpiException(
          "The target value (" + value + ") must be a finite number");
    }
    Names.text(rationale, "The target's rationale");
    Names.required(reviewDate, "The target's review date");
    Names.optional(owner, "The target's owner").ifPresent(o -> Names.text(o, "The target's owner"));
    Names.optional(action, "The target's action")
        .ifPresent(a -> Names.text(a, "The target's action"));
  }

  /**
   * A target without owner or action.
   *
   * @param value the target value
   * @param rationale why this value
   * @param reviewDate when it is to be reviewed
   * @return the target
   */
  public static Target of(double value, String rationale, LocalDate reviewDate) {
    return new Target(value, rationale, reviewDate, Optional.empty(), Optional.empty());
  }

  /**
   * This target with an owner.
   *
   * @param owner who answers for the target
   * @return a new target
   */
  public Target withOwner(String owner) {
    return new Target(value, rationale, reviewDate, Optional.of(owner), action);
  }

  /**
   * This target with a stated action.
   *
   * @param action what is done when the KPI misses the target
   * @return a new target
   */
  public Target withAction(String action) {
    return new Target(value, rationale, reviewDate, owner, Optional.of(action));
  }
}
