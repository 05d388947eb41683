package dk.datainformed.examples.cockpit;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * OS2mo, a demo pseudonym key when none is set, and its own page ({@link UnitTablePage}).
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

  /**
   * The pipeline file: the system property {@code cockpit.pipeline} (the Maven profile sets it), or
   * {@code pipeline/sygefravaer.pipeline.yaml} from the example's folder.
   */
  static final String PIPELINE = System.getProperty("cockpit.pipeline", "pipeline/sygefravaer.pipeline.yaml");

  private static final String USAGE =
      "Usage: sick-leave-cockpit [--out FOLDER] [--lang da|en] [--size full|small] [--seed N]\n"
          + "                          [--input FILE.csv] [--pipeline FILE.yaml]";

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
   * municipality, {@code --input FILE} to read an existing export instead of generating one, and
   * {@code --pipeline FILE} for another pipeline file.
   *
   * @param args the options
   * @return 0 when the cockpit was written; 2 when the input, the pipeline file or the options are
   *     wrong (one message on standard error)
   */
  public static int run(String... args) {
    return run(List.of(args), System.getenv(), System.out, System.err);
  }

  /**
   * Runs the cockpit.
   *
   * @param args the options
   * @param environment the environment variables, for {@value #KEY_VARIABLE}
   * @param out where to report what was written
   * @param err where to report problems
   * @return 0 on success, 2 on a problem with the input or options
   */
  static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
    try {
      Map<String, String> options = options(args);
      Path outFolder = Path.of(options.getOrDefault("--out", "target/cockpit")).toAbsolutePath().normalize();
      String lang = options.getOrDefault("--lang", "da");
      if (!lang.equals("da") && !lang.equals("en")) {
        throw new CockpitException("--lang must be 'da' or 'en', not '" + lang + "'");
      }
      SyntheticMunicipality town = SyntheticMunicipality.generate(size(options), seed(options));
      Path input;
      if (options.containsKey("--input")) {
        input = Path.of(options.get("--input"));
        if (!Files.isRegularFile(input)) {
          throw new CockpitException("the input file " + input.toAbsolutePath() + " does not exist: give the"
              + " payroll export with --input, or leave --input out to generate one");
        }
      } else {
        input = town.writeCsv(sibling(outFolder, "-input").resolve("loenfravaer.csv"));
        out.println("Synthetic payroll export (made-up CPR numbers): " + input);
      }
      PipelineDefinition definition =
          PipelineFile.loader()
              .variable("input", input.toAbsolutePath().toString())
              .variable("language", lang)
              .variable("units_link", lang.equals("da") ? "Alle enheder" : "All units")
              .organisation(town.tree())
              .environment(withKey(environment, outFolder, err))
              .load(Path.of(options.getOrDefault("--pipeline", PIPELINE)));
      RunReport report = Pipeline.of(definition).run(outFolder);
      out.print(report.toText());
      out.println("Cockpit written to " + outFolder);
      out.println("  open " + outFolder.resolve("cockpit.html"));
      return 0;
    } catch (DatainformedException e) {
      err.println("sick-leave-cockpit: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("sick-leave-cockpit: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 2;
    }
  }

  private static Map<String, String> options(List<String> args) {
    Map<String, String> options = new HashMap<>();
    List<String> known = List.of("--out", "--lang", "--size", "--seed", "--input", "--pipeline");
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      if (option.equals("--help") || option.equals("-h")) {
        throw new CockpitException("\n" + USAGE);
      }
      if (!known.contains(option)) {
        throw new CockpitException("unknown option '" + option + "'\n" + USAGE);
      }
      if (i + 1 >= args.size()) {
        throw new CockpitException("the option '" + option + "' needs a value\n" + USAGE);
      }
      options.put(option, args.get(++i));
    }
    return options;
  }

  private static SyntheticMunicipality.Size size(Map<String, String> options) {
    String value = options.getOrDefault("--size", "full");
    switch (value) {
      case "full":
        return SyntheticMunicipality.Size.FULL;
      case "small":
        return SyntheticMunicipality.Size.SMALL;
      default:
        throw new CockpitException("--size must be 'full' or 'small', not '" + value + "'");
    }
  }

  private static long seed(Map<String, String> options) {
    String value = options.getOrDefault("--seed", "2026");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new CockpitException("--seed must be a whole number, not '" + value + "'", e);
    }
  }

  private static Path sibling(Path folder, String suffix) {
    Path parent = folder.getParent() == null ? folder : folder.getParent();
    return parent.resolve(folder.getFileName() + suffix);
  }

  /**
   * The environment with the key, or with a fresh demo key written next to the output (never into
   * it: the key must not travel with the pseudonymised data) when none is set.
   */
  private static Map<String, String> withKey(Map<String, String> environment, Path outFolder, PrintStream err) {
    Optional<String> set = Optional.ofNullable(environment.get(KEY_VARIABLE)).filter(k -> !k.isBlank());
    if (set.isPresent()) {
      return environment;
    }
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String encoded = Base64.getEncoder().encodeToString(fresh);
    Path keyFile = sibling(outFolder, "-demo-pseudonym.key");
    try {
      Files.createDirectories(keyFile.getParent());
      Files.writeString(keyFile, encoded + "\n", StandardCharsets.US_ASCII);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the demo pseudonymisation key " + keyFile, e);
    }
    err.println("WARNING: " + KEY_VARIABLE + " is not set, so the CPR numbers were pseudonymised with a fresh"
        + " random demo key, written to " + keyFile + ". Pseudonyms from different runs will not match."
        + " In production, set " + KEY_VARIABLE + " from your secrets store.");
    Map<String, String> withDemo = new HashMap<>(environment);
    withDemo.put(KEY_VARIABLE, encoded);
    return withDemo;
  }
}
