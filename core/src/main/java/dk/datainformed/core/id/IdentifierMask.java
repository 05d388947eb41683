package dk.datainformed.core.id;

import org.apiguardian.api.API;

/**
 * The one way datainformed shows a value that is, or may be, a personal identifier.
 *
 * <p>A CPR number is never shown whole: at most its birth-date part is shown, as in
 * {@code 010190-****}. Every {@code toString()}, exception message and log line in the library that
 * mentions an identifier value goes through {@link #mask(CharSequence)}; connectors and applications
 * should do the same when they report a bad identifier.
 *
 * <pre>{@code
 * IdentifierMask.mask("0101901234");   // "010190-****"
 * IdentifierMask.mask("010190-1234");  // "010190-****"
 * IdentifierMask.mask("abc");          // "****"
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IdentifierMask {

  /** What stands in for the hidden part. */
  public static final String HIDDEN = "****";

  private static final int SHOWN_DIGITS = 6;

  /** A word with this many digits may be (part of) a CPR number, and {@link #maskWords} masks it. */
  private static final int MASKED_DIGITS = 4;

  private IdentifierMask() {}

  /**
   * Masks a value that may be a personal identifier.
   *
   * <p>When the value (after leading blanks) starts with six digits, those six digits are kept (the
   * birth-date part of a CPR number) and the rest is hidden; anything else is hidden entirely. The
   * result never contains more than six characters of the input.
   *
   * @param raw the value as received; {@code null} is shown as {@code <null>}
   * @return the masked form, safe for logs and messages
   */
  public static String mask(CharSequence raw) {
    if (raw == null) {
      return "<null>";
    }
    int start = 0;
    while (start < raw.length() && Character.isWhitespace(raw.charAt(start))) {
      start++;
    }
    if (raw.length() - start < SHOWN_DIGITS) {
      return HIDDEN;
    }
    for (int i = start; i < start + SHOWN_DIGITS; i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return HIDDEN;
      }
    }
    return raw.subSequence(start, start + SHOWN_DIGITS) + "-" + HIDDEN;
  }

  /**
   * Masks free text that may hold a personal identifier anywhere, such as an error message a source
   * system wrote: every word (a run of characters between blanks) that holds four or more digits is
   * masked as {@link #mask(CharSequence)} masks it, so that neither {@code 0101901234} nor the
   * written forms {@code 010190-1234} and {@code 010190 1234} come back whole. Other words are kept.
   *
   * <pre>{@code
   * IdentifierMask.maskWords("ukendt CPR 0101901234 i tabel FOLK1A"); // "ukendt CPR 010190-**** i tabel FOLK1A"
   * IdentifierMask.maskWords("010190 1234");                          // "010190-**** ****"
   * }</pre>
   *
   * @param text the text as received; {@code null} is shown as {@code <null>}
   * @return the text with every word of four or more digits masked
   */
  public static String maskWords(CharSequence text) {
    if (text == null) {
      return "<null>";
    }
    StringBuilder shown = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = i;
      boolean blank = Character.isWhitespace(text.charAt(i));
      int digits = 0;
      while (i < text.length() && Character.isWhitespace(text.charAt(i)) == blank) {
        if (Character.isDigit(text.charAt(i))) {
          digits++;
        }
        i++;
      }
      CharSequence word = text.subSequence(start, i);
      shown.append(blank || digits < MASKED_DIGITS ? word : mask(word));
    }
    return shown.toString();
  }
}
