package dk.datainformed.spc;

import dk.datainformed.core.time.Period;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A declared point where the process changed and the limits are recalculated: the chart's only
 * reason to recalculate. Limits are never moved to make a signal go away.
 *
 * <pre>{@code
 * ChangePoint.rebase(Period.month(2024, 1), "new rota for home care from January");
 * }</pre>
 *
 * @param period the first period of the new segment
 * @param kind why the process changed
 * @param reason what happened, in words; not blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChangePoint(Period period, Kind kind, String reason) {

  /** Why limits are recalculated. */
  public enum Kind {
    /** The KPI's data break: its definition or source changed, so before and after differ. */
    DATA_BREAK,
    /** The user recorded that the process changed, with a reason. */
    REBASE
  }

  /**
   * Creates the change point.
   *
   * @param period the first period of the new segment
   * @param kind why the process changed
   * @param reason what happened, in words; not blank
   */
  public ChangePoint {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new SpcException(
          "change point at " + period + " needs a reason: say what changed in the process");
    }
  }

  /**
   * A data break declared by the KPI.
   *
   * @param period the first period after the break
   * @param reason what changed in the data
   * @return the change point
   */
  public static ChangePoint dataBreak(Period period, String reason) {
    return new ChangePoint(period, Kind.DATA_BREAK, reason);
  }

  /**
   * A rebase recorded by the user.
   *
   * @param period the first period of the changed process
   * @param reason what changed in the process
   * @return the change point
   */
  public static ChangePoint rebase(Period period, String reason) {
    return new ChangePoint(period, Kind.REBASE, reason);
  }
}
