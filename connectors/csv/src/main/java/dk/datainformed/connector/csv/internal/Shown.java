package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.core.record.FieldType;
import java.util.Locale;

/** How a cell appears in a reason or a message: identifiers and CPR-like text masked, long text cut. */
final class Shown {

  private static final int MAX_SHOWN = 60;

  private Shown() {}

  /** A cell of a field of the given type. */
  static String value(FieldType type, String text) {
    return type.shownMasked() ? IdentifierMask.mask(text) : clip(text);
  }

  /** Any text from the file: masked when it holds something like a CPR number, else cut short. */
  static String clip(String text) {
    String masked = CprDetector.mask(text);
    return masked.length() <= MAX_SHOWN ? masked : masked.substring(0, MAX_SHOWN) + "…";
  }

  /** The word for a field type, as in core's JSON form. */
  static String label(FieldType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
