package dk.datainformed.privacy.disclosure;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one intruder can infer about one suppressed cell from the published table: the smallest and
 * largest value consistent with every published cell, every total, additivity, the a-priori bounds
 * and what the intruder knows itself, and what the policy requires of that interval.
 *
 * <p>A primary cell is protected when the interval is wide enough ({@code requiredWidth}) and, when
 * the audit had the true values, reaches far enough on both sides: its lower end at most {@code
 * requiredLower} and its upper end at least {@code requiredUpper} (the cell's value minus and plus
 * its protection levels, see {@link DisclosurePolicy}). A published-table audit has no true values;
 * its one-sided requirements are then minus and plus infinity, which every interval meets.
 *
 * @param cell the suppressed cell
 * @param reason why it is suppressed
 * @param attacker the intruder whose interval this is
 * @param lower the smallest consistent value
 * @param upper the largest consistent value; {@link Double#POSITIVE_INFINITY} if nothing bounds it
 * @param requiredWidth the width the policy requires for a primary cell (see {@link
 *     DisclosurePolicy#requiredProtectionWidth(double)}); 0 for a secondary cell
 * @param requiredLower the lower end must be at most this; {@link Double#POSITIVE_INFINITY} when no
 *     lower protection level applies
 * @param requiredUpper the upper end must be at least this; {@link Double#NEGATIVE_INFINITY} when
 *     no upper protection level applies
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CellInterval(
    CellKey cell,
    SuppressionReason reason,
    AttackerModel attacker,
    double lower,
    double upper,
    double requiredWidth,
    double requiredLower,
    double requiredUpper) {

  private static final double TOLERANCE = 1e-6;

  /**
   * Checks the interval.
   *
   * @param cell the suppressed cell
   * @param reason why it is suppressed
   * @param attacker the intruder
   * @param lower the smallest consistent value
   * @param upper the largest consistent value
   * @param requiredWidth the required width
   * @param requiredLower the largest allowed lower end
   * @param requiredUpper the smallest allowed upper end
   */
  public CellInterval {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(attacker, "attacker");
    if (!(lower <= upper + TOLERANCE * Math.max(1, Math.abs(upper)))) {
      throw new IllegalArgumentException(
          "interval of cell '" + cell + "': lower bound above upper bound");
    }
  }

  /**
   * An outsider's interval with a width requirement only, as an audit of a published table alone
   * computes it.
   *
   * @param cell the suppressed cell
   * @param reason why it is suppressed
   * @param lower the smallest consistent value
   * @param upper the largest consistent value
   * @param requiredWidth the required width
   */
  public CellInterval(
      CellKey cell, SuppressionReason reason, double lower, double upper, double requiredWidth) {
    this(
        cell,
        reason,
        AttackerModel.OUTSIDER,
        lower,
        upper,
        requiredWidth,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY);
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
   * Whether the interval reaches far enough below the true value.
   *
   * @return true if the lower end is at most {@link #requiredLower()}
   */
  public boolean lowerProtected() {
    return lower <= requiredLower + slack(requiredLower);
  }

  /**
   * Whether the interval reaches far enough above the true value.
   *
   * @return true if the upper end is at least {@link #requiredUpper()}
   */
  public boolean upperProtected() {
    return upper + slack(requiredUpper) >= requiredUpper;
  }

  /**
   * Whether the cell is protected: a secondary cell always is (it is not sensitive itself); a
   * primary cell when it is not determined exactly, its interval is at least as wide as the policy
   * requires, and it reaches both protection levels.
   *
   * @return true if the interval satisfies the policy
   */
  public boolean isProtected() {
    if (!reason.isPrimary()) {
      return true;
    }
    return width() > TOLERANCE
        && width() + TOLERANCE >= requiredWidth
        && lowerProtected()
        && upperProtected();
  }

  private static double slack(double bound) {
    return Double.isInfinite(bound) ? 0 : TOLERANCE * Math.max(1, Math.abs(bound));
  }

  /**
   * Shows the cell, the interval, the attacker and what is missing, for example {@code A × B ∈ [0,
   * 41] (THRESHOLD, OUTSIDER, need width 4.1)}; never the protection levels, which would give the
   * true value away.
   */
  @Override
  public String toString() {
    String sides =
        (lowerProtected() ? "" : ", too close below") + (upperProtected() ? "" : ", too close above");
    return cell + " ∈ [" + lower + ", " + upper + "] (" + reason + ", " + attacker + ", need width "
        + requiredWidth + sides + ")";
  }
}
