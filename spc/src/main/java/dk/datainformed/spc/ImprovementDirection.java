package dk.datainformed.spc;

import org.apiguardian.api.API;

/**
 * Which way a KPI gets better. SPC colours a special cause as improvement or concern by it, and
 * assurance against a target needs it.
 *
 * <p>{@link #NEUTRAL} is an honest choice for figures that describe rather than judge (population,
 * number of cases): SPC then reports special causes without calling them good or bad.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ImprovementDirection {
  /** More is better, e.g. the share of citizens in work. */
  HIGHER_IS_BETTER,
  /** Less is better, e.g. the sickness absence percentage. */
  LOWER_IS_BETTER,
  /** Neither: the figure describes, it does not judge. */
  NEUTRAL;

  /**
   * Whether a change in this direction is an improvement.
   *
   * @param increase true for a rise, false for a fall
   * @return true if the change is an improvement; always false for {@link #NEUTRAL}
   */
  public boolean isImprovement(boolean increase) {
    switch (this) {
      case HIGHER_IS_BETTER:
        return increase;
      case LOWER_IS_BETTER:
        return !increase;
      default:
        return false;
    }
  }
}
