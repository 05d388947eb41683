package dk.datainformed.core.area;

import dk.datainformed.core.DatainformedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The municipalities read from the reference file shipped in the jar, with the indexes the lookups
 * need. Immutable once built; the shared instance is built on first use.
 */
final class MunicipalityTable {

  static final String RESOURCE = "municipalities.csv";
  static final String HEADER = "kommunekode;short_name;official_name;region_code;region_name";
  static final int EXPECTED_COUNT = 98;
  static final int CHRISTIANSOE = 411;

  private static final Pattern THREE_DIGITS = Pattern.compile("[0-9]{3}");
  private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

  private final List<Municipality> all;
  private final Map<Integer, Municipality> byCode;
  private final Map<String, Municipality> byNameKey;
  private final Map<Region, List<Municipality>> byRegion;

  private MunicipalityTable(List<Municipality> municipalities, String source) {
    Map<Integer, Municipality> codes = new TreeMap<>();
    Map<String, Municipality> names = new HashMap<>();
    Map<Region, List<Municipality>> regions = new EnumMap<>(Region.class);
    for (Municipality m : municipalities) {
      codes.put(m.code(), m);
      for (String name : List.of(m.shortName(), m.officialName())) {
        Municipality earlier = names.putIfAbsent(NameKey.of(name), m);
        if (earlier != null && earlier != m) {
          throw new DatainformedException(
              source + ": the names of " + earlier + " and " + m + " cannot be told apart ('"
                  + NameKey.of(name) + "')");
        }
      }
      regions.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m);
    }
    this.all = List.copyOf(codes.values());
    this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    this.byNameKey = Map.copyOf(names);
    Map<Region, List<Municipality>> frozen = new EnumMap<>(Region.class);
    for (Region region : Region.values()) {
      List<Municipality> in = regions.getOrDefault(region, List.of());
      if (in.isEmpty()) {
        throw new DatainformedException(source + ": no municipality lies in " + region);
      }
      in.sort(Comparator.comparingInt(Municipality::code));
      frozen.put(region, List.copyOf(in));
    }
    this.byRegion = Collections.unmodifiableMap(frozen);
  }

  /** Holder idiom: the file is read on first use, once, by whichever thread comes first. */
  private static final class Shared {
    static final MunicipalityTable TABLE = load();

    private Shared() {}
  }

  static MunicipalityTable instance() {
    return Shared.TABLE;
  }

  private static MunicipalityTable load() {
    String source = MunicipalityTable.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
    try (InputStream in = MunicipalityTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new DatainformedException(source + " is missing from the datainformed-core jar");
      }
      return parse(
          new InputStreamReader(
              in,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)),
          source);
    } catch (IOException e) {
      throw new DatainformedException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the reference file and checks every line.
   *
   * @param reader the file, decoded strictly as UTF-8
   * @param source the file's name, for messages
   * @return the table
   * @throws DatainformedException naming the line and the rule it breaks
   * @throws IOException when the file cannot be read
   */
  static MunicipalityTable parse(Reader reader, String source) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    String header;
    try {
      header = lines.readLine();
    } catch (CharacterCodingException e) {
      throw new DatainformedException(source + " line 1: not valid UTF-8", e);
    }
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (!HEADER.equals(header)) {
      throw new DatainformedException(
          source + " line 1: the header must be '" + HEADER + "' but is '" + header + "'");
    }
    Map<Integer, Municipality> read = new LinkedHashMap<>();
    int number = 1;
    while (true) {
      String line;
      try {
        line = lines.readLine();
      } catch (CharacterCodingException e) {
        throw new DatainformedException(source + " line " + (number + 1) + ": not valid UTF-8", e);
      }
      if (line == null) {
        break;
      }
      number++;
      if (line.isEmpty()) {
        continue;
      }
      Municipality m = parseLine(line, source + " line " + number);
      Municipality earlier = read.putIfAbsent(m.code(), m);
      if (earlier != null) {
        throw new DatainformedException(
            source + " line " + number + ": kommunekode " + m.threeDigitCode()
                + " appears twice (also " + earlier.officialName() + ")");
      }
    }
    if (read.size() != EXPECTED_COUNT) {
      throw new DatainformedException(
          source + ": expected " + EXPECTED_COUNT + " municipalities but found " + read.size());
    }
    return new MunicipalityTable(new ArrayList<>(read.values()), source);
  }

  private static Municipality parseLine(String line, String where) {
    String[] fields = line.split(";", -1);
    if (fields.length != 5) {
      throw new DatainformedException(
          where + ": expected 5 ';'-separated fields but found " + fields.length);
    }
    String code = fields[0];
    if (!THREE_DIGITS.matcher(code).matches() || code.charAt(0) == '0') {
      throw new DatainformedException(
          where + ": kommunekode '" + code + "' must be three digits from 100 to 999");
    }
    int kommunekode = Integer.parseInt(code);
    if (kommunekode == CHRISTIANSOE) {
      throw new DatainformedException(
          where + ": 411 is Christiansø, which is administered by the state, not a municipality");
    }
    String shortName = requireName(fields[1], "short_name", where);
    String officialName = requireName(fields[2], "official_name", where);
    if (!FOUR_DIGITS.matcher(fields[3]).matches()) {
      throw new DatainformedException(
          where + ": region_code '" + fields[3] + "' must be four digits");
    }
    Optional<Region> region = Region.tryByCode(Integer.parseInt(fields[3])).toOptional();
    if (region.isEmpty()) {
      throw new DatainformedException(
          where + ": region_code '" + fields[3] + "' is not one of " + Region.validCodes());
    }
    if (!region.get().danishName().equals(fields[4])) {
      throw new DatainformedException(
          where + ": region_name '" + fields[4] + "' does not match region_code " + fields[3]
              + " (" + region.get().danishName() + ")");
    }
    return new Municipality(kommunekode, shortName, officialName, region.get());
  }

  private static String requireName(String value, String column, String where) {
    if (value.isBlank() || !value.equals(value.strip())) {
      throw new DatainformedException(
          where + ": " + column + " '" + value + "' must be non-blank without surrounding blanks");
    }
    return value;
  }

  List<Municipality> all() {
    return all;
  }

  Optional<Municipality> byCode(int code) {
    return Optional.ofNullable(byCode.get(code));
  }

  Optional<Municipality> byNameKey(String key) {
    return Optional.ofNullable(byNameKey.get(key));
  }

  Map<String, Municipality> nameKeys() {
    return byNameKey;
  }

  List<Municipality> inRegion(Region region) {
    return byRegion.get(region);
  }
}
