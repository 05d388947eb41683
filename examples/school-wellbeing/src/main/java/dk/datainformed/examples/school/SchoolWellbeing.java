package dk.datainformed.examples.school;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Class size beside well-being (trivsel) per school: runs the pipeline declared in {@code
 * pipeline/trivsel.pipeline.yaml} (read the schools' yearly numbers with the CSV connector, compute
 * the two KPIs per school and for all schools, chart each against its own variation, run the guards
 * on the learning use and on a naive league table, write the pages).
 *
 * <pre>{@code
 * int exit = SchoolWellbeing.run("--out", "target/school-wellbeing");
 * }</pre>
 *
 * <p>What is specific to this example is only its own page, the naive league table ({@link
 * LeagueTablePage}); the rest is configuration.
 */
public final class SchoolWellbeing {

  /** The header a data file must have. */
  public static final String HEADER = "skole;aar;elever;klasser;trivsel";

  /**
   * The pipeline file: the system property {@code school.pipeline} (the Maven profile sets it), or
   * {@code pipeline/trivsel.pipeline.yaml} from the example's folder.
   */
  static final String PIPELINE = System.getProperty("school.pipeline", "pipeline/trivsel.pipeline.yaml");

  private static final String USAGE =
      "usage: SchoolWellbeing [--data file.csv] [--out folder] [--pipeline file.yaml]";

  private SchoolWellbeing() {}

  /**
   * Runs the example from the command line; exits with the code of {@link #run(String...)} when
   * it is not 0.
   *
   * @param args the arguments, see {@link #run(String...)}
   */
  public static void main(String[] args) {
    int exit = run(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /**
   * Runs the example, writing to standard output and error.
   *
   * @param args {@code --data <file>} (default: the synthetic {@code trivsel.csv} beside the
   *     pipeline file, in the form {@value #HEADER}), {@code --out <folder>} (default {@code
   *     school-wellbeing}), {@code --pipeline <file>}
   * @return 0 on success, 2 for bad input (one line on standard error)
   */
  public static int run(String... args) {
    return run(args, System.out, System.err);
  }

  /**
   * Runs the example.
   *
   * @param args the arguments, see {@link #run(String...)}
   * @param out where the run report goes
   * @param err where errors go: one line, no stack trace
   * @return 0 on success, 2 for bad input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path pipeline = Path.of(PIPELINE);
    Path data = null;
    Path folder = Path.of("school-wellbeing");
    for (int i = 0; i < args.length; i++) {
      boolean value = i + 1 < args.length;
      if (args[i].equals("--data") && value) {
        data = Path.of(args[++i]);
      } else if (args[i].equals("--out") && value) {
        folder = Path.of(args[++i]);
      } else if (args[i].equals("--pipeline") && value) {
        pipeline = Path.of(args[++i]);
      } else {
        err.println("school-wellbeing: unknown argument or missing value: '" + args[i] + "'\n" + USAGE);
        return 2;
      }
    }
    Path input = data == null ? pipeline.toAbsolutePath().resolveSibling("trivsel.csv") : data;
    if (!Files.isRegularFile(input)) {
      err.println("school-wellbeing: the data file " + input + " does not exist");
      return 2;
    }
    try {
      RunReport report = Pipeline.of(PipelineFile.loader()
          .variable("data", input.toAbsolutePath().toString())
          .load(pipeline)).run(folder.toAbsolutePath().normalize());
      out.print(report.toText());
      out.println("school-wellbeing: wrote " + folder.resolve("index.html"));
      return 0;
    } catch (DatainformedException | UncheckedIOException e) {
      err.println("school-wellbeing: " + e.getMessage());
      return 2;
    }
  }
}
