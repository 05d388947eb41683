package dk.datainformed.core.id;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apiguardian.api.API;

/**
 * A Danish personnummer (CPR number), or one of the two published forms of replacement number for
 * people who have none.
 *
 * <p>A CPR number is personal data and a confidential identifier (databeskyttelsesloven §11). This
 * type never shows it whole: {@link #toString()} and every message show at most the birth-date part,
 * masked by {@link IdentifierMask} ({@code 010190-****}). Only {@link #canonical()} and
 * {@link #formatted()} give the whole number, for pseudonymisation and for writing it back to the
 * system it came from.
 *
 * <h2>What is accepted</h2>
 *
 * <p>Surrounding blanks are trimmed. What remains must be exactly one of two written forms:
 *
 * <ul>
 *   <li>ten characters {@code DDMMYYSSSS}, or
 *   <li>eleven characters {@code DDMMYY-SSSS}, with a hyphen-minus ({@code -}) as the 7th character.
 * </ul>
 *
 * <p>No other separator, inner blank, prefix or missing leading zero is accepted. Characters 1 to 7
 * and 10 of the number (not counting the hyphen) must be ASCII digits; characters 8 and 9 must be two
 * ASCII digits or two capital letters {@code A}-{@code Z}. The characters then decide the
 * {@linkplain #kind() kind}:
 *
 * <table>
 *   <caption>The kinds of number and how each is read</caption>
 *   <tr><th>kind</th><th>accepted when</th><th>birth date</th><th>legal sex</th></tr>
 *   <tr>
 *     <td>{@link CprKind#REGULAR}</td>
 *     <td>all ten are digits and the day {@code DD} is 01 to 31</td>
 *     <td>{@code DD.MM}, year from {@code YY} and the 7th digit by the CPR century rule below</td>
 *     <td>the 10th digit: odd male, even female</td>
 *   </tr>
 *   <tr>
 *     <td>{@link CprKind#REPLACEMENT}</td>
 *     <td>all ten are digits and {@code DD} is 61 to 91 (the CPR office's recommendation: 6 is added
 *       to the first digit of the day)</td>
 *     <td>day {@code DD - 60}, month and year exactly as for a regular number</td>
 *     <td>as for a regular number</td>
 *   </tr>
 *   <tr>
 *     <td>{@link CprKind#ECPR}</td>
 *     <td>characters 8 and 9 are capital letters {@code A}-{@code Z}, {@code DD} is 01 to 31 and the
 *       7th digit is 0, 1, 5, 6 or 7 (the health sector's X-eCPR and D-eCPR formats)</td>
 *     <td>{@code DD.MM}, year from {@code YY} and the 7th digit by the eCPR century rule below; when
 *       the birth date was unknown, the formats put the date the number was created here</td>
 *     <td>the 10th digit: odd male, even female</td>
 *   </tr>
 * </table>
 *
 * <p>The CPR century rule (cpr.dk) reads the 7th digit with {@code YY}: 0 to 3 give 1900-1999; 4 and
 * 9 give 2000-2036 for {@code YY} 00-36 and 1937-1999 for 37-99; 5 to 8 give 2000-2057 for 00-57 and
 * 1858-1899 for 58-99. The eCPR century rule (Sundhedsdatastyrelsen, MedCom) is: 0 or 1 give
 * 1900-1999, 5 gives 1800-1899, 6 or 7 give 2000-2099.
 *
 * <p>Finally the birth date must exist: {@code 310290-1234} and {@code 300290-1234} are rejected, and
 * 29 February only in a leap year of the century the number denotes. The modulus 11 check is not a
 * rule of validity (see {@link #satisfiesModulus11()}).
 *
 * <pre>{@code
 * Cpr cpr = Cpr.parse("010190-1234");
 * cpr.birthDate();          // 1990-01-01
 * cpr.legalSex();           // FEMALE
 * cpr.kind();               // REGULAR
 * cpr.toString();           // "010190-****"
 * Cpr.tryParse("310290-1234").failure().orElseThrow();
 * // "day 31 does not exist in 1990-02"
 * }</pre>
 *
 * <p>Two {@code Cpr} values are equal when their {@linkplain #canonical() canonical forms} are equal,
 * so both written forms of one number give equal values.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Cpr {

  private static final String WHAT = "CPR number";
  private static final int LENGTH = 10;
  private static final int REPLACEMENT_DAY_OFFSET = 60;
  private static final int[] DIGIT_POSITIONS = {0, 1, 2, 3, 4, 5, 6, 9};
  private static final int[] MODULUS_11_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};

  private final String canonical;
  private final CprKind kind;
  private final LocalDate birthDate;

  private Cpr(String canonical, CprKind kind, LocalDate birthDate) {
    this.canonical = canonical;
    this.kind = kind;
    this.birthDate = birthDate;
  }

  /**
   * Reads a CPR number, a CPR office replacement number or an eCPR in one of the written forms
   * described on this class.
   *
   * @param text the number as written; surrounding blanks are ignored
   * @return the number
   * @throws InvalidValueException when the text is not one of the accepted forms or its birth date
   *     does not exist; the message shows the input masked by {@link IdentifierMask}
   */
  public static Cpr parse(String text) {
    return tryParse(text).orElseThrow(WHAT, IdentifierMask.mask(text));
  }

  /**
   * Reads a number like {@link #parse(String)}, but returns the reason instead of throwing, for bulk
   * validation. No exception is thrown or caught on the way.
   *
   * @param text the number as written; surrounding blanks are ignored; {@code null} gives a failed
   *     result
   * @return the number, or the reason it was rejected (the reason never contains the input)
   */
  public static ParseResult<Cpr> tryParse(String text) {
    if (text == null) {
      return ParseResult.failed("no value was given");
    }
    String trimmed = text.strip();
    String chars;
    if (trimmed.length() == LENGTH) {
      chars = trimmed;
    } else if (trimmed.length() == LENGTH + 1) {
      if (trimmed.charAt(6) != '-') {
        return ParseResult.failed(
            "in the 11-character form DDMMYY-SSSS the 7th character must be '-'");
      }
      chars = trimmed.substring(0, 6) + trimmed.substring(7);
    } else {
      return ParseResult.failed(
          "expected 10 characters (DDMMYYSSSS) or 11 (DDMMYY-SSSS), found " + trimmed.length());
    }
    for (int i : DIGIT_POSITIONS) {
      if (!Digits.isAsciiDigit(chars.charAt(i))) {
        return ParseResult.failed("characters 1 to 7 and 10 of the number must be digits 0-9");
      }
    }
    boolean eCpr;
    if (Digits.isAsciiDigit(chars.charAt(7)) && Digits.isAsciiDigit(chars.charAt(8))) {
      eCpr = false;
    } else if (isCapital(chars.charAt(7)) && isCapital(chars.charAt(8))) {
      eCpr = true;
    } else {
      return ParseResult.failed(
          "characters 8 and 9 of the number must be two digits, or two capital letters A-Z"
              + " for an eCPR");
    }

    int dd = twoDigits(chars, 0);
    int mm = twoDigits(chars, 2);
    int yy = twoDigits(chars, 4);
    int centuryDigit = chars.charAt(6) - '0';

    CprKind kind;
    int day;
    if (eCpr) {
      kind = CprKind.ECPR;
      day = dd;
      if (day < 1 || day > 31) {
        return ParseResult.failed("the day of an eCPR must be 01 to 31, found " + pad(dd));
      }
    } else if (dd > REPLACEMENT_DAY_OFFSET) {
      kind = CprKind.REPLACEMENT;
      day = dd - REPLACEMENT_DAY_OFFSET;
    } else {
      kind = CprKind.REGULAR;
      day = dd;
    }
    if (day < 1 || day > 31) {
      return ParseResult.failed(
          "the day must be 01 to 31, or 61 to 91 for a replacement number, found " + pad(dd));
    }
    if (mm < 1 || mm > 12) {
      return ParseResult.failed("the month must be 01 to 12, found " + pad(mm));
    }
    int year = eCpr ? eCprYear(centuryDigit, yy) : cprYear(centuryDigit, yy);
    if (year < 0) {
      return ParseResult.failed(
          "the 7th character of an eCPR must be 0 or 1 (born 1900-1999), 5 (1800-1899)"
              + " or 6 or 7 (2000-2099)");
    }
    YearMonth month = YearMonth.of(year, mm);
    if (day > month.lengthOfMonth()) {
      return ParseResult.failed("day " + pad(day) + " does not exist in " + month);
    }
    return ParseResult.ok(new Cpr(chars, kind, month.atDay(day)));
  }

  /**
   * The year by the CPR century rule: the 7th digit read with the two-digit year.
   *
   * @param centuryDigit the 7th digit, 0 to 9
   * @param yy the two-digit year, 0 to 99
   * @return the four-digit year
   */
  private static int cprYear(int centuryDigit, int yy) {
    if (centuryDigit <= 3) {
      return 1900 + yy;
    }
    if (centuryDigit == 4 || centuryDigit == 9) {
      return yy <= 36 ? 2000 + yy : 1900 + yy;
    }
    return yy <= 57 ? 2000 + yy : 1800 + yy;
  }

  /**
   * The year by the eCPR century rule (X-eCPR: 1 and 7; D-eCPR: 0, 5 and 6).
   *
   * @param centuryDigit the 7th character as a digit, 0 to 9
   * @param yy the two-digit year, 0 to 99
   * @return the four-digit year, or -1 when the digit is not one the eCPR formats use
   */
  private static int eCprYear(int centuryDigit, int yy) {
    switch (centuryDigit) {
      case 0, 1:
        return 1900 + yy;
      case 5:
        return 1800 + yy;
      case 6, 7:
        return 2000 + yy;
      default:
        return -1;
    }
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static int twoDigits(String chars, int at) {
    return (chars.charAt(at) - '0') * 10 + (chars.charAt(at + 1) - '0');
  }

  private static String pad(int twoDigitNumber) {
    return twoDigitNumber < 10 ? "0" + twoDigitNumber : Integer.toString(twoDigitNumber);
  }

  /**
   * Which kind of number this is: a real personnummer, a CPR office replacement number or an eCPR.
   *
   * @return the kind
   */
  public CprKind kind() {
    return kind;
  }

  /**
   * The birth date the number states, read as described on this class for its {@link #kind()}: for
   * a replacement number the day has 60 subtracted; for an eCPR issued without a known birth date
   * it is the date the number was created.
   *
   * @return the birth date
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * The legal sex the number states: odd last digit male, even female. The same rule holds for all
   * three kinds.
   *
   * @return the registered legal sex
   */
  public LegalSex legalSex() {
    return LegalSex.ofLastDigit(canonical.charAt(LENGTH - 1) - '0');
  }

  /**
   * Whether the ten digits pass the modulus 11 check (weights 4, 3, 2, 7, 6, 5, 4, 3, 2, 1; the
   * weighted sum divisible by 11).
   *
   * <p>This is information, never a test of validity: since 1 October 2007 the CPR office issues
   * numbers that fail it and are fully valid (cpr.dk, "Personnumre uden kontrolciffer"). For a
   * replacement number the check is computed on the digits as written (day plus 60); an eCPR has
   * letters and always gives {@code false}.
   *
   * @return true when the weighted sum of the digits is divisible by 11
   */
  public boolean satisfiesModulus11() {
    if (kind == CprKind.ECPR) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      sum += (canonical.charAt(i) - '0') * MODULUS_11_WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /**
   * The whole number as ten characters without separator, e.g. {@code 0101901234}; the letters of
   * an eCPR are capitals.
   *
   * <p><strong>This is personal data.</strong> It exists so that the number can be pseudonymised
   * (one canonical form per number, whichever way it was written) or written back to the system it
   * came from. Never log it, show it or put it in a message; use {@link #toString()} for that.
   *
   * @return the ten characters of the number
   */
  public String canonical() {
    return canonical;
  }

  /**
   * The whole number in the usual written form {@code DDMMYY-SSSS}, e.g. {@code 010190-1234}.
   *
   * <p><strong>This is personal data</strong>, like {@link #canonical()}: for writing the number
   * where a person or system needs it, never for logs or messages.
   *
   * @return the number with a hyphen after the birth-date part
   */
  public String formatted() {
    return canonical.substring(0, 6) + "-" + canonical.substring(6);
  }

  /**
   * Equal when the canonical forms are equal.
   *
   * @param other the object to compare with
   * @return true for a {@code Cpr} with the same ten characters
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Cpr && ((Cpr) other).canonical.equals(canonical);
  }

  @Override
  public int hashCode() {
    return canonical.hashCode();
  }

  /**
   * The birth-date part only, masked by {@link IdentifierMask}, e.g. {@code 010190-****}: safe for
   * logs and messages.
   *
   * @return the masked number
   */
  @Override
  public String toString() {
    return IdentifierMask.mask(canonical);
  }
}
