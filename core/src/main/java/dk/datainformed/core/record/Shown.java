package dk.datainformed.core.record;

import dk.datainformed.core.id.IdentifierMask;
import java.util.regex.Pattern;

/**
 * How a value appears in a message or a {@code toString()}: identifiers masked, and anything that
 * looks like a CPR number masked too, whatever the field's type.
 */
final class Shown {

  /** Ten digits, optionally with a dash or a blank after the sixth: the written forms of a CPR. */
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}[- ]?\\d{4}");

  private static final int MAX_SHOWN = 60;

  private Shown() {}

  /**
   * A value of a field of the given type, as it may be shown.
   *
   * @param type the field's type; {@code null} when the field is unknown, which masks the value
   * @param value the value, possibly null
   */
  static String value(FieldType type, Object value) {
    if (value == null) {
      return "<null>";
    }
    String text = String.valueOf(value);
    if (type == null || type == FieldType.IDENTIFIER) {
      return IdentifierMask.mask(text);
    }
    return clip(text);
  }

  /** The text as it may be shown: CPR-like digit runs masked, long text cut short. */
  static String clip(String text) {
    if (CPR_LIKE.matcher(text).find()) {
      return IdentifierMask.mask(text);
    }
    return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
  }

  /** The simple name of a value's class, for messages. */
  static String javaType(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
