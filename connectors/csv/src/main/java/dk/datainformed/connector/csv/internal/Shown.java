package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.core.record.FieldType;
import java.util.Locale;
import java.util.regex.Pattern;

/** How a cell appears in a reason or a message: identifiers and CPR-like text masked, long text cut. */
final class Shown {

  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}[- ]?\\d{4}");
  private static final int MAX_SHOWN = 60;

  private Shown() {}

  /** A cell of a field of the given type. */
  static String value(FieldType type, String text) {
    return type == FieldType.IDENTIFIER ? IdentifierMask.mask(text) : clip(text);
  }

  /** Any text from the file: masked when it holds something like a CPR number, else cut short. */
  static String clip(String text) {
    if (CPR_LIKE.matcher(text).find()) {
      return IdentifierMask.mask(text);
    }
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }

  /** The word for a field type, as in core's JSON form. */
  static String label(FieldType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
