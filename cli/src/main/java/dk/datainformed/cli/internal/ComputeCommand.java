package dk.datainformed.cli.internal;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.pipeline.OutputDeclaration;
import dk.datainformed.pipeline.PersonField;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.pipeline.SourceDeclaration;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.pseudonym.PseudonymKey;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code datainformed compute KPI-ID --input FILE.csv}: one catalog KPI over a CSV file, through
 * the library's pipeline (CSV connector, pseudonymisation at ingest, engine, disclosure control,
 * the report module's JSON or Danish CSV writer, and the scan of the written file for CPR numbers),
 * so that only the disclosed result is written.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Command(
    name = "compute",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = {
      "Compute one catalog KPI over a CSV file and write the result after disclosure control: values behind"
          + " fewer than --minimum-count records are withheld, and so are those that would give them away.",
      "The result goes to standard output, or to --out; what was read and withheld goes to standard error.",
    },
    footerHeading = "%n",
    footer = {
      "Example:",
      "  datainformed compute sygefravaer.fravaersprocent --input loenfravaer.csv --schema payroll.schema.json"
          + " --pseudonymise cpr --by organisation_unit --format csv --out fravaer.csv",
      "",
      "Rows that cannot be read are listed by line with their reason (never their content) and left out.",
      "",
      "Exit codes: 0 written; 2 the KPI, an option or the input is wrong; 1 an unexpected failure."
    })
public final class ComputeCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "KPI-ID", description = "The KPI's id, e.g. sygefravaer.fravaersprocent.")
  private String id;

  @Option(names = "--input", paramLabel = "FILE.csv", required = true,
      description = "The CSV file: ';' or ',', decimal comma or point, UTF-8 or Windows-1252, as the CSV connector reads it.")
  private Path input;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "A KPI definition file or a folder of them (default: the starter catalog).")
  private Path catalog;

  @Option(names = "--schema", paramLabel = "FILE",
      description = "The CSV file's schema (core's Schema JSON form); default: the fields of the KPI's source"
          + " dataset and the --pseudonymise fields, by name; other columns are not read.")
  private Path schema;

  @Option(names = "--by", paramLabel = "FIELD", split = ",",
      description = "Break the KPI down by these fields (dimensions of the KPI), e.g. --by organisation_unit,age_band.")
  private List<String> by = new ArrayList<>();

  @Option(names = "--pseudonymise", paramLabel = "FIELD[=AS]",
      description = "A CPR field of the file, replaced by a pseudonym as it is read (named AS, default person)"
          + " with a one-off key kept nowhere. A CPR field must be named here or left out of the schema.")
  private List<String> pseudonymise = new ArrayList<>();

  @Option(names = "--persons", paramLabel = "FIELD",
      description = "A field of the KPI's dataset that counts persons; disclosure control then counts persons"
          + " rather than records.")
  private String persons;

  @Option(names = "--minimum-count", paramLabel = "N", defaultValue = "5",
      description = "The fewest records (or persons) behind a published value; default ${DEFAULT-VALUE}.")
  private int minimumCount;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json, or csv (Danish: ';', decimal comma, UTF-8 with BOM); default ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
  private Path out;

  /**
   * The command, printing to a console.
   *
   * @param console where it prints
   */
  public ComputeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new CommandException("--input " + input + ": no such file; give the CSV file to compute the KPI over");
    }
    if (schema != null && !Files.isRegularFile(schema)) {
      throw new CommandException("--schema " + schema + ": no such file; give the CSV file's schema, or leave"
          + " --schema out to infer it");
    }
    if (out != null && Files.isDirectory(out)) {
      throw new CommandException("--out " + out + " is a folder: give the file to write");
    }
    Catalogs.Named named = Catalogs.load(Optional.ofNullable(catalog));
    KpiDefinition kpi = Catalogs.find(named, id);
    PipelineDefinition definition = definition(named, kpi, dataset(kpi));
    Pipeline pipeline = Pipeline.of(definition);
    // The run writes into a folder of its own that nothing else sees, then the one file is taken from it.
    Path work = Files.createTempDirectory("datainformed-compute-");
    try {
      RunReport report = pipeline.run(work.resolve("result"));
      String suffix = format == Format.CSV ? ".csv" : ".json";
      byte[] result = Files.readAllBytes(work.resolve("result").resolve(kpi.id().value() + suffix));
      if (out == null) {
        console.writeScannedFile(result);
        if (format == Format.JSON) {
          console.out().println();
        }
      } else {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.write(out, result);
      }
      summarise(report);
      return Commands.OK;
    } finally {
      deleteTree(work);
    }
  }

  private static SourceDataset dataset(KpiDefinition kpi) {
    if (kpi instanceof SimpleKpi simple) {
      return simple.source();
    }
    if (kpi instanceof RatioKpi ratio) {
      return ratio.source();
    }
    throw new CommandException("KPI '" + kpi.id().value() + "' is computed from other KPIs, not read from one"
        + " file: compute it in a pipeline file (datainformed run) that reads the sources of its operands");
  }

  private PipelineDefinition definition(Catalogs.Named named, KpiDefinition kpi, SourceDataset dataset) {
    SourceDeclaration.Builder source = SourceDeclaration.builder("input")
        .connector("csv")
        .dataset(dataset.name())
        .setting("path", input.toAbsolutePath().toString())
        .setting("on_error", "report");
    List<PersonField> personFields = new ArrayList<>();
    for (String field : pseudonymise) {
      int eq = field.indexOf('=');
      String from = eq < 0 ? field : field.substring(0, eq);
      String as = eq < 0 ? "person" : field.substring(eq + 1);
      personFields.add(PersonField.of(from, as));
      source.pseudonymise(PersonField.of(from, as), "dk.datainformed.cli.compute");
    }
    source.setting("schema", schema != null ? schema.toAbsolutePath().toString() : inlineSchema(dataset, personFields));
    if (persons != null) {
      source.persons(persons);
    }
    PipelineDefinition.Builder b = PipelineDefinition.builder("compute")
        .catalog(named.catalog())
        .kpi(kpi.id().value())
        .source(source.build())
        .disclosure(DisclosurePolicy.builder().minimumCount(minimumCount).build())
        .output(OutputDeclaration.of(format.name().toLowerCase(Locale.ROOT)));
    for (String field : by) {
      if (!kpi.dimensions().contains(field)) {
        throw new CommandException("--by " + Commands.shown(field) + ": KPI '" + kpi.id().value()
            + "' can be broken down by " + kpi.dimensions() + " only");
      }
      b.by(field);
    }
    if (!pseudonymise.isEmpty()) {
      // Pseudonyms only tell persons apart within this run; no key outlives it.
      b.pseudonymKey(PseudonymKey.random("compute"));
    }
    return b.build();
  }

  /**
   * The CSV schema when none is given: the dataset's fields (but those that pseudonyms fill) and
   * each person field as a CPR field, in core's Schema JSON form. The connector skips columns the
   * schema does not name, so a CPR column that is not named is never read.
   */
  private static String inlineSchema(SourceDataset dataset, List<PersonField> personFields) {
    Set<String> pseudonyms = new HashSet<>();
    personFields.forEach(f -> pseudonyms.add(f.as()));
    StringBuilder json = new StringBuilder("{\"fields\":[");
    String comma = "";
    for (Field f : dataset.schema().fields()) {
      if (!pseudonyms.contains(f.name())) {
        json.append(comma).append(field(f.name(), f.type(), f.nullable()));
        comma = ",";
      }
    }
    for (PersonField f : personFields) {
      json.append(comma).append(field(f.field(), FieldType.CPR, false));
      comma = ",";
    }
    return json.append("]}").toString();
  }

  private static String field(String name, FieldType type, boolean nullable) {
    return "{\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"type\":\""
        + type.name().toLowerCase(Locale.ROOT) + "\",\"nullable\":" + nullable + "}";
  }

  private void summarise(RunReport report) {
    for (RunReport.SourceRead read : report.sources()) {
      console.err().println("Read " + read.records() + " records from " + input
          + (read.pseudonymisedFields().isEmpty() ? "" : ", pseudonymised " + String.join(", ", read.pseudonymisedFields()))
          + "; " + read.rejected().size() + " rows could not be read" + (read.rejected().isEmpty() ? "" : ":"));
      for (RunReport.RejectedRow row : read.rejected()) {
        console.err().println("  " + row.position() + ": " + row.reason());
      }
    }
    for (RunReport.KpiComputed k : report.kpis()) {
      console.err().println(k.kpi() + " v" + k.version() + ": " + k.series() + " series, " + k.values()
          + " values published, " + k.primary() + " withheld (fewer than " + minimumCount + " behind them) and "
          + k.secondary() + " withheld (so that those cannot be worked out)");
    }
    if (out != null) {
      console.err().println("Written to " + out.toAbsolutePath().normalize());
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** The file formats of the result. */
  enum Format {
    /** The report module's JSON, each value with its parts. */
    JSON,
    /** The report module's Danish CSV. */
    CSV
  }
}
