package dk.datainformed.core.record;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.id.IdentifierMask;

/**
 * How a value appears in a message or a {@code toString()}: identifiers masked, and anything that
 * looks like a CPR number masked too, whatever the field's type.
 */
final class Shown {

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
    if (type == null || type.shownMasked()) {
      return IdentifierMask.mask(text);
    }
    return clip(text);
  }

  /** The text as it may be shown: CPR-like runs masked, then long text cut short. */
  static String clip(String text) {
    String masked = CprDetector.mask(text);
    return masked.length() <= MAX_SHOWN ? masked : masked.substring(0, MAX_SHOWN) + "…";
  }

  /** The simple name of a value's class, for messages. */
  static String javaType(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
