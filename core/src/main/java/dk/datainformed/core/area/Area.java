package dk.datainformed.core.area;

import dk.datainformed.core.ParseResult;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An area that Danish public-sector data reports on: all of Denmark, a {@link Region} or a
 * {@link Municipality}.
 *
 * <p>Statistics Denmark puts all three levels in one variable ({@code OMRÅDE}), and address data
 * writes municipalities with four digits, so a connector reads codes such as these with
 * {@link #parse(String)} and tells the levels apart with {@link #level()} or {@code instanceof}:
 *
 * <table>
 *   <caption>Codes that {@code parse} reads</caption>
 *   <tr><th>Code</th><th>Area</th></tr>
 *   <tr><td>{@code "000"}</td><td>all of Denmark ({@link #DENMARK})</td></tr>
 *   <tr><td>{@code "081"}–{@code "085"}</td><td>a region, as Statistics Denmark writes it</td></tr>
 *   <tr><td>{@code "1081"}–{@code "1085"}</td><td>a region, by its region code</td></tr>
 *   <tr><td>{@code "101"}–{@code "860"}</td><td>a municipality, by its three-digit kommunekode</td></tr>
 *   <tr><td>{@code "0101"}–{@code "0860"}</td><td>a municipality, by the four-digit form of address data</td></tr>
 * </table>
 *
 * <p>Christiansø ({@code "411"}, {@code "0411"}) is administered by the state, not by a
 * municipality, and belongs to no region: it is rejected with a reason that says so, never read as
 * a municipality. Statistics Denmark's landsdele and other groupings are not areas here either.
 *
 * <pre>{@code
 * Area.parse("000");    // Area.DENMARK
 * Area.parse("081");    // Region.NORDJYLLAND
 * Area.parse("101");    // Københavns Kommune
 * Area.parse("0101");   // Københavns Kommune
 *
 * ParseResult<Area> r = Area.tryParse(cell);   // for bulk reading: no exception
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Area permits Area.Denmark, Region, Municipality {

  /** All of Denmark, Statistics Denmark's {@code OMRÅDE} {@code "000"}. */
  Denmark DENMARK = new Denmark();

  /**
   * Reads an area code in any of the forms listed on {@link Area}.
   *
   * @param code the code, surrounding blanks allowed
   * @return the area
   * @throws dk.datainformed.core.InvalidValueException when the code is not one of those forms or
   *     names no area; the message lists the nearest valid codes where there are any
   */
  static Area parse(String code) {
    return tryParse(code).orElseThrow("area code", Codes.shown(code));
  }

  /**
   * Reads an area code without throwing, for bulk reading.
   *
   * @param code the code, surrounding blanks allowed; {@code null} gives a failed result
   * @return the area, or the reason the code was rejected
   */
  static ParseResult<Area> tryParse(String code) {
    return Codes.parseArea(code);
  }

  /**
   * The level of the area, for a {@code switch}.
   *
   * @return country, region or municipality
   */
  Level level();

  /**
   * The code Statistics Denmark uses in {@code OMRÅDE}: {@code "000"}, {@code "081"}–{@code "085"}
   * or the three-digit kommunekode. {@link #parse(String)} reads it back to the same area.
   *
   * @return the three-digit code
   */
  String dstCode();

  /**
   * The Danish name: {@code "Hele landet"}, {@code "Region Hovedstaden"} or the municipality's
   * official name.
   *
   * @return the name
   */
  String danishName();

  /**
   * The municipalities the area covers, ordered by kommunekode.
   *
   * @return an immutable list: all 98, a region's, or the municipality itself
   */
  List<Municipality> municipalities();

  /** The three levels of {@link Area}. */
  enum Level {
    /** All of Denmark. */
    COUNTRY,
    /** One of the five regions. */
    REGION,
    /** One of the 98 municipalities. */
    MUNICIPALITY
  }

  /**
   * All of Denmark. There is one instance, {@link Area#DENMARK}.
   */
  final class Denmark implements Area {

    private Denmark() {}

    /**
     * Statistics Denmark's code for all of Denmark.
     *
     * @return {@code "000"}
     */
    @Override
    public String dstCode() {
      return "000";
    }

    /**
     * Statistics Denmark's label for all of Denmark.
     *
     * @return {@code "Hele landet"}
     */
    @Override
    public String danishName() {
      return "Hele landet";
    }

    @Override
    public Level level() {
      return Level.COUNTRY;
    }

    /**
     * All 98 municipalities.
     *
     * @return the same as {@link Municipalities#all()}
     */
    @Override
    public List<Municipality> municipalities() {
      return Municipalities.all();
    }

    @Override
    public String toString() {
      return "Hele landet (000)";
    }
  }
}
