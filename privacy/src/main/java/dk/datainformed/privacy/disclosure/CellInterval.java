package dk.datainformed.privacy.disclosure;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an intruder can infer about one suppressed cell from the published table: the smallest and
 * largest value consistent with every published cell, every total, additivity and non-negativity.
 *
 * @param cell the suppressed cell
 * @param reason why it is suppressed
 * @param lower the smallest consistent value
 * @param upper the largest consistent value; {@link Double#POSITIVE_INFINITY} if nothing bounds it
 * @param requiredWidth the width the policy requires for a primary cell (see {@link
 *     DisclosurePolicy#requiredProtectionWidth(double)}); 0 for a secondary cell
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CellInterval(
    CellKey cell, SuppressionReason reason, double lower, double upper, double requiredWidth) {

  private static final double TOLERANCE = 1e-6;

  /**
   * Checks the interval.
   *
   * @param cell the suppressed cell
   * @param reason why it is suppressed
   * @param lower the smallest consistent value
   * @param upper the largest consistent value
   * @param requiredWidth the required width
   */
  public CellInterval {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(reason, "reason");
    if (!(lower <= upper + TOLERANCE)) {
      throw new IllegalArgumentException(
          "interval of cell '" + cell + "': lower bound above upper bound");
    }
  }

  /**
   * How wide the interval is.
   *
   * @return upper minus lower; infinite if unbounded
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Whether the cell is protected: a secondary cell always is (it is not sensitive itself); a
   * primary cell when its interval is at least as wide as the policy requires and it is not
   * determined exactly.
   *
   * @return true if the interval satisfies the policy
   */
  public boolean isProtected() {
    if (!reason.isPrimary()) {
      return true;
    }
    return width() > TOLERANCE && width() + TOLERANCE >= requiredWidth;
  }

  /** Shows the cell, its interval and the required width, for example {@code A × B ∈ [0, 41] (need 4.1)}. */
  @Override
  public String toString() {
    return cell + " ∈ [" + lower + ", " + upper + "] (" + reason + ", need width " + requiredWidth + ")";
  }
}
