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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The audit with the true values: every attacker model of the policy, and the protection levels of
 * every primary cell. Used by the public audit and, after every step, by secondary suppression.
 *
 * <p>The contributor model is solved once per suppressed interior cell whose own contributor knows
 * more than an outsider can infer about it (the cell's largest contribution is above the outsider's
 * lower bound, or the cell has one contributor; in a frequency table, that it is not empty): that
 * contributor's knowledge bounds the cell, and every primary cell the contributor is not part of is
 * audited again under it. What a contributor learns about a cell it is part of (its own cell and the
 * totals above it) is what that cell's protection levels are for. Knowledge of a total follows
 * from knowledge of the interior cell its contributor is in, so interior cells suffice.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AttackAudit {
  private static final double TOLERANCE = 1e-9;
  private final StatisticalTable truth;
  private final PublishedTable published;
  private final DisclosurePolicy policy;

  private AttackAudit(StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    this.truth = truth;
    this.published = published;
    this.policy = policy;
  }

  /**
   * Every interval the audit computes: the outsider's for every suppressed cell, then a
   * contributor's for each primary cell where some contributor's interval fails.
   *
   * @param truth the table with true values
   * @param published the table as it would be published
   * @param policy the thresholds and attacker models
   * @return the intervals, outsider's first
   */
  public static List<CellInterval> intervals(
      StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    return new AttackAudit(truth, published, policy).run(false);
  }

  /**
   * The first interval that fails, if any: cheaper than {@link #intervals} when only the verdict
   * matters.
   *
   * @param truth the table with true values
   * @param published the table as it would be published
   * @param policy the thresholds and attacker models
   * @return the failing intervals found before stopping (empty if the table passes)
   */
  public static List<CellInterval> firstFailures(
      StatisticalTable truth, PublishedTable published, DisclosurePolicy policy) {
    List<CellInterval> found = new ArrayList<>();
    for (CellInterval interval : new AttackAudit(truth, published, policy).run(true)) {
      if (!interval.isProtected()) {
        found.add(interval);
      }
    }
    return found;
  }

  private List<CellInterval> run(boolean stopAtFailure) {
    List<CellKey> suppressed = published.suppressedCells();
    List<CellKey> primaries = new ArrayList<>();
    for (CellKey cell : suppressed) {
      if (published.suppression(cell).orElseThrow().isPrimary()) {
        primaries.add(cell);
      }
    }
    Map<CellKey, double[]> outsider = IntervalSolver.intervals(published, suppressed);
    List<CellInterval> result = new ArrayList<>();
    boolean failed = false;
    for (CellKey cell : suppressed) {
      double[] bound = outsider.get(cell);
      CellInterval interval = interval(cell, AttackerModel.OUTSIDER, bound);
      result.add(interval);
      failed |= !interval.isProtected();
    }
    if ((failed && stopAtFailure) || !policy.attackers().contains(AttackerModel.CONTRIBUTOR)) {
      return policy.attackers().contains(AttackerModel.OUTSIDER) ? result : List.of();
    }
    if (!policy.attackers().contains(AttackerModel.OUTSIDER)) {
      result.clear();
    }
    Map<CellKey, CellInterval> contributorFailures = new LinkedHashMap<>();
    for (CellKey known : suppressed) {
      if (truth.structure().isTotal(known)) {
        continue;
      }
      double[] knowledge = ownKnowledge(known);
      double[] outside = outsider.get(known);
      if (knowledge == null
          || (knowledge[0] <= outside[0] + TOLERANCE && knowledge[1] >= outside[1] - TOLERANCE)) {
        continue;
      }
      List<CellKey> targets = new ArrayList<>();
      for (CellKey primary : primaries) {
        if (!contributorFailures.containsKey(primary)
            && !truth.structure().interiorCellsUnder(primary).contains(known)) {
          targets.add(primary);
        }
      }
      if (targets.isEmpty()) {
        continue;
      }
      Map<CellKey, double[]> bounds =
          IntervalSolver.intervals(published, targets, Map.of(known, knowledge));
      for (CellKey target : targets) {
        CellInterval interval = interval(target, AttackerModel.CONTRIBUTOR, bounds.get(target));
        if (!interval.isProtected()) {
          contributorFailures.put(target, interval);
          if (stopAtFailure) {
            result.addAll(contributorFailures.values());
            return result;
          }
        }
      }
    }
    result.addAll(contributorFailures.values());
    return result;
  }

  /** What the largest contributor of a suppressed cell knows about it, or null if nothing. */
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

  private CellInterval interval(CellKey cell, AttackerModel attacker, double[] bound) {
    SuppressionReason reason = published.suppression(cell).orElseThrow();
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
}
