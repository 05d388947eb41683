package dk.datainformed.privacy.generalise;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Generalises a date (of an event, a contact, a move) to the month or a coarser period that holds it,
 * so that a record no longer carries the exact day.
 *
 * <p>The periods are core's {@link Period} values, made by {@link Period#of(Grain, LocalDate)}, so a
 * generalised date can be counted and formatted like any other reporting period.
 *
 * <pre>{@code
 * CoarseDates.toMonth(LocalDate.of(2024, 2, 29));                  // 2024M02
 * CoarseDates.to(Grain.QUARTER, LocalDate.of(2024, 2, 29));        // 2024K1
 * CoarseDates.to(Grain.WEEK, LocalDate.of(2024, 2, 29));           // PrivacyException
 * }</pre>
 *
 * <p>Days and ISO weeks are refused: a week is seven days and, with other attributes, still close to
 * the exact date. When a week is what a report needs, call {@link Period#of(Grain, LocalDate)}
 * directly, knowingly.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CoarseDates {

  private CoarseDates() {}

  /**
   * The calendar month that holds a date.
   *
   * @param date the date
   * @return the month, e.g. {@code 2024M02}
   */
  public static Period.Month toMonth(LocalDate date) {
    return (Period.Month) Period.of(Grain.MONTH, Objects.requireNonNull(date, "date"));
  }

  /**
   * The period of a grain, a month or coarser, that holds a date.
   *
   * @param grain {@link Grain#MONTH}, {@link Grain#QUARTER}, {@link Grain#HALF_YEAR} or {@link
   *     Grain#YEAR}
   * @param date the date
   * @return the one period of that grain that contains the date
   * @throws PrivacyException when the grain is finer than a month
   */
  public static Period to(Grain grain, LocalDate date) {
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(date, "date");
    if (Grain.MONTH.isCoarserThan(grain)) {
      throw new PrivacyException(
          "grain "
              + grain
              + " is finer than MONTH: a date is generalised to MONTH, QUARTER, HALF_YEAR or"
              + " YEAR; use Period.of(grain, date) directly if a finer period is really wanted");
    }
    return Period.of(grain, date);
  }
}
