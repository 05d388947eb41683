package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.internal.AttackAudit;
import dk.datainformed.privacy.disclosure.internal.IntervalSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves that a published table protects its suppressed cells: for each suppressed cell, the
 * interval of values consistent with everything published (published cells and totals, additivity,
 * non-negativity) is computed by linear programming, minimising and maximising the cell. A primary
 * cell passes when the interval is at least as wide as the policy's protection interval.
 *
 * <p>The audit needs only the published table, not the hidden values, so a municipality can check a
 * table that someone else protected:
 *
 * <pre>{@code
 * AuditReport report = DisclosureAudit.audit(published, DisclosurePolicy.defaults());
 * if (!report.passes()) {
 *   report.failures().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>With the true values as well ({@link #audit(StatisticalTable, PublishedTable,
 * DisclosurePolicy)}), the audit is the one {@link DisclosureControl} runs before it returns: every
 * attacker model of the policy, and both protection levels of every primary cell.
 *
 * <p>Limits: the attacker knows this one table (and, as a contributor, its own contribution).
 * Differencing with other published tables (earlier
 * releases, other breakdowns of the same population) is not covered. Cells suppressed for an
 * unknown reason are audited as primary cells. For counts the bounds are those of the linear
 * program rounded inwards to whole numbers; an intruder who solves the integer program can in rare
 * cases get a narrower interval (as with τ-Argus's and sdcTable's linear audits).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisclosureAudit {

  private static final Logger LOG = LoggerFactory.getLogger(DisclosureAudit.class);

  private DisclosureAudit() {}

  /**
   * Audits a published table.
   *
   * @param table the published table, suppressed cells marked
   * @param policy the policy whose protection interval applies
   * @return the intervals of all suppressed cells and whether they suffice
   * @throws PrivacyException if the published values contradict the table's totals
   */
  public static AuditReport audit(PublishedTable table, DisclosurePolicy policy) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(policy, "policy");
    AuditReport report = audit(table, policy, table.suppressedCells());
    LOG.debug(
        "audited {} suppressed cells: {} insufficiently protected",
        report.intervals().size(),
        report.failures().size());
    return report;
  }

  /**
   * Audits a table about to be published against every attacker model of the policy, with the
   * protection levels its true values give (see {@link DisclosurePolicy}): the intruder's interval
   * must be wide enough and reach far enough below and above the true value.
   *
   * <pre>{@code
   * AuditReport report = DisclosureAudit.audit(table, published, policy);
   * report.failures().forEach(f -> System.out.println(f.cell() + " fails against " + f.attacker()));
   * }</pre>
   *
   * @param truth the table with its true values
   * @param published the table as it would be published
   * @param policy the protection interval, protection levels and attacker models that apply
   * @return the outsider's interval of every suppressed cell, and a contributor's where it fails
   * @throws PrivacyException if the published table is not a publication of {@code truth}
   */
  public static AuditReport audit(
      StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(policy, "policy");
    if (!truth.structure().cells().equals(published.structure().cells())
        || truth.measure() != published.measure()) {
      throw new PrivacyException(
          "the published table has another shape or measure than the table it is said to publish");
    }
    AuditReport report = new AuditReport(policy, AttackAudit.intervals(truth, published, policy));
    LOG.debug(
        "audited {} suppressed cells against {}: {} insufficiently protected",
        published.suppressedCells().size(),
        policy.attackers(),
        report.failures().size());
    return report;
  }

  static AuditReport audit(PublishedTable table, DisclosurePolicy policy, List<CellKey> cells) {
    Map<CellKey, double[]> bounds = IntervalSolver.intervals(table, cells);
    List<CellInterval> intervals = new ArrayList<>();
    for (CellKey cell : cells) {
      SuppressionReason reason = table.suppression(cell).orElseThrow();
      double[] bound = bounds.get(cell);
      double required = reason.isPrimary() ? policy.requiredProtectionWidth(bound[1]) : 0;
      intervals.add(new CellInterval(cell, reason, bound[0], bound[1], required));
    }
    return new AuditReport(policy, intervals);
  }
}
