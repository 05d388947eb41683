package dk.datainformed.core.time;

import java.time.LocalDate;
import java.time.MonthDay;
import org.apiguardian.api.API;

/**
 * Days that are not public holidays in Denmark but are days off under many collective agreements
 * (overenskomster). Whether they count is a choice made in a {@link DaysOffPolicy}.
 *
 * <p>Grundlovsdag is often a day off from noon only; this library counts whole days, so choose
 * whether to count it as a whole day off or not at all.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ExtraDayOff {
  /** Constitution Day, 5 June. */
  GRUNDLOVSDAG("Grundlovsdag", "Constitution Day", MonthDay.of(6, 5)),
  /** 1 May, a day off under some agreements. */
  FOERSTE_MAJ("1. maj", "Labour Day", MonthDay.of(5, 1)),
  /** Christmas Eve, 24 December. */
  JULEAFTENSDAG("Juleaftensdag", "Christmas Eve", MonthDay.of(12, 24)),
  /** New Year's Eve, 31 December. */
  NYTAARSAFTENSDAG("Nytårsaftensdag", "New Year's Eve", MonthDay.of(12, 31));

  private final String danishName;
  private final String englishName;
  private final MonthDay monthDay;

  ExtraDayOff(String danishName, String englishName, MonthDay monthDay) {
    this.danishName = danishName;
    this.englishName = englishName;
    this.monthDay = monthDay;
  }

  /**
   * The day's Danish name.
   *
   * @return e.g. {@code "Grundlovsdag"}
   */
  public String danishName() {
    return danishName;
  }

  /**
   * The day's usual English name.
   *
   * @return e.g. {@code "Constitution Day"}
   */
  public String englishName() {
    return englishName;
  }

  /**
   * The day's date in a year.
   *
   * @param year the year
   * @return the date, e.g. 5 June of that year for Grundlovsdag
   */
  public LocalDate in(int year) {
    return monthDay.atYear(year);
  }

  /**
   * Whether a date is this day.
   *
   * @param date the date
   * @return true if the date's month and day are this day's
   */
  public boolean isOn(LocalDate date) {
    return MonthDay.from(date).equals(monthDay);
  }
}
