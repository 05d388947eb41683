package dk.datainformed.core.id;

/** Character tests shared by the identifier parsers of this package. */
final class Digits {

  private Digits() {}

  /**
   * Whether every character is an ASCII digit {@code 0}-{@code 9} (not any Unicode digit).
   *
   * @param text the text to test
   * @return true when the text is non-empty and all digits
   */
  static boolean allAsciiDigits(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isAsciiDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a character is an ASCII digit.
   *
   * @param c the character
   * @return true for {@code 0} to {@code 9}
   */
  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
