package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.internal.AttackAudit;
import dk.datainformed.privacy.disclosure.internal.PrimaryRules;
import dk.datainformed.privacy.disclosure.internal.SecondarySuppressor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects a table before publication by cell suppression, the method of τ-Argus and R's sdcTable:
 *
 * <ol>
 *   <li><b>Primary suppression</b>: every cell (totals included) that a rule of the policy marks
 *       sensitive: fewer units than the minimum count (threshold rule), and for magnitude tables the
 *       dominance (n, k) rule and the p% rule.
 *   <li><b>Secondary suppression</b>: further cells, so that no primary cell can be computed from
 *       the totals; interior cells with the smallest values first, totals only when no pattern of
 *       interior cells can protect the table. The rule is stated in full in the implementation's
 *       documentation and summarised in {@link #protect(StatisticalTable)}.
 *   <li><b>Audit</b>: the result passes {@link DisclosureAudit#audit(StatisticalTable,
 *       PublishedTable, DisclosurePolicy)} before it is returned: every attacker model of the policy
 *       ({@link AttackerModel}), both protection levels of every primary cell.
 * </ol>
 *
 * <pre>{@code
 * DisclosureControl control = DisclosureControl.with(DisclosurePolicy.defaults());
 * PublishedTable published = control.protect(table);
 * for (CellKey cell : published.suppressedCells()) {
 *   System.out.println(cell + ": " + published.suppression(cell).orElseThrow()
 *       .explanation(control.policy()));
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisclosureControl {

  private static final Logger LOG = LoggerFactory.getLogger(DisclosureControl.class);
  private final DisclosurePolicy policy;

  private DisclosureControl(DisclosurePolicy policy) {
    this.policy = policy;
  }

  /**
   * Disclosure control under a policy.
   *
   * @param policy the thresholds to apply
   * @return the disclosure control
   */
  public static DisclosureControl with(DisclosurePolicy policy) {
    return new DisclosureControl(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy applied.
   *
   * @return the policy
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * Why one cell is sensitive, if it is.
   *
   * @param table the table with true values
   * @param cell one of its cells
   * @return the first primary rule that applies (threshold, dominance, p%), or empty
   */
  public Optional<SuppressionReason> primaryReason(StatisticalTable table, CellKey cell) {
    return PrimaryRules.reason(table, cell, policy);
  }

  /**
   * All sensitive cells with their reasons: primary suppression alone, without the complementary
   * cells.
   *
   * @param table the table with true values
   * @return the sensitive cells in table order
   */
  public Map<CellKey, SuppressionReason> primarySuppressions(StatisticalTable table) {
    Map<CellKey, SuppressionReason> result = new LinkedHashMap<>();
    for (CellKey cell : table.structure().cells()) {
      PrimaryRules.reason(table, cell, policy).ifPresent(reason -> result.put(cell, reason));
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * Protects a table: primary suppression, then secondary suppression until the audit passes.
   *
   * <p>Secondary rule in short: while some additive relation has exactly one suppressed cell,
   * suppress a published interior cell of that relation, preferring one that also completes other
   * such relations (so that rectangles form), then the smallest positive value; then,
   * while the audit finds a primary cell with too narrow an interval, suppress the smallest interior
   * cell related to it (or anywhere). A total is suppressed secondarily only when the relation
   * leaves no interior cell to choose, or every interior cell is already suppressed.
   *
   * @param table the table with true values
   * @return the table as it may be published, every suppressed cell with its reason
   * @throws PrivacyException if the table cannot be protected
   */
  public PublishedTable protect(StatisticalTable table) {
    return protect(table, ForcedCells.none());
  }

  /**
   * Protects a table with some cells' fate decided beforehand: forced-suppressed cells are
   * protected like sensitive ones, forced-published cells are never hidden.
   *
   * @param table the table with true values
   * @param forced the cells that must and must not be published
   * @return the table as it may be published; it has passed the audit with the true values against
   *     every attacker model of the policy
   * @throws PrivacyException if a forced-published cell is sensitive, a forced cell is not in the
   *     table, or the table cannot be protected
   */
  public PublishedTable protect(StatisticalTable table, ForcedCells forced) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(forced, "forced");
    Map<CellKey, SuppressionReason> primary = new LinkedHashMap<>(primarySuppressions(table));
    for (CellKey cell : forced.published()) {
      table.structure().requireCell(cell);
      if (primary.containsKey(cell)) {
        throw new PrivacyException(
            "cell '" + cell + "' is forced to be published but is sensitive ("
                + primary.get(cell).explanation(policy) + ")");
      }
    }
    for (CellKey cell : forced.suppressed()) {
      table.structure().requireCell(cell);
      if (table.isStructuralZero(cell)) {
        throw new PrivacyException(
            "cell '" + cell + "' is a structural zero, which everyone knows; it cannot be suppressed");
      }
      primary.putIfAbsent(cell, SuppressionReason.FORCED);
    }
    PublishedTable published =
        SecondarySuppressor.protect(table, policy, primary, forced.published());
    // The verdict of DisclosureAudit.audit(table, published, policy), reached with fewer programs.
    List<CellInterval> failures = AttackAudit.failures(table, published, policy);
    if (!failures.isEmpty()) {
      throw new PrivacyException(
          "secondary suppression left cells unprotected, please report this table's shape: "
              + failures.size()
              + " cell(s)");
    }
    LOG.debug(
        "protected a table of {} cells: {} primary and {} secondary suppressions, audit passed",
        table.structure().cells().size(),
        primary.size(),
        published.suppressedCells().size() - primary.size());
    return published;
  }

  /** Shows the policy. */
  @Override
  public String toString() {
    return "DisclosureControl[" + policy + "]";
  }
}
