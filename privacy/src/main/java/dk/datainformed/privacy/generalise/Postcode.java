package dk.datainformed.privacy.generalise;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.id.IdentifierMask;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A Danish postcode (postnummer): four digits, such as {@code 2860} for Søborg or {@code 8000} for
 * Aarhus C. Replacing an address by its postcode is a common generalisation.
 *
 * <p>Only the form is checked, not that the postcode is in use: the list of postcodes changes, and
 * this library ships none (see {@link Addresses} for why there is no postcode-to-municipality
 * table either).
 *
 * <pre>{@code
 * Postcode.parse("2860").code();                 // "2860"
 * Postcode.tryParse("286").failure();            // Optional["a Danish postcode is four digits ..."]
 * Addresses.postcodeOf("Søborg Hovedgade 1, 2860 Søborg");   // Optional[2860]
 * }</pre>
 *
 * @param code the four ASCII digits, leading zero kept (e.g. {@code "0800"})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Postcode(String code) {

  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
  private static final int MAX_SHOWN_DIGITS = 4;
  private static final int MAX_SHOWN_LENGTH = 20;
  private static final String RULE = "a Danish postcode is four digits 0-9, e.g. '2860'";

  /**
   * Creates the value.
   *
   * @param code exactly four ASCII digits
   * @throws InvalidValueException when the code is not four digits
   */
  public Postcode {
    Objects.requireNonNull(code, "code");
    if (!FOUR_DIGITS.matcher(code).matches()) {
      throw new InvalidValueException("postcode", shown(code), RULE);
    }
  }

  /**
   * Reads a postcode written as four digits, surrounding blanks allowed.
   *
   * @param text the postcode, e.g. {@code "2860"}
   * @return the postcode
   * @throws InvalidValueException when the text is not four digits; a value
   *     with more than four digits is shown masked, since it may be a CPR number
   */
  public static Postcode parse(String text) {
    return tryParse(text).orElseThrow("postcode", shown(text));
  }

  /**
   * Reads a postcode without throwing, for bulk reading.
   *
   * @param text the postcode, surrounding blanks allowed; {@code null} gives a failed result
   * @return the postcode, or the reason the text was rejected (never containing the text)
   */
  public static ParseResult<Postcode> tryParse(String text) {
    if (text == null) {
      return ParseResult.failed("no value was given");
    }
    String stripped = text.strip();
    if (!FOUR_DIGITS.matcher(stripped).matches()) {
      return ParseResult.failed(RULE);
    }
    return ParseResult.ok(new Postcode(stripped));
  }

  private static String shown(String raw) {
    if (raw == null) {
      return IdentifierMask.mask(null);
    }
    long digits = raw.chars().filter(c -> c >= '0' && c <= '9').count();
    boolean mayIdentify = digits > MAX_SHOWN_DIGITS || raw.length() > MAX_SHOWN_LENGTH;
    return mayIdentify ? IdentifierMask.mask(raw) : raw;
  }

  /**
   * The four digits.
   *
   * @return the same as {@link #code()}, e.g. {@code "2860"}
   */
  @Override
  public String toString() {
    return code;
  }
}
