package dk.datainformed.connector.csv.internal;

/**
 * Reads whole numbers and decimals straight from a cell's text, with a configurable
 * decimal separator, without creating objects on the common path. Not thread-safe: one per read.
 */
final class NumberText {

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT = 1L << 53;

  /** The value read by the last successful {@link #readLong}. */
  long longValue;
  /** The value read by the last successful {@link #readDouble}. */
  double doubleValue;

  /** Reads an optionally signed whole number; false when the text is not one or does not fit. */
  boolean readLong(String text, int offset, int length) {
    int pos = offset;
    int end = offset + length;
    boolean negative = false;
    if (pos < end && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
      negative = text.charAt(pos) == '-';
      pos++;
    }
    if (pos == end) {
      return false;
    }
    if (end - pos > 18) {
      return readLongSlowly(text, offset, length);
    }
    long value = 0;
    for (; pos < end; pos++) {
      char c = text.charAt(pos);
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    longValue = negative ? -value : value;
    return true;
  }

  private boolean readLongSlowly(String text, int offset, int length) {
    try {
      longValue = Long.parseLong(text.substring(offset, offset + length));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Reads an optionally signed decimal with the given decimal separator and no grouping, such as
   * {@code -1234,5}; false when the text is not one.
   */
  boolean readDouble(String text, int offset, int length, char decimalSeparator) {
    int pos = offset;
    int end = offset + length;
    boolean negative = false;
    if (pos < end && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
      negative = text.charAt(pos) == '-';
      pos++;
    }
    int start = pos;
    long mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    boolean fraction = false;
    boolean exact = true;
    for (; pos < end; pos++) {
      char c = text.charAt(pos);
      if (c >= '0' && c <= '9') {
        digits++;
        if (fraction) {
          fractionDigits++;
        }
        if (mantissa < MAX_EXACT) {
          mantissa = mantissa * 10 + (c - '0');
        } else {
          exact = false;
        }
      } else if (c == decimalSeparator && !fraction) {
        fraction = true;
      } else {
        return false;
      }
    }
    if (digits == 0) {
      return false;
    }
    double value;
    if (exact && mantissa <= MAX_EXACT && fractionDigits < POWERS_OF_TEN.length) {
      // Both operands are exact doubles, so one correctly rounded division gives the nearest double.
      value = mantissa / POWERS_OF_TEN[fractionDigits];
    } else {
      String plain = text.substring(start, end);
      value = Double.parseDouble(decimalSeparator == '.' ? plain : plain.replace(decimalSeparator, '.'));
    }
    doubleValue = negative ? -value : value;
    return Double.isFinite(doubleValue);
  }

  /** Reads true/false or ja/nej, in any case; 1 for true, 0 for false, -1 when neither. */
  static int readBoolean(String text, int offset, int length) {
    if (matches(text, offset, length, "true") || matches(text, offset, length, "ja")) {
      return 1;
    }
    if (matches(text, offset, length, "false") || matches(text, offset, length, "nej")) {
      return 0;
    }
    return -1;
  }

  private static boolean matches(String text, int offset, int length, String word) {
    if (length != word.length()) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (Character.toLowerCase(text.charAt(offset + i)) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
