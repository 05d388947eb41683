package dk.datainformed.connector.csv.internal;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.core.record.Schema;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** The csv connector's configuration, read and checked once when the connector is opened. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvSettings {

  /** The connector's name. */
  public static final String CONNECTOR = "csv";

  /** Default of {@code chunk_size}: 512 KiB; larger chunks keep more records alive across collections. */
  static final long DEFAULT_CHUNK_SIZE = 1L << 19;

  /** The most threads one read may use. */
  static final int MAX_THREADS = 256;

  /** Default of {@code max_line_length}: 1 MiB of characters. */
  static final long DEFAULT_MAX_LINE_LENGTH = 1L << 20;

  /** The configuration keys of the csv connector. */
  public static final ConfigSpec SPEC = ConfigSpec.builder(CONNECTOR)
      .required("path", ConfigType.PATH, "A CSV file, or a folder whose files matching 'glob' are read")
      .optional("glob", ConfigType.TEXT, "*.csv",
          "Which files of the folder to read, as a glob on the file name, e.g. fravaer-*.csv")
      .optional("stream", ConfigType.TEXT,
          "The stream's name; by default the folder's name, or the file's name without .csv")
      .choice("separator", List.of("auto", ";", ",", "tab"), "auto",
          "The column separator; auto picks ';', ',' or tab from each file's header line")
      .choice("encoding", List.of("auto", "UTF-8", "windows-1252"), "auto",
          "The character set; auto honours a byte order mark, else takes UTF-8 when the start of the"
              + " file is valid UTF-8 and Windows-1252 otherwise")
      .choice("decimal_separator", List.of("auto", ",", "."), "auto",
          "The decimal separator of numbers; auto is ',' when columns are separated by ';' or tab"
              + " and '.' when they are separated by ','")
      .optional("date_formats", ConfigType.TEXT, "dd-MM-yyyy, dd.MM.yyyy, yyyy-MM-dd",
          "The date layouts tried in order, separated by commas; letters dd, d, MM, M, yyyy")
      .optional("schema", ConfigType.TEXT,
          "The record schema in core's Schema JSON form, or the path of a file holding it;"
              + " when absent the schema is inferred")
      .optional("infer_rows", ConfigType.INTEGER, "1000",
          "How many rows of the first file the inferred schema is based on")
      .choice("on_error", List.of("stop", "report"), "stop",
          "What a bad row does: stop the read with an exception, or report it as a Malformed event"
              + " and carry on")
      .optional("checkpoint_every", ConfigType.INTEGER, "10000",
          "How many rows between checkpoints; there is also one at the end of each file")
      .optional("max_line_length", ConfigType.INTEGER, String.valueOf(DEFAULT_MAX_LINE_LENGTH),
          "The longest row accepted, in characters")
      .optional("max_fields", ConfigType.INTEGER, "1000", "The most fields a row may have")
      .optional("max_file_size", ConfigType.INTEGER, String.valueOf(10L << 30),
          "The largest file accepted, in bytes (default 10 GiB)")
      .optional("threads", ConfigType.INTEGER, "1",
          "How many threads parse one file, in chunks of chunk_size bytes: threads - 1 workers and the"
              + " thread consuming the stream. Records still come in file order with the same line"
              + " numbers and errors, and checkpoints to resume from. For UTF-8 and Windows-1252 files"
              + " larger than two chunks; other files are read by one thread")
      .optional("chunk_size", ConfigType.INTEGER, String.valueOf(DEFAULT_CHUNK_SIZE),
          "The bytes per chunk when threads is more than 1 (default 512 KiB); up to 4 chunks per"
              + " thread are held in memory until they are handed on")
      .build();

  private final Path path;
  private final String glob;
  private final PathMatcher matcher;
  private final Optional<String> stream;
  private final char separator;
  private final Optional<Charset> encoding;
  private final char decimalSeparator;
  private final List<DatePattern> dateFormats;
  private final Optional<String> schemaText;
  private final Optional<Schema> inlineSchema;
  private final int inferRows;
  private final boolean stopOnError;
  private final int checkpointEvery;
  private final int maxLineLength;
  private final int maxFields;
  private final long maxFileSize;
  private final int threads;
  private final long chunkSize;

  private CsvSettings(ConnectorConfig config, List<String> problems) {
    path = config.path("path");
    glob = config.text("glob");
    PathMatcher m = null;
    try {
      m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      problems.add("glob: '" + glob + "' is not a glob pattern (" + e.getMessage() + ")");
    }
    matcher = m;
    stream = config.optionalText("stream");
    stream.ifPresent(name -> {
      if (name.isBlank()) {
        problems.add("stream: the stream's name must not be blank");
      }
    });
    separator = separatorOf(config.text("separator"));
    encoding = encodingOf(config.text("encoding"));
    String decimal = config.text("decimal_separator");
    decimalSeparator = decimal.equals("auto") ? 0 : decimal.charAt(0);
    List<DatePattern> dates = new ArrayList<>();
    for (String pattern : config.text("date_formats").split(",")) {
      if (!pattern.isBlank()) {
        DatePattern.compile(pattern.strip()).ifPresentOrElse(dates::add, () -> problems.add(
            "date_formats: '" + pattern.strip() + "' is not a date layout of dd or d, MM or M, yyyy"
                + " and separators, e.g. dd-MM-yyyy"));
      }
    }
    if (dates.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("date_formats"))) {
      problems.add("date_formats: at least one date layout is needed, e.g. dd-MM-yyyy");
    }
    dateFormats = List.copyOf(dates);
    schemaText = config.optionalText("schema");
    Optional<Schema> inline = Optional.empty();
    if (schemaText.isPresent() && schemaText.get().startsWith("{")) {
      try {
        inline = Optional.of(SchemaJson.read(schemaText.get()));
      } catch (IllegalArgumentException e) {
        problems.add("schema: " + e.getMessage());
      }
    }
    inlineSchema = inline;
    inferRows = positiveInt(config, "infer_rows", problems);
    stopOnError = config.text("on_error").equals("stop");
    checkpointEvery = positiveInt(config, "checkpoint_every", problems);
    maxLineLength = positiveInt(config, "max_line_length", problems);
    maxFields = positiveInt(config, "max_fields", problems);
    long size = config.integer("max_file_size");
    if (size < 1) {
      problems.add("max_file_size: " + size + " must be at least 1 byte");
    }
    maxFileSize = size;
    long threadCount = config.integer("threads");
    if (threadCount < 1 || threadCount > MAX_THREADS) {
      problems.add("threads: " + threadCount + " must be from 1 to " + MAX_THREADS);
      threadCount = 1;
    }
    threads = (int) threadCount;
    long chunk = config.integer("chunk_size");
    if (chunk < 1) {
      problems.add("chunk_size: " + chunk + " must be at least 1 byte");
      chunk = DEFAULT_CHUNK_SIZE;
    }
    chunkSize = chunk;
  }

  /**
   * Reads and checks a validated configuration.
   *
   * @param config the configuration
   * @return the settings
   * @throws InvalidConfigException listing every value that is out of range or cannot be read
   */
  public static CsvSettings from(ConnectorConfig config) {
    List<String> problems = new ArrayList<>();
    CsvSettings settings = new CsvSettings(config, problems);
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(CONNECTOR, problems);
    }
    return settings;
  }

  private static int positiveInt(ConnectorConfig config, String key, List<String> problems) {
    long value = config.integer(key);
    if (value < 1 || value > Integer.MAX_VALUE) {
      problems.add(key + ": " + value + " must be from 1 to " + Integer.MAX_VALUE);
      return 1;
    }
    return (int) value;
  }

  private static char separatorOf(String choice) {
    switch (choice) {
      case ";":
        return ';';
      case ",":
        return ',';
      case "tab":
        return '\t';
      default:
        return 0;
    }
  }

  private static Optional<Charset> encodingOf(String choice) {
    switch (choice) {
      case "UTF-8":
        return Optional.of(StandardCharsets.UTF_8);
      case "windows-1252":
        return Optional.of(Charset.forName("windows-1252"));
      default:
        return Optional.empty();
    }
  }

  Path path() {
    return path;
  }

  String glob() {
    return glob;
  }

  PathMatcher matcher() {
    return matcher;
  }

  Optional<String> stream() {
    return stream;
  }

  /** The separator, or 0 for detection per file. */
  char separator() {
    return separator;
  }

  Optional<Charset> encoding() {
    return encoding;
  }

  /** The decimal separator, or 0 for the separator's usual one. */
  char decimalSeparator() {
    return decimalSeparator;
  }

  List<DatePattern> dateFormats() {
    return dateFormats;
  }

  /** The schema setting as given: inline JSON or a file path. */
  Optional<String> schemaText() {
    return schemaText;
  }

  Optional<Schema> inlineSchema() {
    return inlineSchema;
  }

  int inferRows() {
    return inferRows;
  }

  boolean stopOnError() {
    return stopOnError;
  }

  int checkpointEvery() {
    return checkpointEvery;
  }

  int maxLineLength() {
    return maxLineLength;
  }

  int maxFields() {
    return maxFields;
  }

  long maxFileSize() {
    return maxFileSize;
  }

  int threads() {
    return threads;
  }

  long chunkSize() {
    return chunkSize;
  }
}
