package dk.datainformed.connector.csv.internal;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.core.record.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.JsonToken;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The csv connector: one stream over a file or the matching files of a folder.
 *
 * <p>The stream's schema is the declared one, or the one inferred from the first file (by name) the
 * first time it is needed; it then stays the same for the life of the connector.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvConnector implements Connector {

  private final CsvSettings settings;
  private final String stream;
  private final CsvMapper mapper;
  private Schema schema;

  /**
   * Creates the connector.
   *
   * @param settings the checked settings
   */
  public CsvConnector(CsvSettings settings) {
    this.settings = settings;
    this.stream = settings.stream().orElseGet(() -> defaultStreamName(settings.path()));
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxStringLength(settings.maxLineLength())
        .maxDocumentLength(-1)
        .build();
    this.mapper = CsvMapper.builder(CsvFactory.builder().streamReadConstraints(limits).build())
        .enable(CsvReadFeature.WRAP_AS_ARRAY)
        .enable(CsvReadFeature.SKIP_EMPTY_LINES)
        .build();
  }

  private static String defaultStreamName(Path path) {
    Path name = path.toAbsolutePath().normalize().getFileName();
    String text = name == null ? "" : name.toString();
    if (text.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      text = text.substring(0, text.length() - 4);
    }
    String normalised = FieldNames.normalise(Shown.name(text));
    return normalised.isEmpty() ? CsvSettings.CONNECTOR : normalised;
  }

  CsvSettings settings() {
    return settings;
  }

  /** A CSV reader of rows as arrays of text, for one separator. */
  ObjectReader csvReader(char separator) {
    return mapper.reader(CsvSchema.emptySchema().withColumnSeparator(separator));
  }

  @Override
  public CheckResult check() {
    try {
      List<Path> files = files();
      if (files.isEmpty() && settings.schemaText().isEmpty()) {
        return CheckResult.failed("No file in " + Shown.path(settings.path()) + " matches glob '" + settings.glob()
            + "', so no schema can be inferred: add files, change 'glob', or declare 'schema'");
      }
      Schema resolved = schema(files);
      for (Path file : files) {
        FileFormat format = FileFormat.detect(file, settings);
        try (CsvFile csv = CsvFile.open(file, format, csvReader(format.separator()), settings, 0, 1)) {
          if (!csv.header().isEmpty()) {
            ColumnMapping.of(csv.header(), resolved);
          }
        } catch (IllegalArgumentException e) {
          return CheckResult.failed(Shown.name(file.getFileName().toString()) + ": " + e.getMessage());
        }
      }
      return CheckResult.passed("Read the header of " + files.size() + " file" + (files.size() == 1 ? "" : "s")
          + " in " + Shown.path(settings.path()) + "; stream '" + stream + "' has " + resolved);
    } catch (ConnectorException e) {
      return CheckResult.failed(e.getMessage());
    } catch (IOException | UncheckedIOException | JacksonException e) {
      return CheckResult.failed("Cannot read " + Shown.path(settings.path()) + ": "
          + CsvRead.reasonOf(e, "the configured or detected encoding", settings.maxLineLength()));
    }
  }

  @Override
  public List<StreamDescriptor> discover() {
    Schema resolved = schema(files());
    return List.of(new StreamDescriptor(stream, resolved, List.of(), Optional.empty(),
        "Rows of the CSV files matching '" + settings.glob() + "' in " + Shown.path(settings.path())));
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    if (!request.includes(stream)) {
      return Stream.empty();
    }
    Optional<Checkpoint> from = request.state().checkpoint(stream);
    List<Path> files = files();
    Schema resolved = schema(files);
    if (from.isPresent()) {
      String resumeFile = from.get().get(CsvRead.FILE);
      files = files.stream().filter(f -> f.getFileName().toString().compareTo(resumeFile) >= 0)
          .collect(Collectors.toList());
    }
    CsvRead read = new CsvRead(this, stream, resolved, files, from);
    return StreamSupport.stream(read, false).onClose(read::close);
  }

  @Override
  public void close() {
    // Every read closes its own file when its stream is closed; the connector holds nothing else.
  }

  /** The files to read, sorted by file name. */
  List<Path> files() {
    Path path = settings.path();
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw new ConnectorException("The path " + path + " is neither a file nor a folder: check the 'path' setting");
    }
    try (Stream<Path> entries = Files.list(path)) {
      List<Path> files = new ArrayList<>();
      entries.filter(Files::isRegularFile)
          .filter(f -> settings.matcher().matches(f.getFileName()))
          .forEach(files::add);
      files.sort(Comparator.comparing(f -> f.getFileName().toString()));
      return List.copyOf(files);
    } catch (IOException e) {
      throw new ConnectorException("Cannot list the folder " + path + ": " + e.getMessage(), e);
    }
  }

  /** The stream's schema: declared, or inferred from the first file once. */
  Schema schema(List<Path> files) {
    if (schema == null) {
      schema = resolveSchema(files);
    }
    return schema;
  }

  private Schema resolveSchema(List<Path> files) {
    if (settings.inlineSchema().isPresent()) {
      return settings.inlineSchema().get();
    }
    if (settings.schemaText().isPresent()) {
      Path file = Path.of(settings.schemaText().get());
      try {
        return SchemaJson.read(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ConnectorException("Cannot read the schema file " + file + " (from the 'schema' setting): "
            + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new ConnectorException("The schema file " + file + " (from the 'schema' setting) is "
            + e.getMessage(), e);
      }
    }
    if (files.isEmpty()) {
      throw new ConnectorException("No file in " + Shown.path(settings.path()) + " matches glob '" + settings.glob()
          + "', so no schema can be inferred: add files, change 'glob', or declare 'schema'");
    }
    for (Path file : files) {
      Optional<Schema> inferred = inferFrom(file);
      if (inferred.isPresent()) {
        return inferred.get();
      }
    }
    throw new ConnectorException("Every file in " + Shown.path(settings.path()) + " matching glob '" + settings.glob()
        + "' is empty, so no schema can be inferred: declare 'schema'");
  }

  /** The schema inferred from a file's header and first rows; empty when the file is empty. */
  private Optional<Schema> inferFrom(Path file) {
    FileFormat format;
    try {
      format = FileFormat.detect(file, settings);
    } catch (IOException e) {
      throw new ConnectorException("Cannot infer a schema from " + Shown.path(file) + ": "
          + CsvRead.reasonOf(e, "the detected encoding", settings.maxLineLength()) + "; or declare 'schema'");
    }
    try (CsvFile csv = CsvFile.open(file, format, csvReader(format.separator()), settings, 0, 1)) {
      if (csv.header().isEmpty()) {
        return Optional.empty();
      }
      List<String[]> sample = new ArrayList<>();
      JsonParser parser = csv.parser();
      try {
        while (sample.size() < settings.inferRows() && csv.nextRow()) {
          List<String> row = new ArrayList<>();
          while (parser.nextToken() == JsonToken.VALUE_STRING) {
            row.add(parser.getString());
          }
          sample.add(row.toArray(new String[0]));
        }
      } catch (JacksonException | UncheckedIOException e) {
        // The rows before the break are the sample; the read reports the break where it is.
      }
      return Optional.of(
          SchemaInference.infer(csv.header(), sample, format.decimalSeparator(), settings.dateFormats()));
    } catch (IOException | UncheckedIOException | JacksonException e) {
      throw new ConnectorException("Cannot infer a schema from " + Shown.path(file) + ": "
          + CsvRead.reasonOf(e, format.charset().name(), settings.maxLineLength()) + "; or declare 'schema'");
    } catch (IllegalArgumentException | InvalidValueException e) {
      // A header that makes no schema (a field name too long once normalised, two names alike).
      throw new ConnectorException("Cannot infer a schema from " + Shown.path(file) + ": "
          + Shown.clip(e.getMessage()) + "; or declare 'schema'");
    }
  }
}
