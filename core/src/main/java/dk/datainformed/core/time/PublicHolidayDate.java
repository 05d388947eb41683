package dk.datainformed.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A public holiday on its date in a given year, as listed by {@link
 * DanishCalendar#publicHolidays(int)}.
 *
 * @param holiday which holiday
 * @param date the date it falls on
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PublicHolidayDate(PublicHoliday holiday, LocalDate date) {
  /**
   * Creates the value.
   *
   * @param holiday which holiday
   * @param date the date it falls on
   */
  public PublicHolidayDate {
    Objects.requireNonNull(holiday, "holiday");
    Objects.requireNonNull(date, "date");
  }
}
