package dk.datainformed.core.time;

import dk.datainformed.core.DatainformedException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Danish calendar: public holidays (helligdage) of the years 1900–2200 and working days under a
 * chosen {@link DaysOffPolicy}.
 *
 * <p>The movable holidays follow Easter Sunday from the Gregorian computus: Skærtorsdag (Easter − 3
 * days), Langfredag (− 2), Påskedag, 2. påskedag (+ 1), Store bededag (+ 26, up to and including
 * 2023 only: abolished from 2024), Kristi himmelfartsdag (+ 39), Pinsedag (+ 49) and 2. pinsedag (+
 * 50). The fixed ones are Nytårsdag (1 January), Juledag (25 December) and 2. juledag (26
 * December). Grundlovsdag, 1 May, Christmas Eve and New Year's Eve are not public holidays; whether
 * they are days off is a choice made in the {@link DaysOffPolicy}.
 *
 * <pre>{@code
 * DanishCalendar calendar = DanishCalendar.standard();
 * calendar.easterSunday(2024);                                     // 2024-03-31
 * calendar.publicHoliday(LocalDate.of(2023, 5, 5));                // Optional[STORE_BEDEDAG]
 * calendar.isWorkingDay(LocalDate.of(2024, 4, 26), DaysOffPolicy.standard());  // true: no bededag
 * calendar.workingDays(Period.parse("2024M05"), DaysOffPolicy.standard());     // 21
 * long days = calendar.workingDays(
 *     LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), DaysOffPolicy.standard());  // [from, to): 22
 * }</pre>
 *
 * <p>Every method throws {@link DatainformedException} for a date or year outside 1900–2200. The
 * calendar holds no state and is safe to share.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DanishCalendar {
  /** The first year the calendar covers. */
  public static final int FIRST_YEAR = 1900;

  /** The last year the calendar covers. */
  public static final int LAST_YEAR = 2200;

  /** The last year in which Store bededag was a public holiday. */
  private static final int LAST_YEAR_OF_STORE_BEDEDAG = 2023;

  private static final DanishCalendar STANDARD = new DanishCalendar();

  private DanishCalendar() {}

  /**
   * The Danish calendar.
   *
   * @return the calendar
   */
  public static DanishCalendar standard() {
    return STANDARD;
  }

  /**
   * Easter Sunday (Påskedag) of a year, by the Gregorian computus (the anonymous algorithm
   * published by Butcher in 1876 and given by Meeus in <i>Astronomical Algorithms</i>).
   *
   * @param year a year from 1900 to 2200
   * @return the date of Easter Sunday, between 22 March and 25 April
   * @throws DatainformedException when the year is outside 1900–2200
   */
  public LocalDate easterSunday(int year) {
    checkYear(year);
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  /**
   * The date of a public holiday in a year.
   *
   * @param holiday the holiday
   * @param year a year from 1900 to 2200
   * @return the date, or empty when the holiday did not exist that year (Store bededag from 2024)
   * @throws DatainformedException when the year is outside 1900–2200
   */
  public Optional<LocalDate> dateOf(PublicHoliday holiday, int year) {
    Objects.requireNonNull(holiday, "holiday");
    checkYear(year);
    switch (holiday) {
      case NYTAARSDAG:
        return Optional.of(LocalDate.of(year, 1, 1));
      case JULEDAG:
        return Optional.of(LocalDate.of(year, 12, 25));
      case ANDEN_JULEDAG:
        return Optional.of(LocalDate.of(year, 12, 26));
      case STORE_BEDEDAG:
        return year <= LAST_YEAR_OF_STORE_BEDEDAG
            ? Optional.of(easterSunday(year).plusDays(26))
            : Optional.empty();
      default:
        return Optional.of(easterSunday(year).plusDays(daysAfterEaster(holiday)));
    }
  }

  /**
   * The public holidays of a year, in date order.
   *
   * @param year a year from 1900 to 2200
   * @return the holidays with their dates: eleven up to 2023, ten from 2024
   * @throws DatainformedException when the year is outside 1900–2200
   */
  public List<PublicHolidayDate> publicHolidays(int year) {
    checkYear(year);
    List<PublicHolidayDate> holidays = new ArrayList<>();
    for (PublicHoliday holiday : PublicHoliday.values()) {
      dateOf(holiday, year).ifPresent(date -> holidays.add(new PublicHolidayDate(holiday, date)));
    }
    holidays.sort((x, y) -> x.date().compareTo(y.date()));
    return Collections.unmodifiableList(holidays);
  }

  /**
   * The public holiday that falls on a date, if any. No two holidays share a date.
   *
   * @param date a date in the years 1900–2200
   * @return the holiday, or empty for an ordinary day
   * @throws DatainformedException when the date is outside 1900–2200
   */
  public Optional<PublicHoliday> publicHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (PublicHolidayDate holiday : publicHolidays(date.getYear())) {
      if (holiday.date().equals(date)) {
        return Optional.of(holiday.holiday());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a date is a public holiday.
   *
   * @param date a date in the years 1900–2200
   * @return true on a helligdag
   * @throws DatainformedException when the date is outside 1900–2200
   */
  public boolean isPublicHoliday(LocalDate date) {
    return publicHoliday(date).isPresent();
  }

  /**
   * Whether a date is a day off under a policy: a public holiday, a weekend day if the policy says
   * so, or one of the policy's extra days off.
   *
   * @param date a date in the years 1900–2200
   * @param policy which days besides public holidays are off
   * @return true on a day off
   * @throws DatainformedException when the date is outside 1900–2200
   */
  public boolean isDayOff(LocalDate date, DaysOffPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return isPublicHoliday(date) || isOffByPolicy(date, policy);
  }

  /**
   * Whether a date is a working day under a policy; the opposite of {@link #isDayOff}.
   *
   * @param date a date in the years 1900–2200
   * @param policy which days besides public holidays are off
   * @return true on a working day
   * @throws DatainformedException when the date is outside 1900–2200
   */
  public boolean isWorkingDay(LocalDate date, DaysOffPolicy policy) {
    return !isDayOff(date, policy);
  }

  /**
   * The number of working days in the half-open interval {@code [from, to)}: {@code from} is
   * counted, {@code to} is not. Counts therefore add up over adjacent intervals: {@code
   * workingDays(a, b) + workingDays(b, c) == workingDays(a, c)}.
   *
   * @param from the first day counted
   * @param to the day after the last day counted; not before {@code from}
   * @param policy which days besides public holidays are off
   * @return the number of working days, zero when {@code from} equals {@code to}
   * @throws DatainformedException when {@code to} is before {@code from}, or a counted day lies
   *     outside 1900–2200
   */
  public long workingDays(LocalDate from, LocalDate to, DaysOffPolicy policy) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(policy, "policy");
    if (to.isBefore(from)) {
      throw new DatainformedException(
          "cannot count working days from "
              + from
              + " to "
              + to
              + ": the end ("
              + to
              + ", exclusive) must not be before the start ("
              + from
              + ")");
    }
    if (from.equals(to)) {
      return 0;
    }
    checkYear(from.getYear());
    checkYear(to.minusDays(1).getYear());
    long count = 0;
    int year = from.getYear();
    List<PublicHolidayDate> holidays = publicHolidays(year);
    for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
      if (day.getYear() != year) {
        year = day.getYear();
        holidays = publicHolidays(year);
      }
      if (!isOffByPolicy(day, policy) && !contains(holidays, day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The number of working days in a period, from its first to its last day, both included.
   *
   * @param period the period, within 1900–2200
   * @param policy which days besides public holidays are off
   * @return the number of working days
   * @throws DatainformedException when the period reaches outside 1900–2200
   */
  public long workingDays(Period period, DaysOffPolicy policy) {
    Objects.requireNonNull(period, "period");
    return workingDays(period.start(), period.end().plusDays(1), policy);
  }

  private static boolean isOffByPolicy(LocalDate date, DaysOffPolicy policy) {
    if (policy.weekendsOff()) {
      DayOfWeek weekday = date.getDayOfWeek();
      if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
        return true;
      }
    }
    for (ExtraDayOff extra : policy.extraDaysOff()) {
      if (extra.isOn(date)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<PublicHolidayDate> holidays, LocalDate date) {
    for (PublicHolidayDate holiday : holidays) {
      if (holiday.date().equals(date)) {
        return true;
      }
    }
    return false;
  }

  private static int daysAfterEaster(PublicHoliday holiday) {
    switch (holiday) {
      case SKAERTORSDAG:
        return -3;
      case LANGFREDAG:
        return -2;
      case PAASKEDAG:
        return 0;
      case ANDEN_PAASKEDAG:
        return 1;
      case KRISTI_HIMMELFARTSDAG:
        return 39;
      case PINSEDAG:
        return 49;
      case ANDEN_PINSEDAG:
        return 50;
      default:
        throw new IllegalArgumentException(holiday + " is not set relative to Easter");
    }
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new DatainformedException(
          "year "
              + year
              + " is outside the years "
              + FIRST_YEAR
              + "–"
              + LAST_YEAR
              + " that the Danish calendar covers");
    }
  }
}
