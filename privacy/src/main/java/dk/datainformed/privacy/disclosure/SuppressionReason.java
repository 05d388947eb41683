package dk.datainformed.privacy.disclosure;

import org.apiguardian.api.API;

/**
 * Why a cell is not published, so that a report can say it next to the gap. The explanation never
 * contains the hidden value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SuppressionReason {
  /** Primary: fewer units than the policy's minimum count (threshold rule). */
  THRESHOLD,
  /** Primary: the largest n contributions make up more than k % of the cell (dominance rule). */
  DOMINANCE,
  /** Primary: the second largest contributor could estimate the largest too closely (p% rule). */
  P_PERCENT,
  /**
   * Primary by the municipality's choice: a cell it does not publish whatever its value (a unit
   * under reorganisation, a figure under embargo), protected like any sensitive cell; see {@link
   * ForcedCells}.
   */
  FORCED,
  /** Secondary: not sensitive itself, hidden so that a primary cell cannot be computed from totals. */
  SECONDARY,
  /**
   * Suppressed by someone else without a stated reason. The audit treats such cells as primary,
   * which is the safe assumption.
   */
  UNSPECIFIED;

  /**
   * Whether the cell is sensitive itself (and the audit must check its protection interval).
   *
   * @return true for every reason except {@link #SECONDARY}
   */
  public boolean isPrimary() {
    return this != SECONDARY;
  }

  /**
   * A sentence for a report, with the policy's thresholds and without the cell's value.
   *
   * @param policy the policy the table was protected with
   * @return the explanation, in English
   */
  public String explanation(DisclosurePolicy policy) {
    switch (this) {
      case THRESHOLD:
        return "fewer than " + policy.minimumCount() + " units in the cell";
      case DOMINANCE:
        return policy
            .dominanceRule()
            .map(
                rule ->
                    "the largest "
                        + rule.n()
                        + " contribution(s) make up more than "
                        + rule.kPercent()
                        + "% of the cell")
            .orElse("dominated by a few contributions");
      case P_PERCENT:
        return "a contributor could estimate another's contribution to within "
            + (policy.pPercent().isPresent() ? policy.pPercent().getAsDouble() + "%" : "p%");
      case FORCED:
        return "not published, by the municipality's choice";
      case SECONDARY:
        return "hidden so that a sensitive cell cannot be computed from the totals";
      default:
        return "suppressed; no reason given";
    }
  }
}
