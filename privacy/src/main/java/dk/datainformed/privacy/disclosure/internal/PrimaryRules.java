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
 * given.
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
    long units = table.units(cell);
    if ((units > 0 || policy.zeroIsSensitive()) && units < policy.minimumCount()) {
      return Optional.of(SuppressionReason.THRESHOLD);
    }
    if (table.measure() != Measure.MAGNITUDE) {
      return Optional.empty();
    }
    List<Double> contributions = table.contributions(cell);
    double value = table.value(cell);
    if (value <= 0) {
      return Optional.empty();
    }
    if (policy.dominanceRule().isPresent()) {
      DisclosurePolicy.DominanceRule rule = policy.dominanceRule().get();
      double largest = 0;
      for (int i = 0; i < Math.min(rule.n(), contributions.size()); i++) {
        largest += contributions.get(i);
      }
      if (largest > rule.kPercent() / 100.0 * value) {
        return Optional.of(SuppressionReason.DOMINANCE);
      }
    }
    if (policy.pPercent().isPresent()) {
      double first = contributions.isEmpty() ? 0 : contributions.get(0);
      double second = contributions.size() < 2 ? 0 : contributions.get(1);
      double remainder = value - first - second;
      if (remainder < policy.pPercent().getAsDouble() / 100.0 * first) {
        return Optional.of(SuppressionReason.P_PERCENT);
      }
    }
    return Optional.empty();
  }
}
