package dk.datainformed.cli.internal;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.id.CprDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command line assembled: the {@code datainformed} command with its subcommands, the exit codes
 * and what a failure prints. A mistake of the user's (an option, a file, the input) prints one
 * message and exits with 2; anything else prints one line and exits with 1. A stack trace is
 * printed only with {@code --debug}, and masked like every other line.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Commands {
  /** The exit code when the command did what it was asked. */
  static final int OK = 0;
  /** The exit code on an unexpected failure. */
  static final int FAILED = 1;
  /** The exit code when a file, an option or the input is wrong. */
  static final int INVALID = 2;
  /** The exit code of {@code guards} when a finding blocks the use as declared. */
  static final int BLOCKED = 3;

  private Commands() {}

  /**
   * Parses the arguments and runs the command they name.
   *
   * @param environment the environment variables
   * @param out the output stream
   * @param err the message stream
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(Map<String, String> environment, PrintStream out, PrintStream err, String... args) {
    Console console = new Console(environment, out, err);
    try {
      CommandLine line = new CommandLine(new Root());
      line.addSubcommand(new ValidateCommand(console));
      line.addSubcommand(new RunCommand(console));
      line.addSubcommand(new ExplainCommand(console));
      line.addSubcommand(new ComputeCommand(console));
      line.addSubcommand(new ChartCommand(console));
      line.addSubcommand(new GuardsCommand(console));
      line.setOut(console.out());
      line.setErr(console.err());
      line.setCaseInsensitiveEnumValuesAllowed(true);
      line.setExecutionExceptionHandler((e, where, parsed) -> failed(console, e, where, parsed));
      line.setParameterExceptionHandler((e, given) -> wrongArguments(console, e));
      return line.execute(args);
    } finally {
      console.flush();
    }
  }

  private static int wrongArguments(Console console, ParameterException e) {
    String command = e.getCommandLine().getCommandSpec().qualifiedName();
    console.err().println(command + ": " + e.getMessage());
    console.err().println("See '" + command + " --help' for the options.");
    return INVALID;
  }

  private static int failed(Console console, Exception e, CommandLine where, ParseResult parsed) {
    String command = where.getCommandSpec().qualifiedName();
    int code;
    if (e instanceof CommandException || e instanceof DatainformedException) {
      console.err().println(command + ": " + e.getMessage() + cause(e));
      code = INVALID;
    } else if (e instanceof UncheckedIOException || e instanceof IOException) {
      Throwable io = e instanceof UncheckedIOException ? e.getCause() : e;
      console.err().println(command + ": " + describe(io));
      code = INVALID;
    } else {
      console.err().println(command + ": unexpected failure (" + e.getClass().getName() + ": " + e.getMessage()
          + "). Run it again with --debug for the stack trace, and report it if it persists.");
      code = FAILED;
    }
    if (debug(parsed)) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      console.err().print(trace);
    }
    return code;
  }

  /** The file-system reason behind a library message that names only what it could not do. */
  private static String cause(Exception e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IOException) {
        return " (" + describe(c) + ")";
      }
    }
    return "";
  }

  /**
   * What went wrong with a file, in words.
   *
   * @param io the failure
   * @return e.g. {@code no such file: kpis/x.yaml}
   */
  static String describe(Throwable io) {
    if (io instanceof NoSuchFileException missing) {
      return "no such file or folder: " + missing.getFile();
    }
    if (io instanceof AccessDeniedException denied) {
      return "not allowed to read or write " + denied.getFile();
    }
    if (io instanceof FileSystemException fs && fs.getFile() != null) {
      return fs.getFile() + ": " + (fs.getReason() == null ? io.getClass().getSimpleName() : fs.getReason());
    }
    return io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage());
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Masks a value for a message of the command line's own (the console masks again on output).
   *
   * @param value the value
   * @return the value, CPR-like runs masked
   */
  static String shown(Object value) {
    return CprDetector.mask(String.valueOf(value));
  }

  /** The {@code datainformed} command, which only holds the subcommands. */
  @Command(
      name = "datainformed",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = {
        "Check, run and explain the files a municipality owns for datainformed: KPI catalogs, usage"
            + " and policy files for the guards, and pipeline files; chart a series, run the guards.",
      },
      commandListHeading = "%nCommands:%n",
      footerHeading = "%n",
      footer = {
        "Exit codes: 0 done; 2 a file, an option or the input is wrong (the message says what to fix);"
            + " 1 an unexpected failure; 3 (guards) a finding blocks.",
        "Run 'datainformed COMMAND --help' for a command's options."
      })
  static final class Root implements Callable<Integer> {
    @Option(
        names = "--debug",
        scope = ScopeType.INHERIT,
        description = "On a failure, print the stack trace too (CPR-like numbers are masked in it as well).")
    private boolean debug;

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return INVALID;
    }
  }

  /** The version of the command line, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Commands.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "datainformed " + p.getProperty("version", "(version unknown)"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
