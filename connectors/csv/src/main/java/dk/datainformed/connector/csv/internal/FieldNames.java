package dk.datainformed.connector.csv.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns CSV header texts into field names that core's naming rule accepts. */
final class FieldNames {

  private static final int MAX_LENGTH = 128;

  private FieldNames() {}

  /**
   * The field name for a header text: lower case, runs of anything but letters and digits as one
   * {@code _}, no {@code _} at the ends, and {@code _} in front of a leading digit. Blank when the
   * header has no letter or digit. A header that holds something like a CPR number is masked
   * first, so that the number never becomes a field name (shown by every {@code Record.toString()}).
   */
  static String normalise(String text) {
    String header = Shown.name(text);
    StringBuilder name = new StringBuilder(header.length());
    boolean gap = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && name.length() > 0) {
          name.append('_');
        }
        gap = false;
        name.append(c);
      } else {
        gap = true;
      }
    }
    String result = name.toString().toLowerCase(Locale.ROOT);
    if (!result.isEmpty() && Character.isDigit(result.charAt(0))) {
      result = "_" + result;
    }
    return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) : result;
  }

  /** Field names for a whole header: normalised, blanks named {@code column_N}, clashes numbered. */
  static List<String> forHeader(List<String> header) {
    List<String> names = new ArrayList<>(header.size());
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String base = normalise(header.get(i));
      if (base.isEmpty()) {
        base = "column_" + (i + 1);
      }
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      names.add(name);
    }
    return names;
  }
}
