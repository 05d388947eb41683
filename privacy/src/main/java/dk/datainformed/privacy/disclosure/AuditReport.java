package dk.datainformed.privacy.disclosure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The result of {@link DisclosureAudit}: the interval of every suppressed cell and whether the
 * primary ones are protected as the policy requires.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AuditReport {
  private final DisclosurePolicy policy;
  private final List<CellInterval> intervals;

  /**
   * Creates a report.
   *
   * @param policy the policy the table was audited against
   * @param intervals one interval per suppressed cell, in table order
   */
  public AuditReport(DisclosurePolicy policy, List<CellInterval> intervals) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.intervals = List.copyOf(intervals);
  }

  /**
   * The policy the table was audited against.
   *
   * @return the policy
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * The interval of every suppressed cell.
   *
   * @return the intervals, in table order
   */
  public List<CellInterval> intervals() {
    return intervals;
  }

  /**
   * The interval of one cell.
   *
   * @param cell the cell
   * @return its interval, or empty if the cell is published
   */
  public Optional<CellInterval> interval(CellKey cell) {
    return intervals.stream().filter(i -> i.cell().equals(cell)).findFirst();
  }

  /**
   * The primary cells whose protection is not enough.
   *
   * @return the failing intervals, empty if the table passes
   */
  public List<CellInterval> failures() {
    return intervals.stream().filter(i -> !i.isProtected()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every primary suppressed cell is protected.
   *
   * @return true if the table may be published under the policy
   */
  public boolean passes() {
    return failures().isEmpty();
  }

  /** Shows whether the audit passes and the failing cells' intervals. */
  @Override
  public String toString() {
    return passes()
        ? "AuditReport[passes, " + intervals.size() + " suppressed cells]"
        : "AuditReport[fails: " + failures() + "]";
  }
}
