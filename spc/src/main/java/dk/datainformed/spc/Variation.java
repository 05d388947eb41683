package dk.datainformed.spc;

import org.apiguardian.api.API;

/**
 * What a point, or the latest point, says: noise or a signal, and whether the signal is good news.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Variation {
  /** No rule flagged the point: the process behaves as before. */
  COMMON_CAUSE,
  /** A rule flagged the point, in the direction the KPI improves. */
  SPECIAL_CAUSE_IMPROVEMENT,
  /** A rule flagged the point, in the direction the KPI gets worse. */
  SPECIAL_CAUSE_CONCERN,
  /**
   * A rule flagged the point, but the KPI's direction is neutral or the rule has no direction (too
   * few crossings of the median).
   */
  SPECIAL_CAUSE_NEUTRAL;

  /**
   * Whether this is a special cause of any kind.
   *
   * @return false only for {@link #COMMON_CAUSE}
   */
  public boolean isSpecialCause() {
    return this != COMMON_CAUSE;
  }
}
