package dk.datainformed.examples.statbank;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.area.Municipalities;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.pipeline.KnownChange;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Population and its quarterly change per municipality from Statistics Denmark's FOLK1A: runs the
 * pipeline declared in {@code pipeline/folk1a.pipeline.yaml} (read the table through the statbank
 * connector, compute the KPIs per municipality, chart each against its own variation, write a
 * cockpit page) for one municipality and its comparison group.
 *
 * <p>Offline by default: the recorded answer bundled with the example is served from a local HTTP
 * server on 127.0.0.1 ({@link RecordedStatbank}), so the connector's real code path runs. {@code
 * --live} asks api.statbank.dk.
 *
 * <pre>{@code
 * int exit = StatbankPopulation.run("--kommune", "159", "--out", "target/population");
 * }</pre>
 */
public final class StatbankPopulation {

  /** The comparison group used when none is given: Gladsaxe's neighbours in the recording. */
  public static final List<Integer> DEFAULT_GROUP = List.of(159, 151, 157, 163, 173);

  /**
   * The pipeline file: the system property {@code statbank.pipeline} (the Maven profile sets it),
   * or {@code pipeline/folk1a.pipeline.yaml} from the example's folder.
   */
  static final String PIPELINE = System.getProperty("statbank.pipeline", "pipeline/folk1a.pipeline.yaml");

  private static final String USAGE = "usage: StatbankPopulation [--kommune 159] [--compare 151,157,163,173]"
      + " [--change-point 2023K3] [--out folder] [--live] [--pipeline file.yaml]";

  /** The reason a change given on the command line carries on the chart. */
  static final String CHANGE_REASON = "kendt ændring (--change-point)";

  private StatbankPopulation() {}

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
   * @param args {@code --kommune <code>} (default 159), {@code --compare <codes>} (comma-separated),
   *     {@code --change-point <quarter>} (a known change in the chosen municipality, e.g. {@code
   *     2023K3}: its charts compute their limits again from that quarter), {@code --out <folder>}
   *     (default {@code statbank-population}), {@code --live}, {@code --pipeline <file>}
   * @return 0 on success, 2 for bad input or a failed read (one line on standard error)
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
   * @return 0 on success, 2 for bad input or a failed read
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Set<Integer> areas = new LinkedHashSet<>();
      List<Integer> compare = new ArrayList<>(DEFAULT_GROUP);
      int kommune = 159;
      boolean live = false;
      Period changePoint = null;
      Path folder = Path.of("statbank-population");
      Path pipeline = Path.of(PIPELINE);
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--live")) {
          live = true;
        } else if (a.equals("--kommune")) {
          kommune = municipality(value(args, ++i, a));
        } else if (a.equals("--compare")) {
          compare.clear();
          for (String part : value(args, ++i, a).split(",")) {
            compare.add(municipality(part.strip()));
          }
        } else if (a.equals("--change-point")) {
          String quarter = value(args, ++i, a);
          changePoint = Period.tryParse(quarter).toOptional().filter(p -> p.grain() == Grain.QUARTER)
              .orElseThrow(() -> new IllegalArgumentException(
                  "--change-point '" + quarter + "' is not a quarter like 2023K3"));
        } else if (a.equals("--out")) {
          folder = Path.of(value(args, ++i, a));
        } else if (a.equals("--pipeline")) {
          pipeline = Path.of(value(args, ++i, a));
        } else {
          throw new IllegalArgumentException("unknown argument '" + a + "'");
        }
      }
      areas.add(kommune);
      areas.addAll(compare);
      Set<Integer> missing = new LinkedHashSet<>(areas);
      missing.removeAll(RecordedStatbank.recordedCodes());
      if (!live && !missing.isEmpty()) {
        err.println("statbank-population: no population series for kommunekode " + missing + " in the recorded"
            + " answer, which has " + RecordedStatbank.recordedCodes() + "; run with --live to ask Statistics Denmark");
        return 2;
      }
      StringBuilder codes = new StringBuilder();
      areas.forEach(c -> codes.append(codes.length() == 0 ? "" : ",").append(Municipalities.byCode(c).dstCode()));
      try (RecordedStatbank server = live ? null : RecordedStatbank.start()) {
        PipelineDefinition definition = PipelineFile.loader()
            .variable("areas", codes.toString())
            .variable("base_url", live ? "https://api.statbank.dk/v1/" : server.baseUrl())
            .load(pipeline);
        if (changePoint != null) {
          definition = definition.withChange(KnownChange.of(changePoint, CHANGE_REASON)
              .where("område", Municipalities.byCode(kommune).dstCode()));
        }
        RunReport report = Pipeline.of(definition).run(folder.toAbsolutePath().normalize());
        out.print(report.toText());
        out.println("statbank-population: wrote " + folder.resolve("index.html"));
        return 0;
      }
    } catch (IllegalArgumentException e) {
      err.println("statbank-population: " + e.getMessage() + "\n" + USAGE);
      return 2;
    } catch (DatainformedException | UncheckedIOException e) {
      err.println("statbank-population: " + e.getMessage());
      return 2;
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int municipality(String text) {
    return Municipalities.tryByCode(text).toOptional().orElseThrow(() -> new IllegalArgumentException(
        "'" + text + "' is not a kommunekode (three digits, e.g. 159 for Gladsaxe)")).code();
  }
}
