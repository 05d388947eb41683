package dk.datainformed.cli.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code datainformed explain KPI-ID}: a KPI in plain Danish or English, from the starter catalog
 * or a catalog given.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Commands.Version.class,
    description = {
      "Explain a KPI in plain words: what it is and counts, its numerator and denominator, the question it"
          + " serves, its coverage, owner, audience and purpose.",
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  datainformed explain sygefravaer.fravaersprocent",
      "  datainformed explain skole.trivsel --catalog kpis/ --lang da",
      "",
      "Exit codes: 0 explained; 2 no such KPI, or the catalog is wrong; 1 an unexpected failure."
    })
public final class ExplainCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(index = "0", paramLabel = "KPI-ID", description = "The KPI's id, e.g. sygefravaer.fravaersprocent.")
  private String id;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "A KPI definition file or a folder of them (default: the starter catalog).")
  private Path catalog;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "da (Danish) or en (English); default ${DEFAULT-VALUE}.")
  private Language language;

  /**
   * The command, printing to a console.
   *
   * @param console where it prints
   */
  public ExplainCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Catalogs.Named named = Catalogs.load(Optional.ofNullable(catalog));
    console.out().print(KpiExplanation.in(language.name().toLowerCase(java.util.Locale.ROOT))
        .explain(Catalogs.find(named, id)));
    return Commands.OK;
  }

  /** The languages of the explanation. */
  enum Language {
    /** Danish. */
    DA,
    /** English. */
    EN
  }
}
