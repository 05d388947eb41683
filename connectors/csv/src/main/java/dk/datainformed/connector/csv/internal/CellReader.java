package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.ParseResult;
import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.record.SchemaViolationException;
import dk.datainformed.core.time.Period;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one cell's text as the type of its field and sets it on the record builder. Numbers,
 * booleans and dates are read from the parser's string without creating objects, and a text cell
 * keeps the parser's string. Not thread-safe.
 */
final class CellReader {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

  private final Schema schema;
  private final FieldType[] types;
  private final boolean[] nullable;
  private final List<DatePattern> dates;
  private final NumberText numbers = new NumberText();
  private final Categories categories;
  private char decimalSeparator = ',';

  /**
   * A reader of cells.
   *
   * @param categories the shared strings of category values, or null to keep each cell's string
   */
  CellReader(Schema schema, List<DatePattern> dates, Categories categories) {
    this.schema = schema;
    this.categories = categories;
    this.dates = dates;
    types = new FieldType[schema.size()];
    nullable = new boolean[schema.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = schema.field(i).type();
      nullable[i] = schema.field(i).nullable();
    }
  }

  /** Sets the decimal separator of the file being read. */
  void decimalSeparator(char separator) {
    decimalSeparator = separator;
  }

  /**
   * Reads a cell into the builder.
   *
   * @return null when the value was set, else why it could not be, with the value masked
   */
  String read(RecordBuilder builder, int field, String text) {
    FieldType type = types[field];
    int length = text.length();
    int start = 0;
    int end = length;
    if (type != FieldType.TEXT) {
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
      while (end > start && isBlank(text.charAt(end - 1))) {
        end--;
      }
    }
    int n = end - start;
    if (n == 0) {
      if (!nullable[field]) {
        return describe(field) + " is empty, but the schema requires a value";
      }
      builder.setNull(field);
      return null;
    }
    try {
      switch (type) {
        case INTEGER:
          if (numbers.readLong(text, start, n)) {
            builder.setLong(field, numbers.longValue);
            return null;
          }
          return rejected(field, text, start, n, "is not a whole number");
        case DECIMAL:
          if (numbers.readDouble(text, start, n, decimalSeparator)) {
            builder.setDouble(field, numbers.doubleValue);
            return null;
          }
          return rejected(field, text, start, n,
              "is not a number with decimal separator '" + decimalSeparator + "' (no thousands separators)");
        case BOOLEAN:
          int b = NumberText.readBoolean(text, start, n);
          if (b >= 0) {
            builder.setBoolean(field, b == 1);
            return null;
          }
          return rejected(field, text, start, n, "is not true, false, ja or nej");
        case DATE:
          return readDate(builder, field, text, start, n);
        case TIMESTAMP:
          return readTimestamp(builder, field, text.substring(start, start + n));
        case PERIOD:
          ParseResult<Period> period = Period.tryParse(text.substring(start, start + n));
          if (period.toOptional().isPresent()) {
            builder.setPeriod(field, period.toOptional().get());
            return null;
          }
          return rejected(field, text, start, n, "is not a period such as 2024, 2024K1, 2024M01 or 2024U05");
        case CPR:
          ParseResult<Cpr> cpr = Cpr.tryParse(text.substring(start, start + n));
          if (cpr.toOptional().isPresent()) {
            builder.setCpr(field, cpr.toOptional().get());
            return null;
          }
          return rejected(field, text, start, n, "is not a CPR number: " + cpr.failure().orElseThrow());
        case CATEGORY:
          String value = n == length ? text : text.substring(start, start + n);
          builder.setText(field, categories == null ? value : categories.canonical(value));
          return null;
        default:
          // The parser made the string; a trimmed copy only where the cell had blanks around it.
          builder.setText(field, n == length ? text : text.substring(start, start + n));
          return null;
      }
    } catch (SchemaViolationException e) {
      return e.getMessage();
    }
  }

  /** {@link Character#isWhitespace}, with a quick answer for the letters and digits of most cells. */
  static boolean isBlank(char c) {
    return (c <= ' ' || c >= '\u1680') && Character.isWhitespace(c);
  }

  private String readDate(RecordBuilder builder, int field, String text, int start, int n) {
    boolean impossible = false;
    for (int i = 0; i < dates.size(); i++) {
      long day = dates.get(i).parse(text, start, n);
      if (day == DatePattern.IMPOSSIBLE) {
        impossible = true;
      } else if (day != DatePattern.NO_MATCH) {
        builder.setEpochDay(field, day);
        return null;
      }
    }
    if (impossible) {
      return rejected(field, text, start, n, "is not a day of the calendar");
    }
    return rejected(field, text, start, n, "is not a date in the layouts "
        + dates.stream().map(DatePattern::toString).collect(Collectors.joining(", ")));
  }

  private String readTimestamp(RecordBuilder builder, int field, String value) {
    try {
      Instant instant;
      if (value.length() > 19 && (value.endsWith("Z") || value.lastIndexOf('+') > 10 || value.lastIndexOf('-') > 10)) {
        instant = OffsetDateTime.parse(value).toInstant();
      } else {
        instant = LocalDateTime.parse(value).atZone(COPENHAGEN).toInstant();
      }
      builder.setTimestamp(field, instant);
      return null;
    } catch (DateTimeParseException e) {
      return describe(field) + ": '" + Shown.value(types[field], value)
          + "' is not an ISO 8601 date and time such as 2024-12-31T08:30:00 or 2024-12-31T08:30:00+01:00";
    } catch (DateTimeException e) {
      return describe(field) + ": '" + Shown.value(types[field], value) + "' is out of range";
    }
  }

  private String rejected(int field, String text, int start, int n, String why) {
    return describe(field) + ": '" + Shown.value(types[field], text.substring(start, start + n)) + "' " + why;
  }

  private String describe(int field) {
    return "field '" + schema.field(field).name() + "' (" + Shown.label(types[field]) + ")";
  }
}
