package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/** How often a cockpit refreshes a KPI. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Cadence {
  /** Every day. */
  DAILY(1),
  /** Every week. */
  WEEKLY(7),
  /** Every month. */
  MONTHLY(31),
  /** Every quarter. */
  QUARTERLY(92),
  /** Every half year. */
  HALF_YEARLY(184),
  /** Every year. */
  YEARLY(366);

  private final int days;

  Cadence(int days) {
    this.days = days;
  }

  /**
   * The longest span of this cadence in days (a month as 31, a year as 366).
   *
   * @return the days
   */
  public int days() {
    return days;
  }
}
