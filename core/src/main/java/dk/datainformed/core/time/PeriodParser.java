package dk.datainformed.core.time;

import dk.datainformed.core.ParseResult;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads the period forms listed on {@link Period#parse(String)}, without throwing. */
final class PeriodParser {
  private static final String FORMS =
      "expected one of 2024, 2024H1, 2024K1, 2024Q1, 2024M01, 2024U05, 2024W05, 2024-01-31,"
          + " 2024-01, 2024-W05, 2024-Q1, 2024-H1";

  private PeriodParser() {}

  static ParseResult<Period> parse(String text) {
    if (text == null || text.isEmpty()) {
      return ParseResult.failed("the text is empty; " + FORMS);
    }
    int year = digits(text, 0, 4);
    if (year < 0) {
      return ParseResult.failed("a period starts with a four-digit year; " + FORMS);
    }
    String rest = text.substring(4);
    if (rest.isEmpty()) {
      return build(PeriodRules.year(year), () -> new Period.Year(year));
    }
    char letter = rest.charAt(0);
    if (letter == '-') {
      return parseIsoStyle(year, rest.substring(1));
    }
    switch (letter) {
      case 'K':
      case 'Q':
        return quarter(year, rest.substring(1));
      case 'H':
        return halfYear(year, rest.substring(1));
      case 'M':
        return month(year, rest.substring(1));
      case 'U':
      case 'W':
        return week(year, rest.substring(1));
      default:
        return ParseResult.failed("unknown period form; " + FORMS);
    }
  }

  private static ParseResult<Period> parseIsoStyle(int year, String rest) {
    if (rest.startsWith("Q")) {
      return quarter(year, rest.substring(1));
    }
    if (rest.startsWith("H")) {
      return halfYear(year, rest.substring(1));
    }
    if (rest.startsWith("W")) {
      return week(year, rest.substring(1));
    }
    if (rest.length() == 2) {
      return month(year, rest);
    }
    int month = digits(rest, 0, 2);
    int day = rest.length() == 5 && rest.charAt(2) == '-' ? digits(rest, 3, 5) : -1;
    if (month < 0 || day < 0) {
      return ParseResult.failed("unknown period form; " + FORMS);
    }
    return build(
        PeriodRules.day(year, month, day), () -> new Period.Day(LocalDate.of(year, month, day)));
  }

  private static ParseResult<Period> quarter(int year, String number) {
    int quarter = number.length() == 1 ? digits(number, 0, 1) : -1;
    if (quarter < 0) {
      return ParseResult.failed("a quarter is one digit 1–4, as in 2024K1");
    }
    return build(PeriodRules.quarter(year, quarter), () -> new Period.Quarter(year, quarter));
  }

  private static ParseResult<Period> halfYear(int year, String number) {
    int half = number.length() == 1 ? digits(number, 0, 1) : -1;
    if (half < 0) {
      return ParseResult.failed("a half-year is one digit 1–2, as in 2024H1");
    }
    return build(PeriodRules.halfYear(year, half), () -> new Period.HalfYear(year, half));
  }

  private static ParseResult<Period> month(int year, String number) {
    int month = number.length() == 2 ? digits(number, 0, 2) : -1;
    if (month < 0) {
      return ParseResult.failed("a month is two digits 01–12, as in 2024M01");
    }
    return build(PeriodRules.month(year, month), () -> new Period.Month(year, month));
  }

  private static ParseResult<Period> week(int year, String number) {
    int week = number.length() == 2 ? digits(number, 0, 2) : -1;
    if (week < 0) {
      return ParseResult.failed("a week is two digits 01–53, as in 2024U05");
    }
    return build(PeriodRules.week(year, week), () -> new Period.Week(year, week));
  }

  private static ParseResult<Period> build(Optional<String> problem, Supplier<Period> value) {
    return problem
        .<ParseResult<Period>>map(ParseResult::failed)
        .orElseGet(() -> ParseResult.ok(value.get()));
  }

  /** The number written by the ASCII digits text[from, to), or -1 if it is not all ASCII digits. */
  private static int digits(String text, int from, int to) {
    if (text.length() < to) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
