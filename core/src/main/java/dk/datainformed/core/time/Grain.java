package dk.datainformed.core.time;

import org.apiguardian.api.API;

/**
 * How fine a {@link Period} is, ordered from fine to coarse: {@code DAY < WEEK < MONTH < QUARTER <
 * HALF_YEAR < YEAR}.
 *
 * <p>The natural order of the constants is that order, so {@code a.compareTo(b) < 0} means that
 * {@code a} is finer than {@code b}. {@link Period#to(Grain)} converts only to the same or a
 * coarser grain.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Grain {
  /** One calendar day. */
  DAY,
  /** One ISO 8601 week, Monday to Sunday (uge). */
  WEEK,
  /** One calendar month (måned). */
  MONTH,
  /**
   * One calendar quarter (kvartal): January–March, April–June, July–September, October–December.
   */
  QUARTER,
  /** One half of a calendar year (halvår): January–June or July–December. */
  HALF_YEAR,
  /** One calendar year (år). */
  YEAR;

  /**
   * Whether this grain is strictly coarser than another.
   *
   * @param other the grain to compare with
   * @return true if a period of this grain is longer than one of {@code other}
   */
  public boolean isCoarserThan(Grain other) {
    return compareTo(other) > 0;
  }
}
