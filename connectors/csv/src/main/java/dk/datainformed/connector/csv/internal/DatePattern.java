package dk.datainformed.connector.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date layout such as {@code dd-MM-yyyy}, read straight from a cell's text without creating
 * objects. Letters: {@code dd} (two-digit day), {@code d} (one or two digits), {@code MM},
 * {@code M}, {@code yyyy} (four-digit year); anything else is a literal separator.
 */
final class DatePattern {

  /** The text does not have the layout. */
  static final long NO_MATCH = Long.MIN_VALUE;

  /** The text has the layout but names no day of the calendar, such as 31-02-2024. */
  static final long IMPOSSIBLE = Long.MIN_VALUE + 1;

  private static final int DAY = 'd';
  private static final int MONTH = 'M';
  private static final int YEAR = 'y';

  private final String pattern;
  /** Per part: a field letter, or a literal character as a negative number. */
  private final int[] parts;
  /** Per part: the fixed width, or 0 for one or two digits. */
  private final int[] widths;

  /** The length of every match when all parts have a fixed width, else -1. */
  private final int fixedLength;
  /** Where the day, month and year start in a match of {@link #fixedLength}. */
  private final int dayAt;
  private final int monthAt;
  private final int yearAt;

  private DatePattern(String pattern, int[] parts, int[] widths) {
    this.pattern = pattern;
    this.parts = parts;
    this.widths = widths;
    int length = 0;
    int day = -1;
    int month = -1;
    int year = -1;
    for (int t = 0; t < parts.length && length >= 0; t++) {
      if (widths[t] == 0) {
        length = -1;
      } else {
        if (parts[t] == DAY) {
          day = length;
        } else if (parts[t] == MONTH) {
          month = length;
        } else if (parts[t] == YEAR) {
          year = length;
        }
        length += widths[t];
      }
    }
    this.fixedLength = length;
    this.dayAt = day;
    this.monthAt = month;
    this.yearAt = year;
  }

  static Optional<DatePattern> compile(String pattern) {
    List<int[]> tokens = new ArrayList<>();
    int days = 0;
    int months = 0;
    int years = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      if (c == 'd' || c == 'M') {
        if (run > 2) {
          return Optional.empty();
        }
        tokens.add(new int[] {c, run == 2 ? 2 : 0});
        if (c == 'd') {
          days++;
        } else {
          months++;
        }
        i += run;
      } else if (c == 'y') {
        if (run != 4) {
          return Optional.empty();
        }
        tokens.add(new int[] {YEAR, 4});
        years++;
        i += run;
      } else if (Character.isLetterOrDigit(c)) {
        return Optional.empty();
      } else {
        tokens.add(new int[] {-c, 1});
        i++;
      }
    }
    if (days != 1 || months != 1 || years != 1) {
      return Optional.empty();
    }
    int[] parts = new int[tokens.size()];
    int[] widths = new int[tokens.size()];
    for (int t = 0; t < parts.length; t++) {
      parts[t] = tokens.get(t)[0];
      widths[t] = tokens.get(t)[1];
    }
    return Optional.of(new DatePattern(pattern, parts, widths));
  }

  /**
   * Reads a date.
   *
   * @return the epoch day, {@link #NO_MATCH} or {@link #IMPOSSIBLE}
   */
  long parse(String text, int offset, int length) {
    if (fixedLength >= 0) {
      return parseFixed(text, offset, length);
    }
    return parseAnyWidth(text, offset, length);
  }

  /** {@link #parse} for any layout, part by part; the fixed-width path must give the same. */
  long parseAnyWidth(String text, int offset, int length) {
    int pos = offset;
    int end = offset + length;
    int day = 0;
    int month = 0;
    int year = 0;
    for (int t = 0; t < parts.length; t++) {
      int part = parts[t];
      if (part < 0) {
        if (pos >= end || text.charAt(pos) != (char) -part) {
          return NO_MATCH;
        }
        pos++;
        continue;
      }
      int width = widths[t];
      int value = 0;
      int digits = 0;
      int max = width == 0 ? 2 : width;
      while (digits < max && pos < end && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        value = value * 10 + (text.charAt(pos) - '0');
        pos++;
        digits++;
      }
      if (digits == 0 || (width != 0 && digits != width)) {
        return NO_MATCH;
      }
      if (part == DAY) {
        day = value;
      } else if (part == MONTH) {
        month = value;
      } else {
        year = value;
      }
    }
    if (pos != end) {
      return NO_MATCH;
    }
    return epochDayOrImpossible(year, month, day);
  }

  /** {@link #parse} for a layout of fixed-width parts, such as {@code dd-MM-yyyy}. */
  private long parseFixed(String text, int offset, int length) {
    if (length != fixedLength) {
      return NO_MATCH;
    }
    int pos = offset;
    for (int t = 0; t < parts.length; t++) {
      int part = parts[t];
      if (part < 0) {
        if (text.charAt(pos) != (char) -part) {
          return NO_MATCH;
        }
      } else {
        for (int i = pos; i < pos + widths[t]; i++) {
          if (text.charAt(i) < '0' || text.charAt(i) > '9') {
            return NO_MATCH;
          }
        }
      }
      pos += widths[t];
    }
    int day = (text.charAt(offset + dayAt) - '0') * 10 + (text.charAt(offset + dayAt + 1) - '0');
    int month = (text.charAt(offset + monthAt) - '0') * 10 + (text.charAt(offset + monthAt + 1) - '0');
    int y = offset + yearAt;
    int year = (text.charAt(y) - '0') * 1000 + (text.charAt(y + 1) - '0') * 100
        + (text.charAt(y + 2) - '0') * 10 + (text.charAt(y + 3) - '0');
    return epochDayOrImpossible(year, month, day);
  }

  private static long epochDayOrImpossible(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return IMPOSSIBLE;
    }
    return epochDay(year, month, day);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /**
   * The same day count as {@code LocalDate.toEpochDay()}, without the object, in int arithmetic
   * (years 0 to 9999): H. Hinnant's days-from-civil, with years starting on 1 March.
   */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }

  /** The layout as configured, e.g. {@code dd-MM-yyyy}. */
  @Override
  public String toString() {
    return pattern;
  }
}
