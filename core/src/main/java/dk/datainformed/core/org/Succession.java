package dk.datainformed.core.org;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A link from a unit that closed to a unit that took over its work on a day: one arm of a merge,
 * a split or a plain hand-over.
 *
 * <p>A merge of A and B into C is two successions (A to C and B to C); a split of A into B and C is
 * two successions (A to B and A to C). The successor must be valid on the day; the predecessor must no
 * longer be valid on it.
 *
 * @param predecessor the unit whose work moves on
 * @param successor the unit that takes it over
 * @param on the first day on which the successor carries the work
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Succession(OrgUnitId predecessor, OrgUnitId successor, LocalDate on) {

  /**
   * Creates a succession.
   *
   * @param predecessor the unit whose work moves on
   * @param successor the unit that takes it over
   * @param on the first day on which the successor carries the work
   */
  public Succession {
    Objects.requireNonNull(predecessor, "predecessor");
    Objects.requireNonNull(successor, "successor");
    Objects.requireNonNull(on, "on");
  }
}
