package dk.datainformed.core.area;

import dk.datainformed.core.ParseResult;
import dk.datainformed.core.id.IdentifierMask;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dk.datainformed.core.text.Suggestions;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading area and municipality codes and names, with the reasons given when that fails. */
final class Codes {

  static final int NEAREST = 3;

  private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
  private static final int MAX_SHOWN_DIGITS = 4;
  private static final int MAX_SHOWN_LENGTH = 60;

  /**
   * The longest municipality name looked up. Real names, with "Kommune" and written with ae/oe/aa,
   * have fewer than 30 characters; a longer text is refused at once, before the nearest names are
   * searched (which takes time in proportion to the length).
   */
  static final int MAX_NAME_LENGTH = 100;

  private static final String NO_VALUE = "no value was given";

  private Codes() {}

  /**
   * The input as an exception message may show it: whole when it cannot be a personal identifier
   * (at most four digits), masked otherwise; long input is cut.
   */
  static String shown(String raw) {
    if (raw == null) {
      return IdentifierMask.mask(null);
    }
    if (raw.chars().filter(c -> c >= '0' && c <= '9').count() > MAX_SHOWN_DIGITS) {
      return IdentifierMask.mask(raw);
    }
    return raw.length() > MAX_SHOWN_LENGTH ? raw.substring(0, MAX_SHOWN_LENGTH) + "…" : raw;
  }

  static ParseResult<Municipality> municipality(int code) {
    if (code == MunicipalityTable.CHRISTIANSOE) {
      return ParseResult.failed(
          "411 is Christiansø, which is administered by the state (the Ministry of Defence),"
              + " not by a municipality, and belongs to no region");
    }
    Optional<Municipality> found = MunicipalityTable.instance().byCode(code);
    if (found.isPresent()) {
      return ParseResult.ok(found.get());
    }
    List<Municipality> all = MunicipalityTable.instance().all();
    String nearest =
        all.stream()
            .sorted(
                Comparator.comparingLong((Municipality m) -> Math.abs((long) m.code() - code))
                    .thenComparingInt(Municipality::code))
            .limit(NEAREST)
            .map(m -> m.threeDigitCode() + " " + m.shortName())
            .collect(Collectors.joining(", "));
    return ParseResult.failed(
        "no municipality has this kommunekode; the 98 kommunekoder run from "
            + all.get(0).threeDigitCode() + " to " + all.get(all.size() - 1).threeDigitCode()
            + "; nearest: " + nearest);
  }

  static ParseResult<Municipality> municipality(String code) {
    if (code == null) {
      return ParseResult.failed(NO_VALUE);
    }
    String digits = code.strip();
    if (THREE_DIGITS.matcher(digits).matches()
        || FOUR_DIGITS.matcher(digits).matches() && digits.charAt(0) == '0') {
      return municipality(Integer.parseInt(digits));
    }
    return ParseResult.failed(
        "a kommunekode is three digits (e.g. '101') or four digits with a leading zero"
            + " (e.g. '0101')");
  }

  static ParseResult<Municipality> municipalityByName(String name) {
    if (name == null) {
      return ParseResult.failed(NO_VALUE);
    }
    if (name.length() > MAX_NAME_LENGTH) {
      return ParseResult.failed("a municipality name has at most " + MAX_NAME_LENGTH + " characters, not "
          + name.length() + "; check that the cell holds a name and not a whole line");
    }
    String key = NameKey.of(name);
    if (key.isEmpty()) {
      return ParseResult.failed("a municipality name must not be blank");
    }
    MunicipalityTable table = MunicipalityTable.instance();
    Optional<Municipality> found = table.byNameKey(key);
    if (found.isPresent()) {
      return ParseResult.ok(found.get());
    }
    Map<Municipality, Integer> distances = new HashMap<>();
    table.nameKeys().forEach((k, m) -> distances.merge(m, Suggestions.distance(key, k), Math::min));
    String nearest =
        distances.entrySet().stream()
            .sorted(
                Map.Entry.<Municipality, Integer>comparingByValue()
                    .thenComparingInt(e -> e.getKey().code()))
            .limit(NEAREST)
            .map(e -> e.getKey().toString())
            .collect(Collectors.joining(", "));
    return ParseResult.failed("no municipality has this name; nearest: " + nearest);
  }

  static ParseResult<Area> parseArea(String code) {
    if (code == null) {
      return ParseResult.failed(NO_VALUE);
    }
    String digits = code.strip();
    if (THREE_DIGITS.matcher(digits).matches()) {
      int number = Integer.parseInt(digits);
      if (number == 0) {
        return ParseResult.ok(Area.DENMARK);
      }
      if (number < 100) {
        ParseResult<Region> region = Region.tryByCode(1000 + number);
        return region.isOk()
            ? region.map(r -> r)
            : ParseResult.failed(
                "below 100, Statistics Denmark's area codes are '000' (all of Denmark) and"
                    + " '081'–'085' (the regions)");
      }
      return municipality(number).map(m -> m);
    }
    if (FOUR_DIGITS.matcher(digits).matches()) {
      if (digits.charAt(0) == '0') {
        return municipality(Integer.parseInt(digits)).map(m -> m);
      }
      return Region.tryByCode(Integer.parseInt(digits)).map(r -> r);
    }
    return ParseResult.failed(
        "an area code is '000' (all of Denmark), '081'–'085' or '1081'–'1085' (a region),"
            + " a three-digit kommunekode (e.g. '101') or a four-digit one with a leading zero"
            + " (e.g. '0101')");
  }
}
