package dk.datainformed.cli.internal;

import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.store.ResultStore;
import dk.datainformed.store.StoredRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code datainformed run PIPELINE.yaml}: runs a pipeline file and prints its run report. The
 * pseudonym key is read from the environment variable (or file) the pipeline file names and is
 * never printed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = {
      "Run a pipeline file: read its sources, pseudonymise at ingest, compute its KPIs, apply disclosure"
          + " control, chart, run the guards and write its outputs into one folder, all or nothing.",
      "The pseudonym key is read from the environment variable the file names (pseudonymKey: {environment:"
          + " NAME}); it is never printed.",
    },
    footerHeading = "%n",
    footer = {
      "Example:",
      "  DATAINFORMED_PSEUDONYM_KEY=$(cat key.b64) datainformed run sygefravaer.pipeline.yaml --out cockpit"
          + " --var input=loenfravaer.csv --store sygefravaer.duckdb",
      "",
      "With --store every run is kept in a DuckDB results store: its published values (only those that"
          + " passed disclosure control), the baselines its charts fixed, so that the next run charts new"
          + " months against the same limits, and the sources' checkpoints. Power BI reads it with plain SQL.",
      "",
      "The output folder is replaced as a whole; a folder that holds anything but an earlier run's output"
          + " (a run-report.txt) is refused. Rows that could not be read are kept in FOLDER-rejected beside it.",
      "",
      "Exit codes: 0 done; 2 the pipeline file, a variable, the key or the input is wrong; 1 an unexpected"
          + " failure."
    })
public final class RunCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "PIPELINE.yaml", description = "The pipeline file.")
  private Path file;

  @Option(names = "--out", paramLabel = "FOLDER",
      description = "The folder to write the outputs into (default: output/<pipeline name>).")
  private Path out;

  @Option(names = "--var", paramLabel = "NAME=VALUE",
      description = "A value for ${NAME} in the file's settings, e.g. --var input=loenfravaer.csv.")
  private Map<String, String> variables = new LinkedHashMap<>();

  @Option(names = "--store", paramLabel = "FILE.duckdb",
      description = "Keep the run in this DuckDB results store (created when absent); see the footer.")
  private Path store;

  /**
   * The command, printing to a console.
   *
   * @param console where it prints
   */
  public RunCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    PipelineDefinition definition = PipelineFiles.of(file).forRun(variables, console.environment());
    Pipeline pipeline = Pipeline.of(definition);
    Path folder = (out == null ? Path.of("output", definition.name()) : out).toAbsolutePath().normalize();
    refuseForeignFolder(folder);
    RunReport report;
    if (store == null) {
      report = pipeline.run(folder);
    } else {
      Path storeFile = store.toAbsolutePath().normalize();
      try (ResultStore results = ResultStore.duckdb(storeFile)) {
        report = pipeline.run(folder, results);
        List<StoredRun> runs = results.runs();
        StoredRun run = runs.get(runs.size() - 1);
        console.out().println("Run " + run.id() + " kept in the results store " + storeFile + ": "
            + run.valuesChanged() + (runs.size() == 1 ? " values"
                : " values new or revised since run " + runs.get(runs.size() - 2).id()));
      }
    }
    console.out().print(report.toText());
    console.out().println("Outputs written to " + folder);
    return Commands.OK;
  }

  /** The run replaces the folder whole: it must not be a folder of the user's own. */
  private static void refuseForeignFolder(Path folder) {
    if (Files.isRegularFile(folder)) {
      throw new CommandException("--out " + folder + " is a file: give a folder for the outputs");
    }
    if (!Files.isDirectory(folder) || Files.exists(folder.resolve("run-report.txt"))) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new CommandException("--out " + folder + " holds files that no earlier run wrote (it has no"
            + " run-report.txt), and a run replaces the whole folder: give an empty or new folder");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
