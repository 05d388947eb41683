package dk.datainformed.cli.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.text.Language;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.Guards;
import dk.datainformed.kpi.guard.Severity;
import dk.datainformed.kpi.guard.Usage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code datainformed guards USAGE.yaml --policy POLICY.yaml}: the learning-versus-control guards
 * (the twelve built in, and any a municipality puts on the class path) over a usage description
 * and a policy, printed as the guards' report. Exit code {@value Commands#BLOCKED} when a finding
 * blocks the use as declared.
 *
 * <p>The command line has only the two files, not the data: guards that need a chart, the date of
 * the latest data or unit-level values say {@code indeterminate} and name what they lack.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Command(
    name = "guards",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = {
      "Run the learning-versus-control guards over a usage description and a policy, and print the"
          + " guards' report: each guard's verdict, its findings with their severity, the learning"
          + " alternative and the thresholds used.",
      "Only the files are read, not the data: guards that need SPC charts, the date of the latest data or"
          + " unit-level values are indeterminate and say what they lack.",
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  datainformed guards usage.yaml --policy policy.yaml",
      "  datainformed guards usage.yaml --policy policy.yaml --lang da --format json --out guards.json",
      "",
      "Exit codes: 0 no finding blocks; 3 a finding blocks (severity BLOCK: the use as declared must stop);"
          + " 2 a file or an option is wrong (the message gives the file and line); 1 an unexpected failure."
    })
public final class GuardsCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "USAGE.yaml", description = "The usage description: how the KPIs are used.")
  private Path usage;

  @Option(names = "--policy", paramLabel = "POLICY.yaml", required = true,
      description = "The policy: the municipality's thresholds (those left out keep their documented defaults).")
  private Path policy;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "The KPI catalog the usage file names its KPIs from: a definition file or a folder"
          + " (default: the starter catalog).")
  private Path catalog;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "da (Danish) or en (English), for the text report; default ${DEFAULT-VALUE}.")
  private ExplainCommand.Language language;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (both languages in one file); default ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date of the check, e.g. 2026-11-01, which review dates are judged against"
          + " (default: today).")
  private LocalDate asOf;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
  private Path out;

  /**
   * The command, printing to a console.
   *
   * @param console where it prints
   */
  public GuardsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    requireFile(usage, "the usage file", "USAGE.yaml");
    requireFile(policy, "--policy", "POLICY.yaml");
    if (out != null && Files.isDirectory(out)) {
      throw new CommandException("--out " + out + " is a folder: give the file to write");
    }
    Catalogs.Named named = Catalogs.load(Optional.ofNullable(catalog));
    Usage read = Usage.load(usage, named.catalog());
    GuardPolicy thresholds = GuardPolicy.load(policy);
    GuardContext context = GuardContext.builder(named.catalog(), read)
        .policy(thresholds)
        .asOf(asOf != null ? asOf : LocalDate.now())
        .build();
    GuardReport report = Guards.builtIn().withServiceLoaded().check(context);
    String text = format == Format.JSON ? report.toJson()
        : report.toText(language == ExplainCommand.Language.DA ? Language.DANISH : Language.ENGLISH);
    if (out == null) {
      console.out().print(text);
      if (!text.endsWith("\n")) {
        console.out().println();
      }
    } else {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      // The report quotes the usage file's names; like everything printed, it leaves no CPR number in them.
      Files.writeString(out, CprDetector.mask(text), StandardCharsets.UTF_8);
    }
    List<GuardFinding> findings = report.findings();
    long blocking = findings.stream().filter(f -> f.severity() == Severity.BLOCK).count();
    console.err().println(report.results().size() + " guards: " + findings.size() + " findings, " + blocking
        + " blocking" + (out == null ? "" : "; written to " + out.toAbsolutePath().normalize()));
    if (report.blocked()) {
      console.err().println("A finding blocks the use as declared (exit code " + Commands.BLOCKED + "): read its"
          + " learning alternative in the report.");
      return Commands.BLOCKED;
    }
    return Commands.OK;
  }

  private static void requireFile(Path file, String what, String label) {
    if (!Files.isRegularFile(file)) {
      throw new CommandException(what + " " + file + ": no such file; give the " + label + " file");
    }
  }

  /** The report's formats. */
  enum Format {
    /** Readable text in one language. */
    TEXT,
    /** JSON with both languages. */
    JSON
  }
}
