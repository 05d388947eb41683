package dk.datainformed.core.id;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import org.apiguardian.api.API;

/**
 * A CVR number: the eight-digit number of a company or public body in Det Centrale
 * Virksomhedsregister, e.g. {@code 64942212} (Københavns Kommune).
 *
 * <p>Accepted: exactly eight ASCII digits after surrounding blanks are trimmed, the first not 0,
 * passing the modulus 11 check (weights 2, 7, 6, 5, 4, 3, 2, 1; the weighted sum divisible by 11).
 * No inner blanks, prefix ({@code DK}) or separators. Unlike a CPR number the check is a rule of
 * validity here: a CVR number that fails it does not exist.
 *
 * <p>A CVR number is public, so {@link #toString()} shows it. A rejected input is shown masked by
 * {@link IdentifierMask} in messages, because what was typed into a CVR field may be a CPR number.
 *
 * <pre>{@code
 * Cvr kk = Cvr.parse("64942212");
 * kk.value();                       // "64942212"
 * Cvr.tryParse("64942213").failure().orElseThrow();
 * // "the modulus 11 check fails (weights 2,7,6,5,4,3,2,1)"
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Cvr {

  private static final String WHAT = "CVR number";
  private static final int LENGTH = 8;
  private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  private final String value;

  private Cvr(String value) {
    this.value = value;
  }

  /**
   * Reads a CVR number.
   *
   * @param text eight digits; surrounding blanks are ignored
   * @return the CVR number
   * @throws InvalidValueException when the text is not eight digits, starts with 0 or fails the
   *     modulus 11 check; the message shows the input masked by {@link IdentifierMask}
   */
  public static Cvr parse(String text) {
    return tryParse(text).orElseThrow(WHAT, IdentifierMask.mask(text));
  }

  /**
   * Reads a CVR number like {@link #parse(String)}, but returns the reason instead of throwing.
   *
   * @param text eight digits; surrounding blanks are ignored; {@code null} gives a failed result
   * @return the CVR number, or the reason it was rejected
   */
  public static ParseResult<Cvr> tryParse(String text) {
    if (text == null) {
      return ParseResult.failed("no value was given");
    }
    String trimmed = text.strip();
    if (trimmed.length() != LENGTH || !Digits.allAsciiDigits(trimmed)) {
      return ParseResult.failed("a CVR number must be exactly 8 digits");
    }
    if (trimmed.charAt(0) == '0') {
      return ParseResult.failed("a CVR number never starts with 0");
    }
    if (!satisfiesModulus11(trimmed)) {
      return ParseResult.failed("the modulus 11 check fails (weights 2,7,6,5,4,3,2,1)");
    }
    return ParseResult.ok(new Cvr(trimmed));
  }

  private static boolean satisfiesModulus11(String digits) {
    int sum = 0;
    for (int i = 0; i < LENGTH; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    return sum % 11 == 0;
  }

  /**
   * The eight digits.
   *
   * @return the CVR number as eight digits, e.g. {@code "64942212"}
   */
  public String value() {
    return value;
  }

  /**
   * Equal when the digits are equal.
   *
   * @param other the object to compare with
   * @return true for a {@code Cvr} with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Cvr && ((Cvr) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The eight digits; a CVR number is public.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
