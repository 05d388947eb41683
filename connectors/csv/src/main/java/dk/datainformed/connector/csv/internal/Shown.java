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

  /**
   * A name from the file system or the file (a file name, a header cell) as a message, a position
   * or a stream or field name may show it: masked when it holds something like a CPR number, else
   * whole.
   */
  static String name(String text) {
    return CprDetector.mask(text);
  }

  /**
   * A path as a message may show it: the name of a file through {@link #name}. Folders are the
   * municipality's own configuration and shown whole (a temporary folder's long digit run is no CPR).
   */
  static String path(java.nio.file.Path path) {
    java.nio.file.Path name = path.getFileName();
    if (name == null || java.nio.file.Files.isDirectory(path) || name.toString().equals(name(name.toString()))) {
      return path.toString();
    }
    java.nio.file.Path parent = path.getParent();
    return (parent == null ? "" : parent + path.getFileSystem().getSeparator()) + name(name.toString());
  }

  /** The word for a field type, as in core's JSON form. */
  static String label(FieldType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
