package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.AdditiveRelation;
import dk.datainformed.privacy.disclosure.CellInterval;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import dk.datainformed.privacy.disclosure.TableStructure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Secondary suppression by a greedy heuristic, checked by the audit's linear programs after every
 * step. The rule:
 *
 * <ol>
 *   <li><b>Singletons.</b> While some relation has exactly one suppressed cell, suppress a
 *       published interior cell of that relation: the one that also closes the most other such
 *       relations (so that rectangles form), then the cheapest. If the relation has no published
 *       interior cell, a total is suppressed instead, but only when the lone cell is primary (a
 *       secondary cell that is exactly determined reveals nothing sensitive).
 *   <li><b>Audit.</b> Compute every primary cell's interval. If all are wide enough, stop.
 *   <li><b>Widen.</b> For the first primary cell that is not protected, suppress the cheapest
 *       published interior cell in a relation with it; if there is none, the cheapest published
 *       interior cell anywhere; only when every interior cell is suppressed, the cheapest total in a
 *       relation with it, then any total. Go to 1.
 * </ol>
 *
 * <p>Cells an intruder knows anyway (structural zeros) and cells the municipality forces to be
 * published are never chosen. The audit of step 2 is the full one ({@link AttackAudit}): every
 * attacker model of the policy and both protection levels, so a pattern that an outsider cannot
 * break but a singleton contributor can is widened as well.
 *
 * <p>"Cheapest" is the smallest positive value (the least information lost), then zero cells (a
 * zero adds no room below it), then the table's order. Because a total is only chosen when no
 * interior cell is left to choose, a total is never suppressed secondarily when suppressing interior
 * cells alone could protect the table: publishing fewer cells never narrows an interval, so if all
 * interior cells suppressed (with the primary cells) do not suffice, no pattern without more totals
 * does.
 *
 * <p>The result is safe (the audit passes) but not minimal; τ-Argus's optimal method and
 * sdcTable's SIMPLEHEURISTIC or GAUSS can find smaller patterns.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SecondarySuppressor {
  private final StatisticalTable table;
  private final DisclosurePolicy policy;
  private final TableStructure structure;
  private final Map<CellKey, SuppressionReason> suppressed;
  private final Map<CellKey, Integer> order = new LinkedHashMap<>();
  private final Set<CellKey> fixed;

  private SecondarySuppressor(
      StatisticalTable table,
      DisclosurePolicy policy,
      Map<CellKey, SuppressionReason> primary,
      Set<CellKey> forcePublished) {
    this.table = table;
    this.policy = policy;
    this.structure = table.structure();
    this.suppressed = new LinkedHashMap<>(primary);
    Set<CellKey> never = new HashSet<>(forcePublished);
    for (CellKey cell : structure.cells()) {
      if (table.isStructuralZero(cell)) {
        never.add(cell);
      }
    }
    this.fixed = Set.copyOf(never);
    List<CellKey> cells = structure.cells();
    for (int i = 0; i < cells.size(); i++) {
      order.put(cells.get(i), i);
    }
  }

  /**
   * Adds secondary suppressions until every primary cell is protected.
   *
   * @param table the table with true values
   * @param policy the policy whose protection interval applies
   * @param primary the primary suppressions (forced ones included) and their reasons
   * @param forcePublished cells that must not be chosen
   * @return the published table
   * @throws PrivacyException if the table cannot be protected
   */
  public static PublishedTable protect(
      StatisticalTable table,
      DisclosurePolicy policy,
      Map<CellKey, SuppressionReason> primary,
      Set<CellKey> forcePublished) {
    return new SecondarySuppressor(table, policy, primary, forcePublished).run();
  }

  private PublishedTable run() {
    int limit = 2 * structure.cells().size() + 2;
    for (int step = 0; step <= limit; step++) {
      closeSingletons();
      PublishedTable published = publish();
      Optional<CellKey> failing = firstUnprotected(published);
      if (failing.isEmpty()) {
        return published;
      }
      CellKey next =
          cheapest(interiorInRelationsWith(failing.get()))
              .or(() -> cheapest(unsuppressed(false, structure.cells())))
              .or(() -> cheapest(unsuppressed(true, relatedCells(failing.get()))))
              .or(() -> cheapest(unsuppressed(true, structure.cells())))
              .orElseThrow(
                  () ->
                      new PrivacyException(
                          "cell '"
                              + failing.get()
                              + "' cannot be protected even with every cell suppressed that may"
                              + " be: the cells forced to be published and the structural zeros"
                              + " determine it too closely"));
      suppressed.put(next, SuppressionReason.SECONDARY);
    }
    throw new PrivacyException("secondary suppression did not converge; please report this table's shape");
  }

  private void closeSingletons() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (AdditiveRelation relation : structure.relations()) {
        List<CellKey> members = members(relation);
        List<CellKey> hidden = new ArrayList<>();
        for (CellKey member : members) {
          if (suppressed.containsKey(member)) {
            hidden.add(member);
          }
        }
        if (hidden.size() != 1) {
          continue;
        }
        Optional<CellKey> partner = bestPartner(unsuppressed(false, members));
        if (partner.isEmpty() && suppressed.get(hidden.get(0)).isPrimary()) {
          partner = bestPartner(unsuppressed(true, members));
        }
        if (partner.isPresent()) {
          suppressed.put(partner.get(), SuppressionReason.SECONDARY);
          changed = true;
        }
      }
    }
  }

  /** The candidate that closes the most singleton relations at once, then the cheapest. */
  private Optional<CellKey> bestPartner(List<CellKey> candidates) {
    Map<CellKey, Integer> closes = new LinkedHashMap<>();
    for (CellKey candidate : candidates) {
      int count = 0;
      for (AdditiveRelation relation : structure.relations()) {
        if (relation.involves(candidate) && hiddenCount(relation) == 1) {
          count++;
        }
      }
      closes.put(candidate, count);
    }
    return candidates.stream()
        .min(Comparator.<CellKey>comparingInt(closes::get).reversed().thenComparing(cheapness()));
  }

  private int hiddenCount(AdditiveRelation relation) {
    int count = 0;
    for (CellKey member : members(relation)) {
      if (suppressed.containsKey(member)) {
        count++;
      }
    }
    return count;
  }

  private Optional<CellKey> firstUnprotected(PublishedTable published) {
    List<CellKey> primaries = new ArrayList<>();
    suppressed.forEach(
        (cell, reason) -> {
          if (reason.isPrimary()) {
            primaries.add(cell);
          }
        });
    List<CellInterval> failures = AttackAudit.firstFailures(table, published, policy);
    return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0).cell());
  }

  private List<CellKey> interiorInRelationsWith(CellKey cell) {
    return unsuppressed(false, relatedCells(cell));
  }

  private List<CellKey> relatedCells(CellKey cell) {
    Set<CellKey> related = new LinkedHashSet<>();
    for (AdditiveRelation relation : structure.relations()) {
      if (relation.involves(cell)) {
        related.addAll(members(relation));
      }
    }
    return new ArrayList<>(related);
  }

  private List<CellKey> unsuppressed(boolean totals, List<CellKey> cells) {
    List<CellKey> result = new ArrayList<>();
    for (CellKey cell : cells) {
      if (!suppressed.containsKey(cell) && !fixed.contains(cell) && structure.isTotal(cell) == totals) {
        result.add(cell);
      }
    }
    return result;
  }

  private Optional<CellKey> cheapest(List<CellKey> candidates) {
    return candidates.stream().min(cheapness());
  }

  private Comparator<CellKey> cheapness() {
    return Comparator.<CellKey, Boolean>comparing(cell -> table.value(cell) == 0)
        .thenComparingDouble(cell -> Math.abs(table.value(cell)))
        .thenComparingInt(order::get);
  }

  private static List<CellKey> members(AdditiveRelation relation) {
    List<CellKey> members = new ArrayList<>(relation.parts());
    members.add(relation.total());
    return members;
  }

  private PublishedTable publish() {
    PublishedTable.Builder builder = PublishedTable.builder(table.measure(), structure);
    copyBounds(table, builder);
    for (CellKey cell : structure.cells()) {
      SuppressionReason reason = suppressed.get(cell);
      if (reason == null) {
        builder.value(cell, table.value(cell));
      } else {
        builder.suppressed(cell, reason);
      }
    }
    return builder.build();
  }

  /**
   * Gives a published table the a-priori bounds of the table it publishes, so that its audit's
   * intruder knows what everyone knows.
   *
   * @param table the table with true values
   * @param builder a builder of its publication, before any value is given
   */
  public static void copyBounds(StatisticalTable table, PublishedTable.Builder builder) {
    if (table.allowsNegative()) {
      builder.allowNegative();
    }
    double defaultLower = table.allowsNegative() ? Double.NEGATIVE_INFINITY : 0;
    for (CellKey cell : table.structure().cells()) {
      double lower = table.lowerBound(cell);
      double upper = table.upperBound(cell);
      if (lower != defaultLower || upper != Double.POSITIVE_INFINITY) {
        builder.bounds(cell, lower, upper);
      }
    }
  }
}
