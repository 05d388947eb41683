package dk.datainformed.core.time;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.ParseResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A reporting period as Danish statistics write it: a day, an ISO week, a month, a quarter, a
 * half-year or a year.
 *
 * <pre>{@code
 * Period q = Period.parse("2024K1");          // also "2024Q1"
 * q.start();                                  // 2024-01-01
 * q.end();                                    // 2024-03-31 (inclusive)
 * q.next().format();                          // "2024K2"
 * Period.of(Grain.MONTH, LocalDate.of(2024, 2, 29)).format();  // "2024M02"
 * Period.parse("2024U05").to(Grain.MONTH);    // 2024M02: the month of its Thursday, 1 Feb
 * }</pre>
 *
 * <h2>Accepted text</h2>
 *
 * <p>{@link #parse(String)} accepts exactly these forms, with upper-case letters, ASCII digits, a
 * four-digit year from 1000 to 9999 and no surrounding blanks (trim and upper-case the input first
 * if your source needs it):
 *
 * <ul>
 *   <li>year: {@code 2024}
 *   <li>half-year: {@code 2024H1}, {@code 2024H2}; ISO-style {@code 2024-H1}
 *   <li>quarter: {@code 2024K1} (Statistics Denmark, kvartal) or {@code 2024Q1}; ISO-style {@code
 *       2024-Q1}
 *   <li>month: {@code 2024M01} (always two digits); ISO 8601 {@code 2024-01}
 *   <li>ISO week: {@code 2024U05} (Statistics Denmark, uge) or {@code 2024W05} (two digits, the
 *       year being the ISO week-year); ISO 8601 {@code 2024-W05}
 *   <li>day: ISO 8601 {@code 2024-01-31}
 * </ul>
 *
 * <p>Anything else, such as {@code 2024M1}, {@code 24M01}, {@code 2024m01}, {@code 2024-W05-3} or
 * {@code " 2024"}, is rejected, as are values out of range ({@code 2024M13}, {@code 2024K5}, {@code
 * 2024U53} because 2024 has 52 ISO weeks).
 *
 * <h2>Text written</h2>
 *
 * <p>{@link #format()} writes Statistics Denmark's canonical form ({@code 2024}, {@code 2024H1},
 * {@code 2024K1}, {@code 2024M01}, {@code 2024U05}, and a day as {@code 2024-01-31}); {@link
 * #formatIso()} writes the ISO-style form ({@code 2024}, {@code 2024-H1}, {@code 2024-Q1}, {@code
 * 2024-01}, {@code 2024-W05}, {@code 2024-01-31}). Both are read back by {@code parse}.
 *
 * <h2>Boundaries and order</h2>
 *
 * <p>{@link #start()} and {@link #end()} are both inclusive: the period covers every date {@code d}
 * with {@code start() <= d <= end()}. Periods are ordered by start date, and periods with the same
 * start by grain from fine to coarse (so {@code 2024-01-01 < 2024U01 < 2024M01 < 2024K1 < 2024H1 <
 * 2024}). A period is identified by its grain and its start, so this order is consistent with
 * {@code equals}.
 *
 * <h2>Weeks and coarser periods</h2>
 *
 * <p>ISO weeks do not nest in months, quarters, half-years or years: 2024U05 runs from 29 January
 * to 4 February. {@link #to(Grain)} puts a week in the month, quarter, half-year or year that holds
 * its Thursday (which is also the ISO rule for the week-year), so 2024U05 belongs to 2024M02 and
 * 2020U53 to 2020M12. {@link #contains(Period)}, in contrast, compares dates: 2024M01 does not
 * contain 2024U05.
 *
 * <p>The supported years are 1000–9999. An operation whose result would fall outside them (such as
 * {@code next()} of 9999) throws {@link DatainformedException}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Period extends Comparable<Period>
    permits Period.Day, Period.Week, Period.Month, Period.Quarter, Period.HalfYear, Period.Year {

  /**
   * Reads a period in one of the forms listed on this interface.
   *
   * @param text the period as written, e.g. {@code "2024K1"}
   * @return the period
   * @throws dk.datainformed.core.InvalidValueException when the text is not a period, with the
   *     reason
   */
  static Period parse(String text) {
    return tryParse(text)
        .orElseThrow(PeriodRules.WHAT, text == null ? "<null>" : PeriodRules.shown(text));
  }

  /**
   * Reads a period without throwing, for bulk validation.
   *
   * @param text the period as written, e.g. {@code "2024M01"}; null is rejected as empty
   * @return the period, or the reason the text was rejected
   */
  static ParseResult<Period> tryParse(String text) {
    return PeriodParser.parse(text);
  }

  /**
   * The period of a grain that contains a date.
   *
   * <pre>{@code
   * Period.of(Grain.WEEK, LocalDate.of(2021, 1, 1)).format();   // "2020U53"
   * }</pre>
   *
   * @param grain the grain wanted
   * @param date the date
   * @return the one period of that grain that contains the date
   * @throws DatainformedException when the period's year is outside 1000–9999
   */
  static Period of(Grain grain, LocalDate date) {
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    int month = date.getMonthValue();
    switch (grain) {
      case DAY:
        return new Day(date);
      case WEEK:
        return new Week(
            date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH:
        return new Month(year, month);
      case QUARTER:
        return new Quarter(year, (month - 1) / 3 + 1);
      case HALF_YEAR:
        return new HalfYear(year, month <= 6 ? 1 : 2);
      case YEAR:
        return new Year(year);
      default:
        throw new IllegalStateException("unknown grain " + grain);
    }
  }

  /**
   * Every period of a grain that shares at least one day with the span from {@code first.start()}
   * to {@code last.end()}, in order.
   *
   * <pre>{@code
   * Period.between(Grain.MONTH, Period.parse("2024K1"), Period.parse("2024K2"));  // 2024M01 … 2024M06
   * Period.between(Grain.WEEK, Period.parse("2024M01"), Period.parse("2024M01")); // 2024U01 … 2024U05
   * }</pre>
   *
   * @param grain the grain of the periods listed
   * @param first the first period of the span, of any grain
   * @param last the last period of the span, of any grain; must not end before {@code first} starts
   * @return the periods, both ends included, as an unmodifiable list
   * @throws DatainformedException when {@code last} ends before {@code first} starts
   */
  static List<Period> between(Grain grain, Period first, Period last) {
    Objects.requireNonNull(grain, "grain");
    if (last.end().isBefore(first.start())) {
      throw new DatainformedException(
          "cannot list periods: " + last + " ends before " + first + " starts");
    }
    Period current = of(grain, first.start());
    Period end = of(grain, last.end());
    List<Period> periods = new ArrayList<>();
    periods.add(current);
    while (!current.equals(end)) {
      current = current.next();
      periods.add(current);
    }
    return Collections.unmodifiableList(periods);
  }

  /**
   * The day period of a date.
   *
   * @param date the date
   * @return the period of that one day
   */
  static Period day(LocalDate date) {
    return new Day(date);
  }

  /**
   * An ISO week.
   *
   * @param weekYear the ISO week-year (the year of the week's Thursday)
   * @param week the week number, 1 to 52 or 53
   * @return the week
   */
  static Period week(int weekYear, int week) {
    return new Week(weekYear, week);
  }

  /**
   * A calendar month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the month
   */
  static Period month(int year, int month) {
    return new Month(year, month);
  }

  /**
   * A calendar quarter.
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @return the quarter
   */
  static Period quarter(int year, int quarter) {
    return new Quarter(year, quarter);
  }

  /**
   * A half-year.
   *
   * @param year the year
   * @param half the half, 1 (January–June) or 2 (July–December)
   * @return the half-year
   */
  static Period halfYear(int year, int half) {
    return new HalfYear(year, half);
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the year
   */
  static Period year(int year) {
    return new Year(year);
  }

  /**
   * The grain of this period.
   *
   * @return the grain
   */
  Grain grain();

  /**
   * The first day of this period.
   *
   * @return the first day, inclusive
   */
  LocalDate start();

  /**
   * The last day of this period.
   *
   * @return the last day, inclusive
   */
  LocalDate end();

  /**
   * Statistics Denmark's canonical form: {@code 2024}, {@code 2024H1}, {@code 2024K1}, {@code
   * 2024M01}, {@code 2024U05}, or a day as {@code 2024-01-31}.
   *
   * @return the text, readable by {@link #parse(String)}
   */
  String format();

  /**
   * The ISO-style form: {@code 2024}, {@code 2024-H1}, {@code 2024-Q1}, {@code 2024-01}, {@code
   * 2024-W05} or {@code 2024-01-31}. Months, weeks and days are ISO 8601; ISO 8601 has no half-year
   * or quarter notation, so those follow the common {@code -H}/{@code -Q} convention.
   *
   * @return the text, readable by {@link #parse(String)}
   */
  String formatIso();

  /**
   * The number of days in this period.
   *
   * @return the number of days from {@link #start()} to {@link #end()}, both included
   */
  default long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * Whether a date falls in this period.
   *
   * @param date the date
   * @return true if {@code start() <= date <= end()}
   */
  default boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Whether every day of another period falls in this period. This compares dates, so a month does
   * not contain an ISO week that crosses its boundary even though {@link #to(Grain)} maps that week
   * to one of the two months.
   *
   * @param other the other period
   * @return true if {@code start() <= other.start()} and {@code other.end() <= end()}
   */
  default boolean contains(Period other) {
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * The period of the same grain that follows this one without a gap.
   *
   * @return the next period
   * @throws DatainformedException when it would lie after year 9999
   */
  default Period next() {
    return of(grain(), end().plusDays(1));
  }

  /**
   * The period of the same grain that precedes this one without a gap.
   *
   * @return the previous period
   * @throws DatainformedException when it would lie before year 1000
   */
  default Period previous() {
    return of(grain(), start().minusDays(1));
  }

  /**
   * The period of the same or a coarser grain that this period belongs to.
   *
   * <p>A day, month, quarter or half-year lies wholly within one period of each coarser grain. An
   * ISO week is put in the month, quarter, half-year or year of its Thursday, so 2025U01 (30
   * December 2024 to 5 January 2025) belongs to 2025M01, 2025K1 and 2025. Converting a day to a
   * week and then to a month can therefore give the neighbouring month (31 December 2024 lies in
   * 2025U01, hence 2025M01): convert a day directly to the grain wanted.
   *
   * @param coarser the grain wanted; the same grain returns this period
   * @return the period of that grain
   * @throws DatainformedException when the grain is finer than this period's grain
   */
  default Period to(Grain coarser) {
    Objects.requireNonNull(coarser, "coarser");
    if (coarser == grain()) {
      return this;
    }
    if (!coarser.isCoarserThan(grain())) {
      throw new DatainformedException(
          "cannot convert "
              + this
              + " ("
              + grain()
              + ") to the finer grain "
              + coarser
              + ": use Period.between("
              + coarser
              + ", period, period) to list the "
              + coarser
              + " periods it overlaps");
    }
    LocalDate anchor = grain() == Grain.WEEK ? start().with(DayOfWeek.THURSDAY) : start();
    return of(coarser, anchor);
  }

  /**
   * Orders by start date, then by grain from fine to coarse; consistent with {@code equals}.
   *
   * @param other the period to compare with
   * @return negative, zero or positive as this period comes before, equals or comes after {@code
   *     other}
   */
  @Override
  default int compareTo(Period other) {
    int byStart = start().compareTo(other.start());
    return byStart != 0 ? byStart : grain().compareTo(other.grain());
  }

  /**
   * One calendar day.
   *
   * @param date the day
   */
  record Day(LocalDate date) implements Period {
    /**
     * Creates the period.
     *
     * @param date the day, in the years 1000–9999
     */
    public Day {
      Objects.requireNonNull(date, "date");
      PeriodRules.check(PeriodRules.year(date.getYear()), date.toString());
    }

    @Override
    public Grain grain() {
      return Grain.DAY;
    }

    @Override
    public LocalDate start() {
      return date;
    }

    @Override
    public LocalDate end() {
      return date;
    }

    @Override
    public String format() {
      return date.toString();
    }

    @Override
    public String formatIso() {
      return date.toString();
    }

    @Override
    public String toString() {
      return format();
    }
  }

  /**
   * One ISO 8601 week, Monday to Sunday.
   *
   * @param weekYear the ISO week-year: the year of the week's Thursday, which differs from the
   *     calendar year for some days around New Year
   * @param week the week number, 1 to 52, or 53 in a week-year that has 53 weeks
   */
  record Week(int weekYear, int week) implements Period {
    /**
     * Creates the period.
     *
     * @param weekYear the ISO week-year, 1000–9999
     * @param week the week number, 1 to 52, or 53 in a week-year that has 53 weeks
     */
    public Week {
      PeriodRules.check(
          PeriodRules.week(weekYear, week), weekYear + "U" + PeriodRules.twoDigits(week));
    }

    @Override
    public Grain grain() {
      return Grain.WEEK;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(weekYear, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(DayOfWeek.MONDAY);
    }

    @Override
    public LocalDate end() {
      return start().plusDays(6);
    }

    @Override
    public String format() {
      return weekYear + "U" + PeriodRules.twoDigits(week);
    }

    @Override
    public String formatIso() {
      return weekYear + "-W" + PeriodRules.twoDigits(week);
    }

    @Override
    public String toString() {
      return format();
    }
  }

  /**
   * One calendar month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   */
  record Month(int year, int month) implements Period {
    /**
     * Creates the period.
     *
     * @param year the year, 1000–9999
     * @param month the month, 1 to 12
     */
    public Month {
      PeriodRules.check(PeriodRules.month(year, month), year + "M" + PeriodRules.twoDigits(month));
    }

    @Override
    public Grain grain() {
      return Grain.MONTH;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, month, 1);
    }

    @Override
    public LocalDate end() {
      LocalDate start = start();
      return start.withDayOfMonth(start.lengthOfMonth());
    }

    @Override
    public String format() {
      return year + "M" + PeriodRules.twoDigits(month);
    }

    @Override
    public String formatIso() {
      return year + "-" + PeriodRules.twoDigits(month);
    }

    @Override
    public String toString() {
      return format();
    }
  }

  /**
   * One calendar quarter (kvartal).
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   */
  record Quarter(int year, int quarter) implements Period {
    /**
     * Creates the period.
     *
     * @param year the year, 1000–9999
     * @param quarter the quarter, 1 to 4
     */
    public Quarter {
      PeriodRules.check(PeriodRules.quarter(year, quarter), year + "K" + quarter);
    }

    @Override
    public Grain grain() {
      return Grain.QUARTER;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    @Override
    public LocalDate end() {
      return start().plusMonths(3).minusDays(1);
    }

    @Override
    public String format() {
      return year + "K" + quarter;
    }

    @Override
    public String formatIso() {
      return year + "-Q" + quarter;
    }

    @Override
    public String toString() {
      return format();
    }
  }

  /**
   * One half of a calendar year (halvår).
   *
   * @param year the year
   * @param half 1 for January–June, 2 for July–December
   */
  record HalfYear(int year, int half) implements Period {
    /**
     * Creates the period.
     *
     * @param year the year, 1000–9999
     * @param half 1 for January–June, 2 for July–December
     */
    public HalfYear {
      PeriodRules.check(PeriodRules.halfYear(year, half), year + "H" + half);
    }

    @Override
    public Grain grain() {
      return Grain.HALF_YEAR;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, half * 6 - 5, 1);
    }

    @Override
    public LocalDate end() {
      return start().plusMonths(6).minusDays(1);
    }

    @Override
    public String format() {
      return year + "H" + half;
    }

    @Override
    public String formatIso() {
      return year + "-H" + half;
    }

    @Override
    public String toString() {
      return format();
    }
  }

  /**
   * One calendar year.
   *
   * @param year the year
   */
  record Year(int year) implements Period {
    /**
     * Creates the period.
     *
     * @param year the year, 1000–9999
     */
    public Year {
      PeriodRules.check(PeriodRules.year(year), Integer.toString(year));
    }

    @Override
    public Grain grain() {
      return Grain.YEAR;
    }

    @Override
    public LocalDate start() {
      return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate end() {
      return LocalDate.of(year, 12, 31);
    }

    @Override
    public String format() {
      return Integer.toString(year);
    }

    @Override
    public String formatIso() {
      return format();
    }

    @Override
    public String toString() {
      return format();
    }
  }
}
