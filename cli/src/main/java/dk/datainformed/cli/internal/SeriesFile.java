package dk.datainformed.cli.internal;

import dk.datainformed.core.ParseResult;
import dk.datainformed.core.text.Suggestions;
import dk.datainformed.core.time.Period;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.SpcException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A small series file for {@code datainformed chart}: a CSV file with a header line, one line per
 * period, {@code ;} or {@code ,} between the columns (told from the header). Columns, in any order:
 * {@code period} (Statistics Denmark's form, e.g. {@code 2024M01}), and {@code value}, or {@code
 * numerator} and {@code denominator} for a P′ or U′ chart. An empty value (both parts empty) is a
 * period without data. Numbers take a decimal comma or point and no thousands separators; with
 * {@code ,} between the columns, a decimal comma would split the cell, so write a point there.
 *
 * <p>The file is read in UTF-8 (a byte order mark is skipped) and is limited: at most {@value
 * #MAX_ROWS} rows, {@value #MAX_LINE_CHARS} characters a line and {@value #MAX_FILE_BYTES} bytes, so
 * a wrong file given by mistake fails at once. Every error names the file and the line.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
final class SeriesFile {
  /** The most periods a series file may hold. */
  static final int MAX_ROWS = 10_000;
  /** The longest line a series file may have, in characters. */
  static final int MAX_LINE_CHARS = 1_000;
  /** The largest series file, in bytes. */
  static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
  private static final List<String> COLUMNS = List.of("period", "value", "numerator", "denominator");

  private final String name;
  private int line;

  private SeriesFile(Path file) {
    this.name = String.valueOf(file);
  }

  /**
   * Reads a series file.
   *
   * @param file the file
   * @param parts true for a P′ or U′ chart, which needs the numerator and denominator columns
   * @return the observations, one per period, in order
   * @throws CommandException with the file and line when the file is not a series file as above
   * @throws IOException when the file cannot be read
   */
  static List<Observation> read(Path file, boolean parts) throws IOException {
    return new SeriesFile(file).parse(file, parts);
  }

  private List<Observation> parse(Path file, boolean parts) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new CommandException(name + ": no such file; give a series file (CSV with a header period;value)");
    }
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new CommandException(name + " is " + size + " bytes, more than a series file may be (" + MAX_FILE_BYTES
          + " bytes, " + MAX_ROWS + " periods): chart a shorter series, or aggregate it to a coarser grain");
    }
    try (InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      return rows(reader, parts);
    } catch (CharacterCodingException e) {
      throw new CommandException(name + ", line " + (line + 1) + ": not UTF-8 text; save the file as UTF-8 (in"
          + " Excel: CSV UTF-8)");
    }
  }

  private List<Observation> rows(BufferedReader reader, boolean parts) throws IOException {
    String header = next(reader);
    while (header != null && header.isBlank()) {
      header = next(reader);
    }
    if (header == null) {
      throw new CommandException(name + " is empty: give a header line (period;value) and one line per period");
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    char separator = header.indexOf(';') >= 0 ? ';' : ',';
    List<String> names = cells(header, separator).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    Columns columns = columns(names, parts);
    List<Observation> observations = new ArrayList<>();
    Period previous = null;
    for (String text = next(reader); text != null; text = next(reader)) {
      if (text.isBlank()) {
        continue;
      }
      if (observations.size() == MAX_ROWS) {
        throw error("one period more than a series file may hold (" + MAX_ROWS + "): chart a shorter series,"
            + " or aggregate it to a coarser grain");
      }
      List<String> cells = cells(text, separator);
      if (cells.size() != names.size()) {
        throw error(count(cells.size()) + " where the header has " + names.size()
            + (separator == ',' && cells.size() > names.size()
                ? "; with ',' between the columns write decimals with a point (5.8), or put ';' between them"
                : "; give each line the header's columns"));
      }
      Period period = period(cells.get(columns.period()), previous);
      observations.add(observation(period, cells, columns));
      previous = period;
    }
    if (observations.isEmpty()) {
      throw new CommandException(name + " has a header but no periods: add one line per period, e.g. 2024M01;5,8");
    }
    return observations;
  }

  private String next(BufferedReader reader) throws IOException {
    String text = reader.readLine();
    if (text != null) {
      line++;
      if (text.length() > MAX_LINE_CHARS) {
        throw error(text.length() + " characters, more than a line of a series file may have ("
            + MAX_LINE_CHARS + "); is this the series file?");
      }
    }
    return text;
  }

  private Columns columns(List<String> names, boolean parts) {
    for (String n : names) {
      if (!COLUMNS.contains(n)) {
        String near = Suggestions.didYouMean(n, COLUMNS).map(s -> " (did you mean '" + s + "'?)").orElse("");
        throw error("unknown column '" + Commands.shown(n) + "'" + near + "; a series file has the columns period and"
            + " value, or period, numerator and denominator");
      }
      if (names.indexOf(n) != names.lastIndexOf(n)) {
        throw error("the column '" + n + "' is named twice");
      }
    }
    OptionalInt period = index(names, "period");
    OptionalInt value = index(names, "value");
    OptionalInt numerator = index(names, "numerator");
    OptionalInt denominator = index(names, "denominator");
    if (period.isEmpty()) {
      throw error("no column 'period'; the header is e.g. period;value");
    }
    if (numerator.isPresent() != denominator.isPresent()) {
      throw error("a column '" + (numerator.isPresent() ? "numerator" : "denominator") + "' without '"
          + (numerator.isPresent() ? "denominator" : "numerator") + "'; give both, or a column 'value'");
    }
    if (parts && numerator.isEmpty()) {
      throw error("no columns 'numerator' and 'denominator', which a P′ or U′ chart needs (the header is e.g."
          + " period;numerator;denominator); or chart the values with --type xmr");
    }
    if (value.isEmpty() && numerator.isEmpty()) {
      throw error("no column 'value' (or 'numerator' and 'denominator'); the header is e.g. period;value");
    }
    boolean useParts = numerator.isPresent() && (parts || value.isEmpty());
    return new Columns(period.getAsInt(), useParts ? OptionalInt.empty() : value,
        useParts ? numerator : OptionalInt.empty(), useParts ? denominator : OptionalInt.empty());
  }

  private static OptionalInt index(List<String> names, String column) {
    int i = names.indexOf(column);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  private Period period(String text, Period previous) {
    ParseResult<Period> parsed = Period.tryParse(text);
    Period period = parsed.toOptional().orElseThrow(() -> error("'" + Commands.shown(text) + "' is not a period ("
        + parsed.failure().orElse("not read") + "); write it as Statistics Denmark does, e.g. 2024M01, 2024K1"
        + " or 2024"));
    if (previous != null) {
      if (period.grain() != previous.grain()) {
        throw error("the period " + period.format() + " is of another grain than " + previous.format()
            + " before it; a series holds periods of one grain");
      }
      if (period.compareTo(previous) <= 0) {
        throw error("the period " + period.format() + " does not come after " + previous.format()
            + "; give the periods in order, each once");
      }
      if (!period.equals(previous.next())) {
        throw error("the period " + period.format() + " follows " + previous.format() + ", but "
            + previous.next().format() + " is missing; add a line for each period between them (with an empty"
            + " value for a period without data)");
      }
    }
    return period;
  }

  private Observation observation(Period period, List<String> cells, Columns columns) {
    try {
      if (columns.value().isPresent()) {
        String v = cells.get(columns.value().getAsInt());
        return v.isEmpty() ? Observation.missing(period) : Observation.of(period, number("value", v));
      }
      String n = cells.get(columns.numerator().getAsInt());
      String d = cells.get(columns.denominator().getAsInt());
      if (n.isEmpty() && d.isEmpty()) {
        return Observation.missing(period);
      }
      if (n.isEmpty() || d.isEmpty()) {
        throw error("the " + (n.isEmpty() ? "numerator" : "denominator") + " is empty; give both parts, or leave"
            + " both empty for a period without data");
      }
      return Observation.ratio(period, number("numerator", n), number("denominator", d));
    } catch (SpcException e) {
      throw error(e.getMessage());
    }
  }

  private double number(String column, String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw error(column + " '" + Commands.shown(text) + "' is not a number; write it with a decimal comma or"
          + " point and no thousands separators, e.g. 5,8 or 1234.5 (an empty value is a period without data)");
    }
    return Double.parseDouble(text.replace(',', '.'));
  }

  private static List<String> cells(String text, char separator) {
    List<String> cells = new ArrayList<>();
    for (String cell : text.split(Pattern.quote(String.valueOf(separator)), -1)) {
      String c = cell.strip();
      if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
        c = c.substring(1, c.length() - 1).strip();
      }
      cells.add(c);
    }
    return cells;
  }

  private static String count(int n) {
    return n + (n == 1 ? " column" : " columns");
  }

  private CommandException error(String what) {
    return new CommandException(name + ", line " + line + ": " + what);
  }

  /** Where the columns are; a value, or the two parts. */
  private record Columns(int period, OptionalInt value, OptionalInt numerator, OptionalInt denominator) {}
}
