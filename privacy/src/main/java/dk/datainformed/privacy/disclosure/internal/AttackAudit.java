package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.disclosure.AttackerModel;
import dk.datainformed.privacy.disclosure.CellInterval;
import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.PublishedTable;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The audit with the true values: every attacker model of the policy, and the protection levels of
 * every primary cell, block by block (see {@link TableIndex#blocks}). Used by the public audit and,
 * block by block as the pattern grows, by secondary suppression.
 *
 * <p>The contributor model is solved once per suppressed interior cell whose own contributor knows
 * something about it (the cell's largest contribution, exactly when it is the only one; in a
 * frequency table, that it is not empty): that knowledge bounds the cell, and every primary cell
 * of its block that the contributor is not part of is audited again under it. What a contributor
 * learns about a cell it is part of (its own cell and the totals above it) is what that cell's
 * protection levels are for. Knowledge of a total follows from knowledge of the interior cell its
 * contributor is in, so interior cells suffice. Cells of other blocks are unaffected.
 *
 * <p>For a verdict alone, feasible points already found (the true values, earlier optima) often
 * prove that an interval reaches far enough, so most programs need not be solved: this is exact,
 * since any feasible point lies inside the intruder's interval.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AttackAudit {
  private static final double TOLERANCE = 1e-6;
  private final StatisticalTable truth;
  private final DisclosurePolicy policy;
  private final IntervalSolver solver;
  private final SuppressionReason[] reasons;
  private final TableIndex index;

  /**
   * An audit of one pattern.
   *
   * @param truth the table with true values
   * @param policy the thresholds and attacker models
   * @param solver the intruder's programs for the pattern
   * @param reasons each cell's reason, null for published cells
   */
  public AttackAudit(
      StatisticalTable truth,
      DisclosurePolicy policy,
      IntervalSolver solver,
      SuppressionReason[] reasons) {
    this.truth = truth;
    this.policy = policy;
    this.solver = solver;
    this.reasons = reasons;
    this.index = solver.index();
  }

  /**
   * Every interval of a published table: the outsider's for every suppressed cell, then a
   * contributor's for each primary cell where some contributor's interval fails.
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
    return new AttackAudit(truth, policy, IntervalSolver.of(published, index), reasons);
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
   * are added, to both.
   */
  private void block(
      int block,
      boolean exact,
      boolean stopAtFirst,
      List<CellInterval> outsiderOut,
      List<CellInterval> contributorOut) {
    int[] cells = solver.blocks().get(block);
    Witnesses outsider = new Witnesses(cells);
    double[][] exactBounds = new double[cells.length][];
    boolean checkOutsider = exact || policy.attackers().contains(AttackerModel.OUTSIDER);
    for (int i = 0; i < cells.length && checkOutsider; i++) {
      SuppressionReason reason = reasons[cells[i]];
      if (!exact && !reason.isPrimary()) {
        continue;
      }
      CellInterval interval = exact
          ? exactInterval(cells[i], AttackerModel.OUTSIDER, -1, null, outsider)
          : verdict(cells[i], i, AttackerModel.OUTSIDER, -1, null, outsider);
      if (interval == null) {
        continue;
      }
      exactBounds[i] = new double[] {interval.lower(), interval.upper()};
      if (exact || !interval.isProtected()) {
        outsiderOut.add(interval);
        if (!interval.isProtected() && stopAtFirst) {
          return;
        }
      }
    }
    if (!policy.attackers().contains(AttackerModel.CONTRIBUTOR)) {
      return;
    }
    boolean[] failedAlready = new boolean[cells.length];
    for (int s = 0; s < cells.length; s++) {
      int known = cells[s];
      if (index.isTotal(known)) {
        continue;
      }
      double[] knowledge = ownKnowledge(index.cells().get(known));
      if (knowledge == null
          || (exactBounds[s] != null
              && knowledge[0] <= exactBounds[s][0] + TOLERANCE
              && knowledge[1] >= exactBounds[s][1] - TOLERANCE)) {
        continue;
      }
      Witnesses insider = outsider.within(s, knowledge);
      CellKey knownCell = index.cells().get(known);
      for (int t = 0; t < cells.length; t++) {
        int target = cells[t];
        if (failedAlready[t]
            || !reasons[target].isPrimary()
            || index.structure().interiorCellsUnder(index.cells().get(target)).contains(knownCell)) {
          continue;
        }
        CellInterval interval = verdict(target, t, AttackerModel.CONTRIBUTOR, known, knowledge, insider);
        if (interval != null && !interval.isProtected()) {
          failedAlready[t] = true;
          contributorOut.add(interval);
          if (stopAtFirst) {
            return;
          }
        }
      }
    }
  }

  /**
   * The target's interval if the witnesses cannot prove it protected (then computed exactly), or
   * null if they can.
   */
  private CellInterval verdict(
      int target, int position, AttackerModel attacker, int known, double[] knowledge, Witnesses witnesses) {
    double[] seen = solver.rounded(witnesses.min(position), witnesses.max(position), solver.lowerBound(target));
    CellInterval provisional = interval(target, attacker, seen);
    if (provisional.isProtected()
        && (provisional.upper() >= 0 || truth.measure() == Measure.COUNT)) {
      return null;
    }
    return exactInterval(target, attacker, known, knowledge, witnesses);
  }

  private CellInterval exactInterval(
      int target, AttackerModel attacker, int known, double[] knowledge, Witnesses witnesses) {
    BlockProgram.Solution low = solver.solve(target, false, known, knowledge);
    BlockProgram.Solution high = solver.solve(target, true, known, knowledge);
    witnesses.add(low.point());
    witnesses.add(high.point());
    return interval(target, attacker, solver.rounded(low.value(), high.value(), solver.lowerBound(target)));
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

  /** Feasible points of one block's program: the true values and every optimum found so far. */
  private final class Witnesses {
    private final int[] cells;
    private final List<double[]> points = new ArrayList<>();
    private final double[] min;
    private final double[] max;

    Witnesses(int[] cells) {
      this.cells = cells;
      this.min = new double[cells.length];
      this.max = new double[cells.length];
      double[] truePoint = new double[cells.length];
      for (int i = 0; i < cells.length; i++) {
        truePoint[i] = truth.value(index.cells().get(cells[i]));
      }
      java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
      java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
      add(truePoint);
    }

    void add(double[] point) {
      if (point == null) {
        return;
      }
      points.add(point);
      for (int i = 0; i < point.length; i++) {
        min[i] = Math.min(min[i], point[i]);
        max[i] = Math.max(max[i], point[i]);
      }
    }

    double min(int position) {
      return min[position];
    }

    double max(int position) {
      return max[position];
    }

    /** The points that an intruder who knows one cell's range cannot rule out. */
    Witnesses within(int position, double[] knowledge) {
      Witnesses subset = new Witnesses(cells);
      for (double[] point : points) {
        if (point[position] >= knowledge[0] - TOLERANCE && point[position] <= knowledge[1] + TOLERANCE) {
          subset.add(point);
        }
      }
      return subset;
    }
  }
}
