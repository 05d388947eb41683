package dk.datainformed.privacy.disclosure.internal;

import dk.datainformed.privacy.disclosure.CellKey;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.disclosure.Measure;
import dk.datainformed.privacy.disclosure.StatisticalTable;
import dk.datainformed.privacy.disclosure.SuppressionReason;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The primary rules, applied to one cell at a time (totals included), in this order: threshold,
 * dominance, p%. The first rule that marks the cell sensitive is its reason. Each rule depends only
 * on the cell's own units and contributions, never on the order in which cells or contributions were
 * given. Contributions count by their absolute values, so that a table of deviations is judged by
 * how much each contributor moves the cell.
 *
 * <p>The protection levels of a sensitive cell follow the rule that made it sensitive; {@link
 * DisclosurePolicy} states the formulas.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PrimaryRules {

  private PrimaryRules() {}

  /**
   * Why a cell is sensitive, if it is.
   *
   * @param table the table with true values
   * @param cell one of its cells
   * @param policy the thresholds
   * @return the first rule that applies, or empty if the cell may be published
   */
  public static Optional<SuppressionReason> reason(
      StatisticalTable table, CellKey cell, DisclosurePolicy policy) {
    if (table.isStructuralZero(cell)) {
      return Optional.empty();
    }
    long units = table.units(cell);
    if ((units > 0 || policy.zeroIsSensitive()) && units < policy.minimumCount()) {
      return Optional.of(SuppressionReason.THRESHOLD);
    }
    if (table.measure() != Measure.MAGNITUDE) {
      return Optional.empty();
    }
    double size = absoluteSum(table.contributions(cell));
    if (size <= 0) {
      return Optional.empty();
    }
    if (dominanceLevel(table, cell, policy) > 0) {
      return Optional.of(SuppressionReason.DOMINANCE);
    }
    if (pPercentLevel(table, cell, policy) > 0) {
      return Optional.of(SuppressionReason.P_PERCENT);
    }
    return Optional.empty();
  }

  /**
   * How far below and above its true value the intruder's interval of a suppressed primary cell
   * must reach: τ-Argus's lower and upper protection levels for the rule that made it sensitive.
   * The lower level never reaches below the cell's a-priori lower bound.
   *
   * @param table the table with true values
   * @param cell a primary suppressed cell
   * @param reason why it is suppressed
   * @param policy the thresholds
   * @return {lower level, upper level}, each at least 0
   */
  public static double[] protectionLevels(
      StatisticalTable table, CellKey cell, SuppressionReason reason, DisclosurePolicy policy) {
    double value = table.value(cell);
    double manual = policy.protectionPercent() / 100.0 * Math.abs(value);
    double level;
    switch (reason) {
      case THRESHOLD:
        level = table.measure() == Measure.COUNT ? Math.max(1, manual) : manual;
        break;
      case DOMINANCE:
        level = Math.max(dominanceLevel(table, cell, policy), manual);
        break;
      case P_PERCENT:
        level = Math.max(pPercentLevel(table, cell, policy), manual);
        break;
      default:
        level = manual;
    }
    double room = value - table.lowerBound(cell);
    return new double[] {Math.min(level, room), level};
  }

  /** (100/k)·(x1 + … + xn) − X on absolute contributions; positive exactly when the rule applies. */
  private static double dominanceLevel(
      StatisticalTable table, CellKey cell, DisclosurePolicy policy) {
    if (table.measure() != Measure.MAGNITUDE || policy.dominanceRule().isEmpty()) {
      return 0;
    }
    DisclosurePolicy.DominanceRule rule = policy.dominanceRule().get();
    List<Double> contributions = table.contributions(cell);
    double largest = 0;
    for (int i = 0; i < Math.min(rule.n(), contributions.size()); i++) {
      largest += Math.abs(contributions.get(i));
    }
    return 100.0 / rule.kPercent() * largest - absoluteSum(contributions);
  }

  /** p/100·x1 − (X − x1 − x2) on absolute contributions; positive exactly when the rule applies. */
  private static double pPercentLevel(
      StatisticalTable table, CellKey cell, DisclosurePolicy policy) {
    if (table.measure() != Measure.MAGNITUDE || policy.pPercent().isEmpty()) {
      return 0;
    }
    List<Double> contributions = table.contributions(cell);
    double first = contributions.isEmpty() ? 0 : Math.abs(contributions.get(0));
    double second = contributions.size() < 2 ? 0 : Math.abs(contributions.get(1));
    double remainder = absoluteSum(contributions) - first - second;
    return policy.pPercent().getAsDouble() / 100.0 * first - remainder;
  }

  private static double absoluteSum(List<Double> contributions) {
    double sum = 0;
    for (double contribution : contributions) {
      sum += Math.abs(contribution);
    }
    return sum;
  }
}
