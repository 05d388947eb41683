package dk.datainformed.core.time;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.id.IdentifierMask;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/** The range rules shared by the period values and the parser, so both give the same reasons. */
final class PeriodRules {
  static final int MIN_YEAR = 1000;
  static final int MAX_YEAR = 9999;
  static final String WHAT = "period";

  private PeriodRules() {}

  static Optional<String> year(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.of(
          "year " + year + " is outside the supported range " + MIN_YEAR + "–" + MAX_YEAR);
    }
    return Optional.empty();
  }

  static Optional<String> halfYear(int year, int half) {
    return year(year).or(() -> inRange("half-year", half, 1, 2));
  }

  static Optional<String> quarter(int year, int quarter) {
    return year(year).or(() -> inRange("quarter", quarter, 1, 4));
  }

  static Optional<String> month(int year, int month) {
    return year(year).or(() -> inRange("month", month, 1, 12));
  }

  static Optional<String> week(int weekYear, int week) {
    Optional<String> problem = year(weekYear);
    if (problem.isPresent()) {
      return problem;
    }
    int weeks = weeksIn(weekYear);
    if (week < 1 || week > weeks) {
      return Optional.of(
          "week " + week + " does not exist: ISO week-year " + weekYear + " has weeks 1–" + weeks);
    }
    return Optional.empty();
  }

  static Optional<String> day(int year, int month, int dayOfMonth) {
    Optional<String> problem = month(year, month);
    if (problem.isPresent()) {
      return problem;
    }
    int days = LocalDate.of(year, month, 1).lengthOfMonth();
    if (dayOfMonth < 1 || dayOfMonth > days) {
      return Optional.of(
          "day "
              + dayOfMonth
              + " does not exist: "
              + year
              + "-"
              + twoDigits(month)
              + " has days 1–"
              + days);
    }
    return Optional.empty();
  }

  /**
   * The number of ISO weeks (52 or 53) of an ISO week-year: 28 December is always in its last week.
   */
  static int weeksIn(int weekYear) {
    return LocalDate.of(weekYear, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  static void check(Optional<String> problem, String shown) {
    if (problem.isPresent()) {
      throw new InvalidValueException(WHAT, shown, problem.get());
    }
  }

  /**
   * The input as it may appear in a message: period texts are shown as they are, but anything long
   * or digit-heavy enough to be a CPR number is masked.
   */
  static String shown(String text) {
    long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
    return text.length() <= 12 && digits < 10 ? text : IdentifierMask.mask(text);
  }

  static String twoDigits(int value) {
    return value >= 0 && value < 10 ? "0" + value : Integer.toString(value);
  }

  private static Optional<String> inRange(String what, int value, int min, int max) {
    if (value < min || value > max) {
      return Optional.of(what + " " + value + " is not between " + min + " and " + max);
    }
    return Optional.empty();
  }
}
