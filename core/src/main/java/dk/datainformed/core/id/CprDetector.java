package dk.datainformed.core.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The one rule in datainformed that finds CPR numbers in text: every message, {@code toString()},
 * writer and page masks with it, and privacy's redactor takes its candidates from it.
 *
 * <h2>The written forms</h2>
 *
 * <p>A CPR number is written as six digits (the birth date {@code DDMMYY}) and four serial
 * characters, with or without one separator between them:
 *
 * <ul>
 *   <li>{@code 010190-1234} (hyphen-minus), {@code 0101901234} (none), {@code 010190 1234} (space),
 *       {@code 010190–1234} (en dash, U+2013) and the same with a no-break space (U+00A0);
 *       for safety the other dashes (U+2010 to U+2015, minus sign U+2212) and the narrow blanks
 *       (figure space U+2007, thin space U+2009, narrow no-break space U+202F) count as separators
 *       too;
 *   <li>replacement numbers (erstatningspersonnumre, day + 60, {@code 610190-1234}) have the same
 *       shape;
 *   <li>the health sector's eCPR has two capital letters as serial characters 2 and 3 ({@code
 *       010101-1AB4}).
 * </ul>
 *
 * <p>So the shape is: six ASCII digits, an optional separator, a digit, two characters that are
 * ASCII digits or capitals {@code A}-{@code Z}, and a digit.
 *
 * <h2>Two strengths, on purpose</h2>
 *
 * <ul>
 *   <li><b>For masking</b> ({@link #mask(CharSequence)}, {@link #containsCprLike(CharSequence)},
 *       {@link #isCprLike(CharSequence)}) anything of the shape counts, wherever it stands and
 *       whatever its date: {@code 320190-1234} (no 32nd), a P-number, a phone number written {@code
 *       +4512345678}, the first ten digits of a longer number. A message or an output that hides a
 *       harmless number costs a reader a little; one that shows a real CPR number cannot be undone.
 *       This is broader than the redactor on purpose, and at least as broad as every rule it
 *       replaced. A masked text holds no run of the shape any more.
 *   <li><b>For finding CPR numbers</b> ({@link #find(CharSequence)}) a run of the shape must stand
 *       on its own and be a number that {@link Cpr#tryParse(String)} accepts: no letter, digit or
 *       {@code +} right before it, no letter or digit right after it, not part of a decimal number
 *       ({@code 0101901234,50}), and its date must exist in the century the 7th digit gives. This is
 *       what free-text redaction replaces and what a pseudonym field rejects: it leaves phone
 *       numbers, amounts, CVR numbers and longer numbers intact.
 * </ul>
 *
 * <pre>{@code
 * CprDetector.mask("Borger 010190 1234 ringede");      // "Borger 010190-**** ringede"
 * CprDetector.mask("fejl i 320190-1234");              // "fejl i 320190-****" (impossible date, masked)
 * CprDetector.containsCprLike("enhed 0042");           // false
 * CprDetector.find("CPR 030303-1AB3.").get(0).cpr().kind();   // ECPR
 * }</pre>
 *
 * <p>Limits: numbers split across lines, with other separators ({@code 01.01.90-1234}) or in
 * non-ASCII digits are not found; eCPR letters must be capitals. Stateless and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CprDetector {

  private static final String SEPARATORS = "-\\u2010-\\u2015\\u2212 \\u00A0\\u2007\\u2009\\u202F";

  /** Date digits in group 1, serial characters in group 2. */
  private static final String SHAPE = "(\\d{6})[" + SEPARATORS + "]?(\\d[0-9A-Z]{2}\\d)";

  private static final Pattern CPR_LIKE = Pattern.compile(SHAPE);

  private static final Pattern STANDING_ALONE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+])(?<!\\p{N}[.,])" + SHAPE + "(?![\\p{L}\\p{N}])(?![.,]\\p{N})");

  /** The shortest text of the shape: ten characters. */
  private static final int SHORTEST = 10;

  private CprDetector() {}

  /**
   * The text with every run of the CPR shape masked as {@link IdentifierMask} masks a CPR number,
   * {@code DDMMYY-****}; the rest of the text is unchanged.
   *
   * @param text the text, such as a unit name, a label or a message part; {@code null} is shown as
   *     {@code <null>}, as {@link IdentifierMask#mask(CharSequence)} shows it, so that a message
   *     about a missing value can use it directly
   * @return the masked text; the same characters when nothing had the shape
   */
  public static String mask(CharSequence text) {
    if (text == null) {
      return IdentifierMask.mask(null);
    }
    if (text.length() < SHORTEST) {
      return text.toString();
    }
    Matcher m = CPR_LIKE.matcher(text);
    if (!m.find()) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    do {
      out.append(text, copied, m.start()).append(IdentifierMask.mask(m.group()));
      copied = m.end();
    } while (m.find());
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether any part of the text has the CPR shape, as {@link #mask(CharSequence)} would mask it.
   *
   * @param text the text
   * @return true when masking would change the text
   */
  public static boolean containsCprLike(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return text.length() >= SHORTEST && CPR_LIKE.matcher(text).find();
  }

  /**
   * Whether the whole value, without surrounding blanks, has the CPR shape: for telling a column of
   * CPR numbers from other columns.
   *
   * @param value the value
   * @return true when the stripped value is one run of the shape
   */
  public static boolean isCprLike(CharSequence value) {
    Objects.requireNonNull(value, "value");
    return CPR_LIKE.matcher(value.toString().strip()).matches();
  }

  /**
   * The CPR numbers in a text: runs of the shape that stand on their own and that {@link
   * Cpr#tryParse(String)} accepts (see the class description).
   *
   * @param text the free text
   * @return the numbers found, in text order
   */
  public static List<Found> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() < SHORTEST) {
      return List.of();
    }
    Matcher m = STANDING_ALONE.matcher(text);
    List<Found> found = new ArrayList<>();
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      Cpr.tryParse(m.group(1) + m.group(2))
          .toOptional()
          .ifPresent(cpr -> found.add(new Found(start, end, cpr)));
    }
    return List.copyOf(found);
  }

  /**
   * One CPR number found in a text. Its {@code toString()} shows the number masked, as {@link
   * Cpr#toString()} does.
   *
   * @param start the index of its first character
   * @param end the index after its last character
   * @param cpr the number, in whichever written form it stood
   */
  public record Found(int start, int end, Cpr cpr) {

    /**
     * Checks the range.
     *
     * @param start the index of its first character
     * @param end the index after its last character
     * @param cpr the number
     */
    public Found {
      Objects.requireNonNull(cpr, "cpr");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "a found CPR number needs 0 <= start < end; got start " + start + ", end " + end);
      }
    }
  }
}
