package dk.datainformed.spc;

import org.apiguardian.api.API;

/** The kind of process behaviour chart: how its centre line and limits are computed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChartType {
  /**
   * Individuals and moving range (XmR): centre = mean, limits = mean ± 2.66 × mean moving range.
   */
  XMR,
  /**
   * Laney P′: proportions with varying denominators, limits widened or narrowed by the
   * between-period variation of the standardised values.
   */
  P_PRIME,
  /** Laney U′: rates per unit with varying denominators, corrected as P′. */
  U_PRIME,
  /** Run chart: the values around their median, with no limits. */
  RUN;

  /**
   * Whether this chart has process limits.
   *
   * @return false only for {@link #RUN}
   */
  public boolean hasLimits() {
    return this != RUN;
  }
}
