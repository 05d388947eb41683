package dk.datainformed.examples.cockpit;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import dk.datainformed.privacy.pseudonym.PseudonymKey;
import dk.datainformed.store.ResultStore;
import dk.datainformed.store.StoredRun;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sickness absence cockpit: runs the pipeline declared in {@code
 * pipeline/sygefravaer.pipeline.yaml} (read the payroll export with the CSV connector,
 * pseudonymise CPR numbers as it is read, compute the starter catalog's monthly sickness absence
 * KPIs by every level of an organisation that changes, withhold small units, chart every series,
 * run the learning-versus-control guards, write the cockpit) on a synthetic municipality.
 *
 * <pre>{@code
 * int exitCode = SickLeaveCockpit.run("--out", "target/cockpit", "--lang", "en");
 * }</pre>
 *
 * <p>What is specific to this example is only here: the generated municipality ({@link
 * SyntheticMunicipality}), whose export and organisation tree stand in for a real payroll system and
 * OS2mo, a random demo pseudonym key when none is set, and its own page ({@link UnitTablePage}).
 */
public final class SickLeaveCockpit {

  /** The environment variable that holds the pseudonymisation key in base64. */
  public static final String KEY_VARIABLE = "DATAINFORMED_PSEUDONYM_KEY";

  /** The KPIs the cockpit computes and shows, as its pipeline file lists them. */
  public static final List<String> KPIS =
      List.of(
          "sygefravaer.fravaersprocent",
          "sygefravaer.fravaersdagsvaerk_pr_fuldtidsansat",
          "sygefravaer.fravaersperioder_pr_helaarsansat");

  /** The pipeline file: the system property {@code cockpit.pipeline}, or the example's own. */
  static final String PIPELINE = System.getProperty("cockpit.pipeline", "pipeline/sygefravaer.pipeline.yaml");

  private static final List<String> OPTIONS =
      List.of("--out", "--lang", "--size", "--seed", "--until", "--input", "--pipeline", "--store");
  private static final String USAGE =
      "Usage: sick-leave-cockpit [--out FOLDER] [--lang da|en] [--size full|small] [--seed N]\n"
          + "                          [--until MONTH | --input FILE.csv] [--pipeline FILE.yaml]\n"
          + "                          [--store FILE.duckdb]";

  private SickLeaveCockpit() {}

  /**
   * Runs the cockpit and exits with a non-zero code on failure.
   *
   * @param args the options, see {@link #run(String...)}
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the cockpit with the process environment, printing to standard output and error.
   *
   * <p>Options: {@code --out FOLDER} (default {@code target/cockpit}), {@code --lang da|en}
   * (default {@code da}), {@code --size full|small} and {@code --seed N} of the generated
   * municipality, {@code --until MONTH} to generate the export only up to a month (for example
   * {@code 2025M11}), {@code --input FILE} to read an existing export instead of generating one,
   * {@code --pipeline FILE} for another pipeline file, and {@code --store FILE} to record the run in
   * a DuckDB results store (created when absent): the store keeps every run's published values and
   * the baselines the charts fixed, so that the next run charts its new months against the same
   * limits.
   *
   * @param args the options
   * @return 0 when the cockpit was written; 2 when the input, the pipeline file or the options are
   *     wrong (one message on standard error)
   */
  public static int run(String... args) {
    return run(List.of(args), System.getenv(), System.out, System.err);
  }

  static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
    try {
      Map<String, String> options = options(args);
      Path outFolder = Path.of(options.getOrDefault("--out", "target/cockpit")).toAbsolutePath().normalize();
      String lang = options.getOrDefault("--lang", "da");
      require(lang.equals("da") || lang.equals("en"), "--lang must be 'da' or 'en', not '" + lang + "'");
      String size = options.getOrDefault("--size", "full");
      require(size.equals("full") || size.equals("small"), "--size must be 'full' or 'small', not '" + size + "'");
      SyntheticMunicipality town = SyntheticMunicipality.generate(
          size.equals("full") ? SyntheticMunicipality.Size.FULL : SyntheticMunicipality.Size.SMALL, seed(options));
      Period until = until(options);
      Path input;
      if (options.containsKey("--input")) {
        require(!options.containsKey("--until"), "--until cuts the generated export: leave it out with --input");
        input = Path.of(options.get("--input"));
        require(Files.isRegularFile(input), "the input file " + input.toAbsolutePath() + " does not exist: give"
            + " the payroll export with --input, or leave --input out to generate one");
      } else {
        Path parent = outFolder.getParent() == null ? outFolder : outFolder.getParent();
        input = town.writeCsv(parent.resolve(outFolder.getFileName() + "-input").resolve("loenfravaer.csv"), until);
        out.println("Synthetic payroll export (made-up CPR numbers): " + input);
      }
      PipelineFile.Loader loader = PipelineFile.loader()
          .variable("input", input.toAbsolutePath().toString())
          .variable("language", lang)
          .variable("units_link", lang.equals("da") ? "Alle enheder" : "All units")
          .organisation(town.tree())
          .environment(environment);
      if (environment.getOrDefault(KEY_VARIABLE, "").isBlank()) {
        loader.pseudonymKey(PseudonymKey.random("demo"));
        err.println("WARNING: " + KEY_VARIABLE + " is not set, so the CPR numbers were pseudonymised with a"
            + " random demo key that is kept nowhere: pseudonyms from different runs will not match. In"
            + " production, set " + KEY_VARIABLE + " from your secrets store.");
      }
      Pipeline pipeline = Pipeline.of(loader.load(Path.of(options.getOrDefault("--pipeline", PIPELINE))));
      RunReport report;
      if (options.containsKey("--store")) {
        Path storeFile = Path.of(options.get("--store")).toAbsolutePath().normalize();
        try (ResultStore store = ResultStore.duckdb(storeFile)) {
          report = pipeline.run(outFolder, store);
          List<StoredRun> runs = store.runs();
          StoredRun stored = runs.get(runs.size() - 1);
          out.println("Run " + stored.id() + " recorded in the results store " + storeFile + ": "
              + stored.valuesChanged() + (runs.size() == 1 ? " values"
                  : " values new or revised since run " + runs.get(runs.size() - 2).id()));
        }
      } else {
        report = pipeline.run(outFolder);
      }
      out.print(report.toText());
      out.println("Cockpit written to " + outFolder);
      out.println("  open " + outFolder.resolve("cockpit.html"));
      return 0;
    } catch (DatainformedException | IllegalArgumentException e) {
      err.println("sick-leave-cockpit: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("sick-leave-cockpit: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 2;
    }
  }

  private static Map<String, String> options(List<String> args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      require(!option.equals("--help") && !option.equals("-h"), "\n" + USAGE);
      require(OPTIONS.contains(option), "unknown option '" + option + "'\n" + USAGE);
      require(i + 1 < args.size(), "the option '" + option + "' needs a value\n" + USAGE);
      options.put(option, args.get(++i));
    }
    return options;
  }

  private static Period until(Map<String, String> options) {
    String value = options.getOrDefault("--until", SyntheticMunicipality.LAST_MONTH.format());
    Period month = Period.tryParse(value).toOptional().orElse(null);
    require(month != null && month.grain() == Grain.MONTH
        && !month.start().isBefore(SyntheticMunicipality.FIRST_MONTH.start())
        && !month.start().isAfter(SyntheticMunicipality.LAST_MONTH.start()),
        "--until must be a month from " + SyntheticMunicipality.FIRST_MONTH.format() + " to "
            + SyntheticMunicipality.LAST_MONTH.format() + ", such as 2025M11, not '" + value + "'");
    return month;
  }

  private static long seed(Map<String, String> options) {
    String value = options.getOrDefault("--seed", "2026");
    require(value.matches("-?\\d{1,18}"), "--seed must be a whole number, not '" + value + "'");
    return Long.parseLong(value);
  }

  /** A problem with the options or the input, stated so that the user can fix it. */
  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalArgumentException(problem);
    }
  }
}
