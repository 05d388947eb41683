package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.disclosure.CellInterval;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
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
 * <p>The work grows with the table, not with its square: a cell's relations are looked up, not
 * searched; singleton relations are kept in a queue; the intruder's programs are solved per block of
 * linked suppressed cells, and a block whose cells have not changed since it last passed is not
 * audited again.
 *
 * <p>The result is safe (the audit passes) but not minimal; τ-Argus's optimal method and
 * sdcTable's SIMPLEHEURISTIC or GAUSS can find smaller patterns.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SecondarySuppressor {
  private final StatisticalTable table;
  private final DisclosurePolicy policy;
  private final TableIndex index;
  private final int size;
  private final SuppressionReason[] reasons;
  private final boolean[] hidden;
  private final boolean[] fixed;
  private final int[] hiddenCount;
  private final double[] values;
  private final double[] lowerBounds;
  private final double[] upperBounds;
  /** Interior cells, then totals, each from cheapest to dearest. */
  private final int[] interiorByCost;
  private final int[] totalsByCost;
  private final int[] rank;
  private int nextInterior;
  private int nextTotal;
  private final Set<List<Integer>> passedBlocks = new HashSet<>();
  private final AttackAudit.Seen seen;
  /** How much room a cell's partners need: a primary cell's protection, passed on to its partners. */
  private final double[] need;

  private SecondarySuppressor(
      StatisticalTable table,
      DisclosurePolicy policy,
      Map<CellKey, SuppressionReason> primary,
      Set<CellKey> forcePublished) {
    this.table = table;
    this.policy = policy;
    this.index = TableIndex.of(table.structure());
    this.size = index.cells().size();
    this.reasons = new SuppressionReason[size];
    this.hidden = new boolean[size];
    this.fixed = new boolean[size];
    this.values = new double[size];
    this.lowerBounds = new double[size];
    this.upperBounds = new double[size];
    for (int i = 0; i < size; i++) {
      CellKey cell = index.cells().get(i);
      values[i] = table.value(cell);
      lowerBounds[i] = table.lowerBound(cell);
      upperBounds[i] = table.upperBound(cell);
      fixed[i] = table.isStructuralZero(cell) || forcePublished.contains(cell);
    }
    this.hiddenCount = new int[index.relationCount()];
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, cheapness());
    this.rank = new int[size];
    List<Integer> interior = new ArrayList<>();
    List<Integer> totals = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      rank[order[r]] = r;
      (index.isTotal(order[r]) ? totals : interior).add(order[r]);
    }
    this.interiorByCost = interior.stream().mapToInt(Integer::intValue).toArray();
    this.totalsByCost = totals.stream().mapToInt(Integer::intValue).toArray();
    this.need = new double[size];
    primary.forEach(
        (cell, reason) -> {
          int number = index.number(cell);
          double[] levels = PrimaryRules.protectionLevels(table, cell, reason, policy);
          need[number] =
              Math.max(policy.minimumProtectionWidth(), Math.max(levels[0], levels[1]));
          hide(number, reason, null);
        });
    this.seen = new AttackAudit.Seen(table, index);
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
    closeSingletons();
    for (int step = 0; step <= size; step++) {
      List<Integer> failing = unprotected();
      if (failing.isEmpty()) {
        return publish();
      }
      for (int cell : failing) {
        hide(widening(cell), SuppressionReason.SECONDARY, null);
      }
      closeSingletons();
    }
    throw new PrivacyException("secondary suppression did not converge; please report this table's shape");
  }

  /** The cell to suppress next for a primary cell that some attacker narrows down too far. */
  private int widening(int failing) {
    int next = cheapest(related(failing, false), need[failing]);
    if (next < 0) {
      next = cheapestRemaining(false);
    }
    if (next < 0) {
      next = cheapest(related(failing, true), need[failing]);
    }
    if (next < 0) {
      next = cheapestRemaining(true);
    }
    if (next < 0) {
      throw new PrivacyException(
          "cell '"
              + index.cells().get(failing)
              + "' cannot be protected even with every cell suppressed that may"
              + " be: the cells forced to be published and the structural zeros"
              + " determine it too closely");
    }
    need[next] = Math.max(need[next], need[failing]);
    return next;
  }

  private void hide(int cell, SuppressionReason reason, PriorityQueue<Integer> singles) {
    if (hidden[cell]) {
      return;
    }
    hidden[cell] = true;
    reasons[cell] = reason;
    for (int relation : index.relationsOf(cell)) {
      hiddenCount[relation]++;
      if (singles != null && hiddenCount[relation] == 1) {
        singles.add(relation);
      }
    }
  }

  /**
   * Closes every relation with exactly one suppressed cell, in the relations' order, pass by pass
   * as the first version did: a relation that becomes a singleton behind the current one waits for
   * the next pass.
   */
  private void closeSingletons() {
    PriorityQueue<Integer> pass = new PriorityQueue<>();
    for (int r = 0; r < hiddenCount.length; r++) {
      if (hiddenCount[r] == 1) {
        pass.add(r);
      }
    }
    while (!pass.isEmpty()) {
      PriorityQueue<Integer> later = new PriorityQueue<>();
      while (!pass.isEmpty()) {
        int relation = pass.poll();
        if (hiddenCount[relation] != 1) {
          continue;
        }
        int lone = -1;
        for (int member : index.members(relation)) {
          if (hidden[member]) {
            lone = member;
          }
        }
        int partner = bestPartner(relation, false, need[lone]);
        if (partner < 0 && reasons[lone].isPrimary()) {
          partner = bestPartner(relation, true, need[lone]);
        }
        if (partner >= 0) {
          need[partner] = Math.max(need[partner], need[lone]);
          PriorityQueue<Integer> opened = new PriorityQueue<>();
          hide(partner, SuppressionReason.SECONDARY, opened);
          for (int r : opened) {
            (r > relation ? pass : later).add(r);
          }
        }
      }
      pass = later;
    }
  }

  /**
   * The candidate of a relation with room enough to hide the lone cell (a value of at least its
   * need), then the one that closes the most singleton relations at once, then the cheapest.
   */
  private int bestPartner(int relation, boolean totals, double needed) {
    int best = -1;
    int bestScore = -1;
    for (int candidate : index.members(relation)) {
      if (!free(candidate) || index.isTotal(candidate) != totals) {
        continue;
      }
      int closes = 0;
      for (int r : index.relationsOf(candidate)) {
        if (hiddenCount[r] == 1) {
          closes++;
        }
      }
      int score = (Math.abs(values[candidate]) >= needed ? 1 << 20 : 0) + closes;
      if (score > bestScore || (score == bestScore && rank[candidate] < rank[best])) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private boolean free(int cell) {
    return !hidden[cell] && !fixed[cell];
  }

  /** For every block that fails, its first primary cell that some attacker narrows down too far. */
  private List<Integer> unprotected() {
    IntervalSolver solver =
        IntervalSolver.of(index, table.measure(), hidden, values, lowerBounds, upperBounds);
    AttackAudit audit = new AttackAudit(table, policy, solver, reasons, seen);
    List<int[]> blocks = solver.blocks();
    List<Integer> failing = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<Integer> key = Arrays.stream(blocks.get(b)).boxed().collect(Collectors.toList());
      if (passedBlocks.contains(key)) {
        continue;
      }
      List<CellInterval> failures = audit.blockFailures(b, true);
      if (failures.isEmpty()) {
        passedBlocks.add(key);
      } else {
        failing.add(index.number(failures.get(0).cell()));
      }
    }
    return failing;
  }

  private List<Integer> related(int cell, boolean totals) {
    List<Integer> related = new ArrayList<>();
    for (int relation : index.relationsOf(cell)) {
      for (int member : index.members(relation)) {
        if (free(member) && index.isTotal(member) == totals) {
          related.add(member);
        }
      }
    }
    return related;
  }

  /** The cheapest candidate with a value of at least the need, else the cheapest; -1 if none. */
  private int cheapest(List<Integer> candidates, double needed) {
    int best = -1;
    for (int candidate : candidates) {
      boolean enough = Math.abs(values[candidate]) >= needed;
      boolean bestEnough = best >= 0 && Math.abs(values[best]) >= needed;
      if (best < 0 || (enough && !bestEnough) || (enough == bestEnough && rank[candidate] < rank[best])) {
        best = candidate;
      }
    }
    return best;
  }

  private int cheapestRemaining(boolean totals) {
    int[] byCost = totals ? totalsByCost : interiorByCost;
    int next = totals ? nextTotal : nextInterior;
    while (next < byCost.length && !free(byCost[next])) {
      next++;
    }
    if (totals) {
      nextTotal = next;
    } else {
      nextInterior = next;
    }
    return next < byCost.length ? byCost[next] : -1;
  }

  /** The smallest absolute value first (the least information lost), zeros last, then table order. */
  private Comparator<Integer> cheapness() {
    return Comparator.<Integer, Boolean>comparing(cell -> values[cell] == 0)
        .thenComparingDouble(cell -> Math.abs(values[cell]))
        .thenComparingInt(cell -> cell);
  }

  private PublishedTable publish() {
    PublishedTable.Builder builder = PublishedTable.builder(table.measure(), table.structure());
    copyBounds(table, builder);
    for (int i = 0; i < size; i++) {
      CellKey cell = index.cells().get(i);
      if (hidden[i]) {
        builder.suppressed(cell, reasons[i]);
      } else {
        builder.value(cell, values[i]);
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
