package dk.datainformed.privacy.generalise;

import dk.datainformed.core.ParseResult;
import dk.datainformed.core.area.Municipalities;
import dk.datainformed.core.area.Municipality;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Generalises a Danish address to its postcode (postnummer) or its municipality (kommune).
 *
 * <pre>{@code
 * Addresses.postcodeOf("Søborg Hovedgade 1, 2860 Søborg");     // Optional[2860]
 * Addresses.postcodeOf("Vej 12, 1. tv, 2860 Søborg");          // Optional[2860]
 * Addresses.postcodeOf("Boulevarden 2000, 9000 Aalborg");      // Optional[9000]
 * Addresses.postcodeOf("Boulevarden 2000, Aalborg");           // Optional.empty
 * Addresses.municipalityOf("0159");                            // Gladsaxe Kommune (159)
 * }</pre>
 *
 * <h2>Postcode from an address written as text</h2>
 *
 * <p>A Danish address ends in the postcode and the postal town (postdistrikt): {@code "Søborg
 * Hovedgade 1, 2860 Søborg"}. {@link #postcodeOf(String)} reads the postcode as the last number
 * that
 *
 * <ul>
 *   <li>has exactly four digits, standing at the start of the text or after a blank or a comma
 *       (optionally written {@code DK-2860} or {@code DK2860}), and
 *   <li>is followed by a blank and a town name that runs to the end of the text: letters, blanks,
 *       full stops, hyphens and apostrophes ({@code "Aarhus C"}, {@code "Kgs. Lyngby"}), optionally
 *       followed by {@code ", Danmark"} or {@code ", Denmark"}.
 * </ul>
 *
 * <p>So house numbers, floors, post-office boxes and years before the postcode are passed over
 * ({@code "Boulevarden 2000, 9000 Aalborg"} gives 9000, {@code "Postboks 123, 8000 Aarhus C"} gives
 * 8000), and an address whose end is not a postcode and town gives no postcode ({@code "Boulevarden
 * 2000, Aalborg"}). Digits that belong to a longer run or follow a hyphen, and four digits right
 * after six digits and a blank, are never read as a postcode, because they are (or look like) part
 * of a CPR number: {@code "0101901234 Søborg"}, {@code "010190-1234 Søborg"} and {@code "010190 1234
 * Søborg"} give none.
 *
 * <p>An address without a postcode gives an empty {@code Optional}, not an exception: in bulk data
 * such addresses are expected, and the caller decides whether to count them, drop them or stop.
 * One limit remains: a four-digit house number followed directly by the town with no comma and no
 * postcode ({@code "Boulevarden 2000 Aalborg"}) cannot be told from a postcode and is read as one.
 * Use a structured address (its own postcode field, read with {@link Postcode#parse(String)})
 * whenever the source has one.
 *
 * <h2>Municipality from a structured address</h2>
 *
 * <p>Structured Danish address data carries the kommunekode in four digits ({@code "0159"}); registers
 * write three ({@code "159"}). {@link #municipalityOf(String)} reads both through core's {@link
 * Municipalities}.
 *
 * <p>There is deliberately <strong>no postcode-to-municipality table</strong>: postcodes are drawn
 * by the postal service and cross municipal borders (one postcode can hold addresses in two or more
 * municipalities), so any such table assigns some people to the wrong municipality. Take the
 * kommunekode from the address itself.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Addresses {

  private static final Pattern POSTCODE_AND_TOWN =
      Pattern.compile(
          "(?<![^\\s\u00A0,])(?:DK-?)?(?<!\\d{6}[\\s\u00A0])(\\d{4})[\\s\u00A0]+"
              + "\\p{L}[\\p{L}\\p{M}.'\u2019 \u00A0-]*"
              + "(?:,[\\s\u00A0]*(?:Danmark|Denmark))?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Addresses() {}

  /**
   * The postcode of an address written as text, read by the rules on this class. A no-break space
   * (U+00A0), as web forms and word processors often put between postcode and town, counts as a
   * blank.
   *
   * @param address the whole address, e.g. {@code "Søborg Hovedgade 1, 2860 Søborg"}; surrounding
   *     blanks and line breaks are allowed
   * @return the postcode, or empty when the address does not end in a postcode and a town name
   */
  public static Optional<Postcode> postcodeOf(String address) {
    Objects.requireNonNull(address, "address");
    Matcher matcher = POSTCODE_AND_TOWN.matcher(address.strip());
    return matcher.find() ? Optional.of(new Postcode(matcher.group(1))) : Optional.empty();
  }

  /**
   * The municipality of a structured address, from its kommunekode.
   *
   * @param kommunekode three digits ({@code "159"}) or four with a leading zero ({@code "0159"}),
   *     surrounding blanks allowed
   * @return the municipality
   * @throws dk.datainformed.core.InvalidValueException when the code is not written so or no
   *     municipality has it (Christiansø, 411, is administered by the state and has none)
   */
  public static Municipality municipalityOf(String kommunekode) {
    return Municipalities.byCode(kommunekode);
  }

  /**
   * The municipality of a structured address, without throwing, for bulk reading.
   *
   * @param kommunekode three or four digits, as for {@link #municipalityOf(String)}
   * @return the municipality, or the reason the code names none
   */
  public static ParseResult<Municipality> tryMunicipalityOf(String kommunekode) {
    return Municipalities.tryByCode(kommunekode);
  }
}
