package dk.datainformed.core.area;

import dk.datainformed.core.ParseResult;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The 98 Danish municipalities (kommuner), found by kommunekode or by name.
 *
 * <p>The list ships inside the jar and is read once, on first use. Codes are accepted in the
 * three-digit form of registers and Statistics Denmark ({@code "101"}) and the four-digit form of
 * address data ({@code "0101"}). Names are matched forgivingly: case, surrounding blanks, a trailing
 * "Kommune" or "Regionskommune", the genitive "s" and æ/ø/å written ae/oe/aa make no difference.
 *
 * <pre>{@code
 * Municipalities.byCode(101);                    // Københavns Kommune
 * Municipalities.byCode("0751");                 // Aarhus Kommune
 * Municipalities.byName("Koebenhavn");           // Københavns Kommune
 * Municipalities.byName("Bornholms Regionskommune").code();   // 400
 *
 * ParseResult<Municipality> r = Municipalities.tryByName(cell);   // bulk reading: no exception
 * }</pre>
 *
 * <p>An unknown code or name is an {@link dk.datainformed.core.InvalidValueException} whose message
 * lists the three nearest municipalities. Christiansø (411) is administered by the state, not by a
 * municipality; its code is rejected with a reason that says so.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Municipalities {

  /**
   * The code Christiansø has in registers and address data. It is not a kommunekode: Christiansø is
   * administered by the state, and every lookup of it fails with a reason that says so.
   */
  public static final int CHRISTIANSOE_CODE = MunicipalityTable.CHRISTIANSOE;

  private Municipalities() {}

  /**
   * All 98 municipalities, ordered by kommunekode.
   *
   * @return an immutable list
   */
  public static List<Municipality> all() {
    return MunicipalityTable.instance().all();
  }

  /**
   * The municipalities in a region, ordered by kommunekode.
   *
   * @param region the region
   * @return an immutable list
   */
  public static List<Municipality> inRegion(Region region) {
    return MunicipalityTable.instance().inRegion(Objects.requireNonNull(region, "region"));
  }

  /**
   * The municipality with a kommunekode.
   *
   * @param code the kommunekode, e.g. 101
   * @return the municipality
   * @throws dk.datainformed.core.InvalidValueException when no municipality has the code; the
   *     message lists the nearest codes
   */
  public static Municipality byCode(int code) {
    return tryByCode(code).orElseThrow("kommunekode", Codes.shown(String.valueOf(code)));
  }

  /**
   * The municipality with a kommunekode, without throwing.
   *
   * @param code the kommunekode, e.g. 101
   * @return the municipality, or the reason no municipality has the code
   */
  public static ParseResult<Municipality> tryByCode(int code) {
    return Codes.municipality(code);
  }

  /**
   * The municipality with a kommunekode written in three digits ({@code "101"}) or in four with a
   * leading zero ({@code "0101"}).
   *
   * @param code the kommunekode, surrounding blanks allowed
   * @return the municipality
   * @throws dk.datainformed.core.InvalidValueException when the code is not written so or no
   *     municipality has it; the message says what valid codes look like and the nearest ones
   */
  public static Municipality byCode(String code) {
    return tryByCode(code).orElseThrow("kommunekode", Codes.shown(code));
  }

  /**
   * The municipality with a kommunekode written in three or four digits, without throwing.
   *
   * @param code the kommunekode, surrounding blanks allowed; {@code null} gives a failed result
   * @return the municipality, or the reason the code was rejected
   */
  public static ParseResult<Municipality> tryByCode(String code) {
    return Codes.municipality(code);
  }

  /**
   * The municipality with a name: its short name ({@code "Nordfyns"}), its official name
   * ({@code "Københavns Kommune"}) or either written without æ, ø and å.
   *
   * @param name the name, at most 100 characters
   * @return the municipality
   * @throws dk.datainformed.core.InvalidValueException when no municipality has the name, or the
   *     name is longer than 100 characters; the message lists the three nearest names
   */
  public static Municipality byName(String name) {
    return tryByName(name).orElseThrow("municipality name", Codes.shown(name));
  }

  /**
   * The municipality with a name, without throwing.
   *
   * @param name the name, at most 100 characters; {@code null} or a longer text gives a failed result
   * @return the municipality, or the reason no municipality has the name
   */
  public static ParseResult<Municipality> tryByName(String name) {
    return Codes.municipalityByName(name);
  }
}
