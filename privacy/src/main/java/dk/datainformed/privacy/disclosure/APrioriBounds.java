package dk.datainformed.privacy.disclosure;

import dk.datainformed.privacy.PrivacyException;
import java.util.HashMap;
import java.util.Map;

/**
 * The range every cell is publicly known to lie in, shared by the builders of {@link
 * StatisticalTable} and {@link PublishedTable}: [0, ∞) unless negative values are allowed, narrowed
 * per cell where more is known.
 */
final class APrioriBounds {
  private boolean negativeAllowed;
  private final Map<CellKey, double[]> perCell = new HashMap<>();

  void allowNegative() {
    negativeAllowed = true;
  }

  boolean negativeAllowed() {
    return negativeAllowed;
  }

  void set(CellKey cell, double lower, double upper) {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new PrivacyException(
          "a-priori bounds of cell '" + cell + "' must be numbers with lower at most upper");
    }
    if (lower < 0 && !negativeAllowed) {
      throw new PrivacyException(
          "a-priori lower bound of cell '" + cell + "' is negative; call allowNegative() first for a"
              + " table whose values can be negative");
    }
    if (perCell.putIfAbsent(cell, new double[] {lower, upper}) != null) {
      throw new PrivacyException("a-priori bounds of cell '" + cell + "' are given twice");
    }
  }

  double lower(CellKey cell) {
    double[] bounds = perCell.get(cell);
    return bounds != null ? bounds[0] : negativeAllowed ? Double.NEGATIVE_INFINITY : 0;
  }

  double upper(CellKey cell) {
    double[] bounds = perCell.get(cell);
    return bounds != null ? bounds[1] : Double.POSITIVE_INFINITY;
  }

  APrioriBounds copy() {
    APrioriBounds copy = new APrioriBounds();
    copy.negativeAllowed = negativeAllowed;
    perCell.forEach((cell, bounds) -> copy.perCell.put(cell, bounds.clone()));
    return copy;
  }

  void check(CellKey cell, double value) {
    if (value < lower(cell) - 1e-9 * Math.max(1, Math.abs(value))
        || value > upper(cell) + 1e-9 * Math.max(1, Math.abs(value))) {
      throw new PrivacyException(
          "cell '" + cell + "' lies outside the a-priori bounds given for it; bounds are public"
              + " knowledge and must hold for the true value");
    }
  }
}
