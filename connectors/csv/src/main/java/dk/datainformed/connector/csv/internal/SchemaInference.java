package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Infers a typed schema from a file's header and a sample of its rows.
 *
 * <p>Per column, the narrowest type that every non-empty sampled value fits: identifier (every value
 * looks like a CPR number, or the header says cpr), integer, decimal, date, boolean (true/false or
 * ja/nej), else text. Numbers with a leading zero ({@code 0042}, a unit or municipality code) stay
 * text, so that codes keep their zeros. Every inferred field is nullable: a sample cannot show that
 * a column is always filled.
 */
final class SchemaInference {

  private SchemaInference() {}

  static Schema infer(List<String> header, List<String[]> rows, char decimalSeparator, List<DatePattern> dates) {
    List<String> names = FieldNames.forHeader(header);
    NumberText numbers = new NumberText();
    List<Field> fields = new ArrayList<>(header.size());
    for (int c = 0; c < header.size(); c++) {
      boolean seen = false;
      boolean identifier = true;
      boolean integer = true;
      boolean decimal = true;
      boolean date = true;
      boolean bool = true;
      for (String[] row : rows) {
        if (c >= row.length) {
          continue;
        }
        String value = row[c].strip();
        if (value.isEmpty()) {
          continue;
        }
        seen = true;
        identifier &= CprDetector.isCprLike(value);
        boolean leadingZero = hasLeadingZero(value, decimalSeparator);
        integer &= !leadingZero && numbers.readLong(value, 0, value.length());
        decimal &= !leadingZero && numbers.readDouble(value, 0, value.length(), decimalSeparator);
        date &= isDate(value, dates);
        bool &= NumberText.readBoolean(value, 0, value.length()) >= 0;
      }
      FieldType type;
      if (header.get(c).toLowerCase(Locale.ROOT).contains("cpr") || (seen && identifier)) {
        type = FieldType.IDENTIFIER;
      } else if (!seen) {
        type = FieldType.TEXT;
      } else if (integer) {
        type = FieldType.INTEGER;
      } else if (decimal) {
        type = FieldType.DECIMAL;
      } else if (date) {
        type = FieldType.DATE;
      } else if (bool) {
        type = FieldType.BOOLEAN;
      } else {
        type = FieldType.TEXT;
      }
      fields.add(Field.nullable(names.get(c), type));
    }
    return Schema.of(fields);
  }

  private static boolean hasLeadingZero(String value, char decimalSeparator) {
    int i = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
    return value.length() > i + 1 && value.charAt(i) == '0' && value.charAt(i + 1) != decimalSeparator;
  }

  private static boolean isDate(String value, List<DatePattern> dates) {
    for (DatePattern pattern : dates) {
      long day = pattern.parse(value, 0, value.length());
      if (day != DatePattern.NO_MATCH && day != DatePattern.IMPOSSIBLE) {
        return true;
      }
    }
    return false;
  }
}
