package dk.datainformed.core.area;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One of Denmark's 98 municipalities (kommuner): its kommunekode, its names and its region.
 *
 * <p>Instances come from {@link Municipalities} only, one per kommunekode, so {@code ==} and
 * {@link #equals(Object)} agree. The kommunekode is written with three digits ({@code "101"}) by
 * Statistics Denmark and most registers, and with four digits and a leading zero ({@code "0101"}) in
 * address data; both forms are available here.
 *
 * <pre>{@code
 * Municipality m = Municipalities.byCode(101);
 * m.shortName();       // "København"
 * m.officialName();    // "Københavns Kommune"
 * m.fourDigitCode();   // "0101"
 * m.region();          // Region.HOVEDSTADEN
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Municipality implements Area {

  private final int code;
  private final String shortName;
  private final String officialName;
  private final Region region;

  Municipality(int code, String shortName, String officialName, Region region) {
    if (code < 100 || code > 999) {
      throw new IllegalArgumentException("kommunekode (" + code + ") must have three digits");
    }
    this.code = code;
    this.shortName = Objects.requireNonNull(shortName, "shortName");
    this.officialName = Objects.requireNonNull(officialName, "officialName");
    this.region = Objects.requireNonNull(region, "region");
  }

  /**
   * The kommunekode as a number.
   *
   * @return the code, e.g. 101
   */
  public int code() {
    return code;
  }

  /**
   * The kommunekode in its three-digit form, as Statistics Denmark and most registers write it.
   *
   * @return e.g. {@code "101"}
   */
  public String threeDigitCode() {
    return String.format("%03d", code);
  }

  /**
   * The kommunekode in its four-digit form with a leading zero, as address data (DAWA,
   * Datafordeleren) writes it.
   *
   * @return e.g. {@code "0101"}
   */
  public String fourDigitCode() {
    return String.format("%04d", code);
  }

  /**
   * The short name, as Statistics Denmark labels the municipality, e.g. {@code "København"} or
   * {@code "Nordfyns"}.
   *
   * @return the short name
   */
  public String shortName() {
    return shortName;
  }

  /**
   * The official name, e.g. {@code "Københavns Kommune"} or {@code "Bornholms Regionskommune"}.
   *
   * @return the official name
   */
  public String officialName() {
    return officialName;
  }

  /**
   * The region the municipality belongs to.
   *
   * @return the region
   */
  public Region region() {
    return region;
  }

  /**
   * The official name.
   *
   * @return the same as {@link #officialName()}
   */
  @Override
  public String danishName() {
    return officialName;
  }

  /**
   * The three-digit kommunekode, which is also Statistics Denmark's {@code OMRÅDE} code.
   *
   * @return the same as {@link #threeDigitCode()}
   */
  @Override
  public String dstCode() {
    return threeDigitCode();
  }

  @Override
  public Level level() {
    return Level.MUNICIPALITY;
  }

  /**
   * This municipality alone.
   *
   * @return a list holding this municipality
   */
  @Override
  public List<Municipality> municipalities() {
    return List.of(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Municipality that
        && code == that.code
        && shortName.equals(that.shortName)
        && officialName.equals(that.officialName)
        && region == that.region;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(code);
  }

  @Override
  public String toString() {
    return officialName + " (" + threeDigitCode() + ")";
  }
}
