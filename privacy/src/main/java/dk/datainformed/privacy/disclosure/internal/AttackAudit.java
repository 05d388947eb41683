package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.disclosure.AttackerModel;
import dk.datainformed.privacy.disclosure.CellInterval;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The audit with the true values: every attacker model of the policy, and the protection levels of
 * every primary cell, block by block (see {@link TableIndex#blocks}). Used by the public audit and,
 * block by block as the pattern grows, by secondary suppression.
 *
 * <p>The contributor model is solved once per primary cell: the intruders are the contributors of
 * the other suppressed interior cells of its block, each knowing its own contribution (its cell is
 * at least its largest contribution, exactly that when it is the only one; in a frequency table, a
 * unit knows its cell is not empty), and pooling what they know. That coalition is at least as
 * strong as any one of them, so a cell it cannot narrow down is safe from each. What a contributor
 * knows about a cell it is part of (its own cell and the totals above it) is what that cell's
 * protection levels are for, so the coalition for a cell leaves out the cells under it. Cells of
 * other blocks are unaffected.
 *
 * <p>For a verdict alone, feasible points already found (the true values, earlier optima) often
 * prove that an interval reaches far enough, so most programs need not be solved. This is exact:
 * every feasible point lies inside the intruder's interval.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AttackAudit {
  private static final double TOLERANCE = 1e-6;
  private final StatisticalTable truth;
  private final DisclosurePolicy policy;
  private final IntervalSolver solver;
  private final SuppressionReason[] reasons;
  private final TableIndex index;
  private final Seen seen;

  /**
   * An audit of one pattern.
   *
   * @param truth the table with true values
   * @param policy the thresholds and attacker models
   * @param solver the intruder's programs for the pattern
   * @param reasons each cell's reason, null for published cells
   * @param seen what earlier programs of this table have shown; updated as programs are solved
   */
  public AttackAudit(
      StatisticalTable truth,
      DisclosurePolicy policy,
      IntervalSolver solver,
      SuppressionReason[] reasons,
      Seen seen) {
    this.truth = truth;
    this.policy = policy;
    this.solver = solver;
    this.reasons = reasons;
    this.index = solver.index();
    this.seen = seen;
  }

  /**
   * Every interval of a published table: the outsider's for every suppressed cell, then the
   * contributors' for each primary cell where they narrow it down too far.
   *
   * @param truth the table with true values
   * @param published the table as it would be published
   * @param policy the thresholds and attacker models
   * @return the intervals, outsider's first
   */
  public static List<CellInterval> intervals(
      StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    AttackAudit audit = of(truth, published, policy);
    List<CellInterval> outsider = new ArrayList<>();
    List<CellInterval> contributor = new ArrayList<>();
    for (int b = 0; b < audit.solver.blocks().size(); b++) {
      audit.block(b, true, false, outsider, contributor);
    }
    if (!policy.attackers().contains(AttackerModel.OUTSIDER)) {
      outsider.clear();
    }
    outsider.addAll(contributor);
    return outsider;
  }

  /**
   * The failing intervals of a published table, found with as few programs as possible.
   *
   * @param truth the table with true values
   * @param published the table as it would be published
   * @param policy the thresholds and attacker models
   * @return the failing intervals, empty if the table passes
   */
  public static List<CellInterval> failures(
      StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    AttackAudit audit = of(truth, published, policy);
    List<CellInterval> failures = new ArrayList<>();
    for (int b = 0; b < audit.solver.blocks().size(); b++) {
      failures.addAll(audit.blockFailures(b, false));
    }
    return failures;
  }

  private static AttackAudit of(
      StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    TableIndex index = TableIndex.of(published.structure());
    SuppressionReason[] reasons = new SuppressionReason[index.cells().size()];
    for (int i = 0; i < reasons.length; i++) {
      reasons[i] = published.suppression(index.cells().get(i)).orElse(null);
    }
    return new AttackAudit(
        truth, policy, IntervalSolver.of(published, index), reasons, new Seen(truth, index));
  }

  /**
   * The failing intervals of one block.
   *
   * @param block the block's position in the solver's blocks
   * @param stopAtFirst true to stop at the first failure
   * @return the failures, empty if the block is protected
   */
  public List<CellInterval> blockFailures(int block, boolean stopAtFirst) {
    List<CellInterval> found = new ArrayList<>();
    block(block, false, stopAtFirst, found, found);
    return found;
  }

  /**
   * Audits one block. In exact mode every suppressed cell's outsider interval is computed and added
   * to {@code outsiderOut}, contributor failures to {@code contributorOut}; otherwise only failures
   * are added.
   */
  private void block(
      int block,
      boolean exact,
      boolean stopAtFirst,
      List<CellInterval> outsiderOut,
      List<CellInterval> contributorOut) {
    int[] cells = solver.blocks().get(block);
    if (exact || policy.attackers().contains(AttackerModel.OUTSIDER)) {
      for (int cell : cells) {
        if (!exact && !reasons[cell].isPrimary()) {
          continue;
        }
        CellInterval interval = check(cell, AttackerModel.OUTSIDER, Map.of(), exact);
        if (interval != null && (exact || !interval.isProtected())) {
          outsiderOut.add(interval);
          if (!interval.isProtected() && stopAtFirst) {
            return;
          }
        }
      }
    }
    if (!policy.attackers().contains(AttackerModel.CONTRIBUTOR)) {
      return;
    }
    Map<Integer, double[]> everything = new LinkedHashMap<>();
    for (int cell : cells) {
      double[] knowledge = index.isTotal(cell) ? null : ownKnowledge(index.cells().get(cell));
      if (knowledge != null) {
        everything.put(cell, knowledge);
      }
    }
    for (int target : cells) {
      if (!reasons[target].isPrimary()) {
        continue;
      }
      Map<Integer, double[]> coalition = new LinkedHashMap<>();
      everything.forEach(
          (cell, knowledge) -> {
            if (!index.covers(target, cell)) {
              coalition.put(cell, knowledge);
            }
          });
      if (coalition.isEmpty()) {
        continue;
      }
      CellInterval interval = check(target, AttackerModel.CONTRIBUTOR, coalition, exact);
      if (interval != null && !interval.isProtected()) {
        contributorOut.add(interval);
        if (stopAtFirst) {
          return;
        }
      }
    }
  }

  /**
   * The target's interval for an intruder with the given knowledge: exactly when asked, else only
   * if the points seen so far cannot prove it protected (null when they can).
   */
  private CellInterval check(
      int target, AttackerModel attacker, Map<Integer, double[]> knowledge, boolean exact) {
    if (!exact && seen.proven(attacker, target)) {
      return null;
    }
    if (!exact) {
      double[] range = seen.range(target, knowledge);
      double[] bound = solver.rounded(range[0], range[1], solver.lowerBound(target));
      CellInterval provisional = interval(target, attacker, bound);
      if (provisional.isProtected() && (bound[1] >= 0 || truth.measure() == Measure.COUNT)) {
        seen.prove(attacker, target);
        return null;
      }
    }
    BlockProgram.Solution low = solver.solve(target, false, knowledge);
    BlockProgram.Solution high = solver.solve(target, true, knowledge);
    int[] block = solver.blocks().get(solver.blockOf(target));
    seen.add(block, low.point(), !knowledge.isEmpty());
    seen.add(block, high.point(), !knowledge.isEmpty());
    CellInterval interval =
        interval(target, attacker, solver.rounded(low.value(), high.value(), solver.lowerBound(target)));
    if (interval.isProtected()) {
      seen.prove(attacker, target);
    }
    return interval;
  }

  /** What the largest contributor of a suppressed interior cell knows about it, or null if nothing. */
  private double[] ownKnowledge(CellKey cell) {
    if (truth.measure() == Measure.COUNT) {
      return truth.units(cell) > 0 ? new double[] {1, Double.POSITIVE_INFINITY} : null;
    }
    List<Double> contributions = truth.contributions(cell);
    if (contributions.isEmpty()) {
      return null;
    }
    double largest = contributions.get(0);
    if (contributions.size() == 1) {
      return new double[] {largest, largest};
    }
    return truth.allowsNegative() ? null : new double[] {largest, Double.POSITIVE_INFINITY};
  }

  private CellInterval interval(int target, AttackerModel attacker, double[] bound) {
    CellKey cell = index.cells().get(target);
    SuppressionReason reason = reasons[target];
    if (!reason.isPrimary()) {
      return new CellInterval(
          cell, reason, attacker, bound[0], bound[1], 0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }
    double value = truth.value(cell);
    double[] levels = PrimaryRules.protectionLevels(truth, cell, reason, policy);
    return new CellInterval(
        cell,
        reason,
        attacker,
        bound[0],
        bound[1],
        policy.requiredProtectionWidth(Math.abs(bound[1])),
        value - levels[0],
        value + levels[1]);
  }

  /**
   * What feasible points of the intruders' programs have shown so far. The outsider's keep each
   * cell's smallest and largest value; the contributors' keep the last points themselves, since
   * whether a point is feasible for a coalition depends on what the coalition knows. Hiding more
   * cells keeps every earlier point feasible (a newly hidden cell at its true value), so secondary
   * suppression keeps one of these from step to step. For the same reason a primary cell once
   * proven protected against an attacker stays protected as more cells are hidden: its interval
   * only widens, and what it must reach does not change.
   */
  public static final class Seen {
    private static final int KEPT_POINTS = 64;
    private final double[] truth;
    private final double[] outsiderMin;
    private final double[] outsiderMax;
    private final Deque<Map<Integer, Double>> points = new ArrayDeque<>();
    private final boolean[][] proven;

    /**
     * Starts from the true values.
     *
     * @param table the table with true values
     * @param index the index of its structure
     */
    public Seen(StatisticalTable table, TableIndex index) {
      this.truth = new double[index.cells().size()];
      for (int i = 0; i < truth.length; i++) {
        truth[i] = table.value(index.cells().get(i));
      }
      this.outsiderMin = truth.clone();
      this.outsiderMax = truth.clone();
      this.proven = new boolean[AttackerModel.values().length][truth.length];
    }

    boolean proven(AttackerModel attacker, int cell) {
      return proven[attacker.ordinal()][cell];
    }

    void prove(AttackerModel attacker, int cell) {
      proven[attacker.ordinal()][cell] = true;
    }

    /** The range of the target over the points feasible for an intruder with this knowledge. */
    double[] range(int target, Map<Integer, double[]> knowledge) {
      if (knowledge.isEmpty()) {
        return new double[] {outsiderMin[target], outsiderMax[target]};
      }
      double low = truth[target];
      double high = truth[target];
      for (Map<Integer, Double> point : points) {
        if (feasible(point, knowledge)) {
          double value = point.getOrDefault(target, truth[target]);
          low = Math.min(low, value);
          high = Math.max(high, value);
        }
      }
      return new double[] {low, high};
    }

    private boolean feasible(Map<Integer, Double> point, Map<Integer, double[]> knowledge) {
      for (Map.Entry<Integer, double[]> known : knowledge.entrySet()) {
        Double value = point.get(known.getKey());
        double at = value == null ? truth[known.getKey()] : value;
        if (at < known.getValue()[0] - TOLERANCE || at > known.getValue()[1] + TOLERANCE) {
          return false;
        }
      }
      return true;
    }

    void add(int[] cells, double[] point, boolean keep) {
      if (point == null) {
        return;
      }
      Map<Integer, Double> kept = keep ? new LinkedHashMap<>() : null;
      for (int i = 0; i < cells.length; i++) {
        outsiderMin[cells[i]] = Math.min(outsiderMin[cells[i]], point[i]);
        outsiderMax[cells[i]] = Math.max(outsiderMax[cells[i]], point[i]);
        if (kept != null && Math.abs(point[i] - truth[cells[i]]) > TOLERANCE) {
          kept.put(cells[i], point[i]);
        }
      }
      if (kept != null) {
        points.addFirst(kept);
        if (points.size() > KEPT_POINTS) {
          points.removeLast();
        }
      }
    }
  }
}
