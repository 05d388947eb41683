package dk.datainformed.cli;

import dk.datainformed.cli.internal.Commands;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The {@code datainformed} command line, for analysts who run the library's files without writing
 * a program.
 *
 * <pre>{@code
 * datainformed validate kpis/ usage.yaml policy.yaml sygefravaer.pipeline.yaml
 * datainformed run sygefravaer.pipeline.yaml --out cockpit --var input=loenfravaer.csv
 * datainformed explain sygefravaer.fravaersprocent --lang da
 * datainformed compute sygefravaer.fravaersprocent --input fravaer.csv --by organisation_unit
 * datainformed chart fravaer.csv --direction lower --out fravaer.html
 * datainformed guards usage.yaml --policy policy.yaml
 * }</pre>
 *
 * <p>Exit codes: {@value #OK} when the command did what it was asked; {@value #INVALID} when a file,
 * an option or the input is wrong (one message that says what to fix, never a stack trace unless
 * {@code --debug}); {@value #FAILED} on an unexpected failure; {@value #BLOCKED} from {@code guards}
 * when a finding blocks the use as declared. Every line the command line prints
 * has anything CPR-like masked ({@link dk.datainformed.core.id.CprDetector#mask(CharSequence)}).
 *
 * <p>From Java, with the environment and the streams given:
 *
 * <pre>{@code
 * int code = Datainformed.run(System.getenv(), System.out, System.err, "explain", "sygefravaer.fravaersprocent");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Datainformed {
  /** The exit code when the command did what it was asked. */
  public static final int OK = 0;
  /** The exit code on an unexpected failure (a fault of the program, not of the input). */
  public static final int FAILED = 1;
  /** The exit code when a file, an option or the input is wrong. */
  public static final int INVALID = 2;
  /** The exit code of {@code guards} when a finding blocks (severity BLOCK) the use as declared. */
  public static final int BLOCKED = 3;

  private Datainformed() {}

  /**
   * Runs the command line with the process's environment and streams, and exits with its code.
   *
   * @param args the command and its options, e.g. {@code validate usage.yaml}
   */
  public static void main(String[] args) {
    int code = run(System.getenv(), System.out, System.err, args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line and returns its exit code; nothing is closed and nothing exits.
   *
   * @param environment the environment variables, e.g. the one a pipeline file names for its
   *     pseudonym key
   * @param out where the command's output goes
   * @param err where messages go
   * @param args the command and its options
   * @return {@value #OK}, {@value #INVALID}, {@value #FAILED} or (guards) {@value #BLOCKED}
   */
  public static int run(Map<String, String> environment, PrintStream out, PrintStream err, String... args) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    return Commands.execute(Map.copyOf(environment), out, err, args);
  }
}
