package dk.datainformed.report.internal;

import dk.datainformed.core.id.IdentifierMask;
import java.util.regex.Pattern;

/**
 * How a value read from a definition is shown in a message: as written, unless it holds something
 * that looks like a CPR number (ten digits, with or without the dash), which is then masked.
 */
public final class Shown {
  private static final Pattern CPR_LIKE = Pattern.compile("\\d{6}-?\\d{4}");

  private Shown() {}

  /**
   * The value as it may appear in a message.
   *
   * @param value the value as written
   * @return the value, or its masked form when it holds a CPR-like run of digits
   */
  public static String value(String value) {
    if (value == null) {
      return "<null>";
    }
    return CPR_LIKE.matcher(value).find() ? IdentifierMask.mask(value) : value;
  }
}
