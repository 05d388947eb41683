package dk.datainformed.core.id;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import org.apiguardian.api.API;

/**
 * A P-number (produktionsenhedsnummer): the ten-digit number of a production unit, a physical place
 * where a company or public body works, in Det Centrale Virksomhedsregister. One CVR number has one
 * or more P-numbers; a municipality has one for each school, care home and office.
 *
 * <p>Accepted: exactly ten ASCII digits after surrounding blanks are trimmed. No check digit is
 * published for P-numbers, so none is tested; a ten-digit P-number is therefore only checked for
 * its form.
 *
 * <p>A P-number is public, so {@link #toString()} shows it. A rejected input is shown masked by
 * {@link IdentifierMask} in messages, because ten digits typed into a P-number field may be a CPR
 * number. For the same reason, be careful where P-numbers and CPR numbers share a column: this type
 * cannot tell them apart.
 *
 * <pre>{@code
 * PNumber unit = PNumber.parse(" 1234567890 ");
 * unit.value();   // "1234567890"
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PNumber {

  private static final String WHAT = "P-number";
  private static final int LENGTH = 10;

  private final String value;

  private PNumber(String value) {
    this.value = value;
  }

  /**
   * Reads a P-number.
   *
   * @param text ten digits; surrounding blanks are ignored
   * @return the P-number
   * @throws InvalidValueException when the text is not ten digits; the message shows the input
   *     masked by {@link IdentifierMask}
   */
  public static PNumber parse(String text) {
    return tryParse(text).orElseThrow(WHAT, IdentifierMask.mask(text));
  }

  /**
   * Reads a P-number like {@link #parse(String)}, but returns the reason instead of throwing.
   *
   * @param text ten digits; surrounding blanks are ignored; {@code null} gives a failed result
   * @return the P-number, or the reason it was rejected
   */
  public static ParseResult<PNumber> tryParse(String text) {
    if (text == null) {
      return ParseResult.failed("no value was given");
    }
    String trimmed = text.strip();
    if (trimmed.length() != LENGTH || !Digits.allAsciiDigits(trimmed)) {
      return ParseResult.failed("a P-number must be exactly 10 digits");
    }
    return ParseResult.ok(new PNumber(trimmed));
  }

  /**
   * The ten digits.
   *
   * @return the P-number as ten digits
   */
  public String value() {
    return value;
  }

  /**
   * Equal when the digits are equal.
   *
   * @param other the object to compare with
   * @return true for a {@code PNumber} with the same digits
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PNumber && ((PNumber) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * The ten digits; a P-number is public.
   *
   * @return the same as {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }
}
