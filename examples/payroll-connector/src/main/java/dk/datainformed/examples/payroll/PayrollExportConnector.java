package dk.datainformed.examples.payroll;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the nightly absence export of a fictional payroll system: one file per night, named
 * {@code fravaer-YYYYMMDD.txt}, UTF-8, a version line, a header, then one row per employee, day and
 * cause:
 *
 * <pre>
 * # LF-EKSPORT v2
 * medarbejder;enhed;dato;aarsag;timer
 * 010190-1234;0042;03-01-2024;EGEN;7,40
 * </pre>
 *
 * <p>The stream {@code fravaer} has one record per row. Files are read in name order (so in date
 * order) and the checkpoint is the file name and the number of rows read in it.
 */
final class PayrollExportConnector implements Connector {

  static final Schema SCHEMA =
      Schema.of(
          Field.required("employee", FieldType.IDENTIFIER),
          Field.required("unit", FieldType.CATEGORY),
          Field.required("date", FieldType.DATE),
          Field.required("cause", FieldType.CATEGORY),
          Field.required("hours", FieldType.DECIMAL));

  static final StreamDescriptor FRAVAER =
      new StreamDescriptor("fravaer", SCHEMA, List.of("employee", "date", "cause"), Optional.of("date"),
          "Absence per employee, day and cause from the nightly payroll export");

  private static final String VERSION_LINE = "# LF-EKSPORT v2";
  private static final String HEADER = "medarbejder;enhed;dato;aarsag;timer";
  // STRICT: the default SMART style would quietly turn 31-02-2024 into 29-02-2024.
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final Path folder;
  private final long checkpointEvery;
  private final boolean stopOnError;

  PayrollExportConnector(ConnectorConfig config) {
    this.folder = config.path("folder");
    this.checkpointEvery = config.integer("checkpoint_every");
    this.stopOnError = config.text("on_error").equals("stop");
  }

  @Override
  public CheckResult check() {
    if (!Files.isDirectory(folder)) {
      return CheckResult.failed("The folder " + folder + " does not exist: check the 'folder' setting");
    }
    try {
      List<Path> files = files();
      if (files.isEmpty()) {
        return CheckResult.failed("The folder " + folder + " has no fravaer-*.txt files yet");
      }
      try (BufferedReader reader = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8)) {
        if (!VERSION_LINE.equals(reader.readLine())) {
          return CheckResult.failed(files.get(0).getFileName() + " does not start with '" + VERSION_LINE
              + "': is this the right export, and its version 2?");
        }
      }
      return CheckResult.passed("Found " + files.size() + " export files in " + folder);
    } catch (IOException e) {
      return CheckResult.failed("Cannot read " + folder + ": " + e.getMessage());
    }
  }

  @Override
  public List<StreamDescriptor> discover() {
    return List.of(FRAVAER);
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    if (!request.includes(FRAVAER.name())) {
      return Stream.empty();
    }
    Optional<Checkpoint> from = request.state().checkpoint(FRAVAER.name());
    String startFile = from.map(c -> c.get("file")).orElse("");
    long startRows = from.map(c -> Long.parseLong(c.get("rows"))).orElse(0L);
    List<Path> todo;
    try {
      todo = files().stream()
          .filter(f -> f.getFileName().toString().compareTo(startFile) >= 0)
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new ConnectorException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    return todo.stream().flatMap(file -> {
      boolean resumedFile = file.getFileName().toString().equals(startFile);
      return readFile(file, resumedFile ? startRows : 0);
    });
  }

  private Stream<ReadEvent> readFile(Path file, long skipRows) {
    String name = file.getFileName().toString();
    List<ReadEvent> events = new ArrayList<>();
    RecordBuilder builder = Record.builder(SCHEMA);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      expect(reader.readLine(), VERSION_LINE, name, 1);
      expect(reader.readLine(), HEADER, name, 2);
      long rows = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        rows++;
        if (rows <= skipRows) {
          continue;
        }
        String position = name + ", line " + (rows + 2);
        Optional<String> problem = parseRow(line, builder);
        if (problem.isEmpty()) {
          events.add(new ReadEvent.Read(FRAVAER.name(), builder.build()));
        } else if (stopOnError) {
          throw new MalformedSourceException(FRAVAER.name(), position, problem.get());
        } else {
          builder.clear();
          events.add(new ReadEvent.Malformed(FRAVAER.name(), position, problem.get(), line));
        }
        if (rows % checkpointEvery == 0) {
          events.add(checkpoint(name, rows));
        }
      }
      events.add(checkpoint(name, rows));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return events.stream();
  }

  private static Optional<String> parseRow(String line, RecordBuilder builder) {
    String[] cells = line.split(";", -1);
    if (cells.length != 5) {
      return Optional.of("expected 5 columns, found " + cells.length);
    }
    ParseResult<Cpr> cpr = Cpr.tryParse(cells[0]);
    if (!cpr.isOk()) {
      return Optional.of("medarbejder '" + IdentifierMask.mask(cells[0]) + "': " + cpr.failure().orElseThrow());
    }
    LocalDate date;
    try {
      date = LocalDate.parse(cells[2], DATE);
    } catch (DateTimeParseException e) {
      return Optional.of("dato '" + cells[2] + "' is not a date DD-MM-YYYY");
    }
    double hours;
    try {
      hours = Double.parseDouble(cells[4].replace(',', '.'));
    } catch (NumberFormatException e) {
      return Optional.of("timer '" + cells[4] + "' is not a number");
    }
    builder
        .setText(0, cpr.toOptional().orElseThrow().canonical())
        .setText(1, cells[1])
        .setDate(2, date)
        .setText(3, cells[3])
        .setDouble(4, hours);
    return Optional.empty();
  }

  private static void expect(String actual, String expected, String file, int line) {
    if (!expected.equals(actual)) {
      throw new MalformedSourceException(FRAVAER.name(), file + ", line " + line, "expected '" + expected + "'");
    }
  }

  private static ReadEvent checkpoint(String file, long rows) {
    return new ReadEvent.Checkpointed(new Checkpoint(FRAVAER.name(), Map.of("file", file, "rows", Long.toString(rows))));
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      return all.filter(f -> f.getFileName().toString().matches("fravaer-\\d{8}\\.txt")).sorted().collect(Collectors.toList());
    }
  }

  @Override
  public void close() {
    // Nothing to release: files are opened and closed per read.
  }
}
