package dk.datainformed.cli.internal;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.kpi.catalog.DefinitionFormat;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.pipeline.OutputDeclaration;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code datainformed validate FILE...}: reads each file as the library would and says, for each,
 * that it is valid or what is wrong with it (file, line and what to fix). Exit code 0 when every
 * file is valid, 2 otherwise.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = {
      "Check KPI catalog, usage, policy and pipeline files as the library reads them. Each file's kind is"
          + " told from its top-level keys (a folder is a catalog); --kind says it for all.",
      "Every error names the file, the line and what to fix.",
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  datainformed validate kpis/ usage.yaml policy.yaml sygefravaer.pipeline.yaml",
      "  datainformed validate --kind usage --catalog kpis/ brug.yaml",
      "",
      "Exit codes: 0 every file is valid; 2 a file is not (or an option is wrong); 1 an unexpected failure."
    })
public final class ValidateCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Files (or folders of KPI definition files) to check.")
  private List<Path> files = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND",
      description = "The kind of every file: ${COMPLETION-CANDIDATES} (default: told from each file's content).")
  private FileKind kind;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "The KPI catalog that usage files name their KPIs from: a definition file or a folder"
          + " (default: the starter catalog).")
  private Path catalog;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "A value for ${NAME} in a pipeline file; a variable not given is reported as a note.")
  private Map<String, String> variables = new LinkedHashMap<>();

  /**
   * The command, printing to a console.
   *
   * @param console where it prints
   */
  public ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    int valid = 0;
    for (Path file : files) {
      if (check(file)) {
        valid++;
      }
    }
    console.out().println(valid + " of " + files.size() + (files.size() == 1 ? " file" : " files") + " valid");
    return valid == files.size() ? Commands.OK : Commands.INVALID;
  }

  private boolean check(Path file) {
    if (!Files.exists(file)) {
      invalid(file, Optional.empty(), "no such file or folder");
      return false;
    }
    Optional<YamlPeek> peek = Optional.empty();
    if (!Files.isDirectory(file)) {
      try {
        peek = Optional.of(YamlPeek.of(Files.readString(file, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        invalid(file, Optional.empty(), Commands.describe(e));
        return false;
      }
    }
    Optional<FileKind> found = kind == null ? FileKind.detect(file, peek) : Optional.of(kind);
    if (found.isEmpty()) {
      invalid(file, Optional.empty(), "cannot tell what kind of file this is from its top-level keys: give"
          + " --kind catalog, usage, policy or pipeline");
      return false;
    }
    List<String> notes = new ArrayList<>();
    try {
      String what = validate(found.get(), file, notes);
      console.out().println("valid    " + file + " (" + found.get().label() + ": " + what + ")");
      notes.forEach(n -> console.out().println("  note: " + n));
      return true;
    } catch (DatainformedException | CommandException e) {
      invalid(file, found, e.getMessage());
      peek.flatMap(YamlPeek::firstTabIndentedLine).ifPresent(line -> console.out().println("  fix: line " + line
          + " is indented with a tab, and YAML indents with spaces only: replace the tab with spaces"));
      notes.forEach(n -> console.out().println("  note: " + n));
      return false;
    }
  }

  private void invalid(Path file, Optional<FileKind> as, String message) {
    console.out().println("invalid  " + file + as.map(k -> " (read as " + k.label() + ")").orElse(""));
    for (String line : message.split("\n")) {
      console.out().println("  " + line);
    }
  }

  private String validate(FileKind as, Path file, List<String> notes) {
    switch (as) {
      case CATALOG:
        return catalog(file);
      case USAGE:
        Catalogs.Named named = Catalogs.load(Optional.ofNullable(catalog));
        Usage usage = Usage.load(file, named.catalog());
        notes.add("KPI ids checked against " + named.name());
        return count(usage.cockpits().size(), "cockpit") + ", " + count(usage.decisions().size(), "decision")
            + ", " + count(usage.linkages().size(), "linkage");
      case POLICY:
        GuardPolicy policy = GuardPolicy.load(file);
        return "'" + policy.name() + "'";
      case PIPELINE:
        return pipeline(file, notes);
      default:
        throw new IllegalStateException("unknown kind " + as);
    }
  }

  private static String catalog(Path file) {
    KpiCatalog read;
    if (Files.isDirectory(file)) {
      read = KpiCatalog.load(file);
    } else {
      List<KpiDefinition> definitions = DefinitionFormat.of(file).read(file);
      read = KpiCatalog.builder().addAll(definitions, String.valueOf(file.getFileName())).build();
    }
    return read.size() + (read.size() == 1 ? " KPI" : " KPIs");
  }

  private String pipeline(Path file, List<String> notes) {
    PipelineDefinition definition = PipelineFiles.of(file).forValidate(variables, console.environment(), notes);
    // The writers found here judge their outputs' settings; a format no writer here has may be a
    // program's own writer, so it is a note, and stands in for itself.
    Map<String, PublicationWriter> writers = new LinkedHashMap<>();
    for (PublicationWriter w : ServiceLoader.load(PublicationWriter.class)) {
      writers.putIfAbsent(w.format(), w);
    }
    Set<String> formats = new TreeSet<>(writers.keySet());
    List<PublicationWriter> all = new ArrayList<>(writers.values());
    for (OutputDeclaration out : definition.outputs()) {
      if (!writers.containsKey(out.format())) {
        notes.add("no writer of format '" + out.format() + "' is on the command line's class path (it has "
            + formats + "); 'run' needs the module that writes it");
        StandIn standIn = new StandIn(out.format(), out.settings().keySet());
        writers.put(out.format(), standIn);
        all.add(standIn);
      }
    }
    Pipeline.of(definition, all);
    return "'" + definition.name() + "', " + count(definition.sources().size(), "source") + ", "
        + count(definition.kpis().size(), "KPI") + ", " + count(definition.outputs().size(), "output");
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** A writer that is not here, standing in for its format so the others can be checked. */
  private static final class StandIn implements PublicationWriter {
    private final String format;
    private final Set<String> settings;

    StandIn(String format, Set<String> settings) {
      this.format = format;
      this.settings = Set.copyOf(settings);
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public Set<String> settings() {
      return settings;
    }

    @Override
    public void write(Publication publication, Map<String, String> declared, Path folder) {
      throw new IllegalStateException("a stand-in writer does not write");
    }
  }
}
