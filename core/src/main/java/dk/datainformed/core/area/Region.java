package dk.datainformed.core.area;

import dk.datainformed.core.ParseResult;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One of Denmark's five regions, created by the 2007 local government reform.
 *
 * <p>Each region has a four-digit code (1081–1085) that Statistics Denmark shortens to three digits
 * in its {@code OMRÅDE} variable ({@code "081"}–{@code "085"}).
 *
 * <pre>{@code
 * Region r = Region.byCode(1084);        // Region.HOVEDSTADEN
 * r.danishName();                        // "Region Hovedstaden"
 * r.dstCode();                           // "084"
 * r.municipalities().size();             // 29
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Region implements Area {
  /** Region Nordjylland, code 1081. */
  NORDJYLLAND(1081, "Region Nordjylland"),
  /** Region Midtjylland, code 1082. */
  MIDTJYLLAND(1082, "Region Midtjylland"),
  /** Region Syddanmark, code 1083. */
  SYDDANMARK(1083, "Region Syddanmark"),
  /** Region Hovedstaden, code 1084. */
  HOVEDSTADEN(1084, "Region Hovedstaden"),
  /** Region Sjælland, code 1085. */
  SJAELLAND(1085, "Region Sjælland");

  private final int code;
  private final String danishName;

  Region(int code, String danishName) {
    this.code = code;
    this.danishName = danishName;
  }

  /**
   * The region with a four-digit region code.
   *
   * @param code the region code, 1081–1085
   * @return the region
   * @throws dk.datainformed.core.InvalidValueException when no region has the code
   */
  public static Region byCode(int code) {
    return tryByCode(code).orElseThrow("region code", Codes.shown(String.valueOf(code)));
  }

  /**
   * The region with a four-digit region code, without throwing.
   *
   * @param code the region code, 1081–1085
   * @return the region, or the reason no region has the code
   */
  public static ParseResult<Region> tryByCode(int code) {
    for (Region region : values()) {
      if (region.code == code) {
        return ParseResult.ok(region);
      }
    }
    return ParseResult.failed("a region code is one of " + validCodes());
  }

  static String validCodes() {
    return Arrays.stream(values())
        .map(r -> r.code + " (" + r.danishName + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * The four-digit region code.
   *
   * @return 1081–1085
   */
  public int code() {
    return code;
  }

  /**
   * The region's Danish name, e.g. {@code "Region Sjælland"}.
   *
   * @return the name as the region writes it
   */
  @Override
  public String danishName() {
    return danishName;
  }

  /**
   * The code Statistics Denmark uses for the region: the region code without its leading 1.
   *
   * @return {@code "081"}–{@code "085"}
   */
  @Override
  public String dstCode() {
    return String.format("%03d", code - 1000);
  }

  @Override
  public Level level() {
    return Level.REGION;
  }

  /**
   * The municipalities in the region, ordered by kommunekode.
   *
   * @return an immutable list, never empty
   */
  @Override
  public List<Municipality> municipalities() {
    return MunicipalityTable.instance().inRegion(this);
  }

  @Override
  public String toString() {
    return danishName + " (" + code + ")";
  }
}
