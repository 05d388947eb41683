package dk.datainformed.examples.cockpit;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.Guards;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.pipeline.Suppression;
import dk.datainformed.privacy.pseudonym.PseudonymKey;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import dk.datainformed.report.CockpitEntry;
import dk.datainformed.report.CockpitPage;
import dk.datainformed.report.DanishCsvWriter;
import dk.datainformed.report.JsonStatWriter;
import dk.datainformed.report.JsonWriter;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.Variation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The sickness absence cockpit: reads a payroll export through the CSV connector, pseudonymises CPR
 * numbers at ingest, computes the starter catalog's monthly sickness absence KPIs by unit over an
 * organisation that changes, withholds small units (disclosure control), draws a process behaviour
 * chart for each series shown, runs the learning-versus-control guards, and writes it all to a
 * folder.
 *
 * <pre>{@code
 * int exitCode = SickLeaveCockpit.run("--out", "target/cockpit", "--lang", "en");
 * }</pre>
 *
 * <p>Without {@code --input} it first generates a synthetic municipality ({@link
 * SyntheticMunicipality}) and writes its payroll export next to the output folder.
 */
public final class SickLeaveCockpit {

  /** The environment variable that holds the pseudonymisation key in base64. */
  public static final String KEY_VARIABLE = "DATAINFORMED_PSEUDONYM_KEY";

  /** The KPIs the cockpit computes and shows, from the starter catalog. */
  public static final List<String> KPIS =
      List.of(
          "sygefravaer.fravaersprocent",
          "sygefravaer.fravaersdagsvaerk_pr_fuldtidsansat",
          "sygefravaer.fravaersperioder_pr_helaarsansat");

  /** The pseudonymisation domain of the employees' CPR numbers. */
  public static final String PSEUDONYM_DOMAIN = "dk.eksempelby.hr.sygefravaer";

  static final String UNIT_FIELD = "organisation_unit";
  private static final int MOST_SIGNAL_CHARTS = 12;
  private static final int RECENT_MONTHS = 6;
  private static final int CONCERN_MONTHS = 4;
  private static final String RESOURCES = "/dk/datainformed/examples/cockpit/";
  private static final String USAGE =
      "Usage: sick-leave-cockpit [--out FOLDER] [--lang da|en] [--size full|small] [--seed N]\n"
          + "                          [--input FILE.csv] [--usage FILE.yaml] [--policy FILE.yaml]";

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
   * {@code --usage FILE} and {@code --policy FILE} for the guards.
   *
   * @param args the options
   * @return 0 when the cockpit was written; 2 when the input or options are wrong (one message on
   *     standard error)
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
      Options options = Options.parse(args);
      new SickLeaveCockpit.Run(options, environment, out, err).execute();
      return 0;
    } catch (DatainformedException e) {
      err.println("sick-leave-cockpit: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("sick-leave-cockpit: " + e.getMessage() + ": " + e.getCause().getMessage());
      return 2;
    }
  }

  /** The parsed command line. */
  record Options(
      Path out,
      Language language,
      SyntheticMunicipality.Size size,
      long seed,
      Optional<Path> input,
      Optional<Path> usage,
      Optional<Path> policy) {

    static Options parse(List<String> args) {
      Path out = Path.of("target", "cockpit");
      Language language = Language.DANISH;
      SyntheticMunicipality.Size size = SyntheticMunicipality.Size.FULL;
      long seed = 2026L;
      Path input = null;
      Path usage = null;
      Path policy = null;
      for (int i = 0; i < args.size(); i++) {
        String option = args.get(i);
        if (option.equals("--help") || option.equals("-h")) {
          throw new CockpitException("\n" + USAGE);
        }
        if (i + 1 >= args.size()) {
          throw new CockpitException("the option '" + option + "' needs a value\n" + USAGE);
        }
        String value = args.get(++i);
        switch (option) {
          case "--out" -> out = Path.of(value);
          case "--lang" -> language = language(value);
          case "--size" -> size = size(value);
          case "--seed" -> seed = seed(value);
          case "--input" -> input = Path.of(value);
          case "--usage" -> usage = Path.of(value);
          case "--policy" -> policy = Path.of(value);
          default -> throw new CockpitException("unknown option '" + option + "'\n" + USAGE);
        }
      }
      return new Options(out, language, size, seed, Optional.ofNullable(input),
          Optional.ofNullable(usage), Optional.ofNullable(policy));
    }

    private static Language language(String value) {
      switch (value) {
        case "da":
          return Language.DANISH;
        case "en":
          return Language.ENGLISH;
        default:
          throw new CockpitException("--lang must be 'da' or 'en', not '" + value + "'");
      }
    }

    private static SyntheticMunicipality.Size size(String value) {
      switch (value) {
        case "full":
          return SyntheticMunicipality.Size.FULL;
        case "small":
          return SyntheticMunicipality.Size.SMALL;
        default:
          throw new CockpitException("--size must be 'full' or 'small', not '" + value + "'");
      }
    }

    private static long seed(String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new CockpitException("--seed must be a whole number, not '" + value + "'", e);
      }
    }
  }

  /** One run: everything it reads and computes. */
  private static final class Run {
    private final Options options;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Path outFolder;

    Run(Options options, Map<String, String> environment, PrintStream out, PrintStream err) {
      this.options = options;
      this.environment = environment;
      this.out = out;
      this.err = err;
      this.outFolder = options.out().toAbsolutePath().normalize();
    }

    void execute() {
      SyntheticMunicipality town = SyntheticMunicipality.generate(options.size(), options.seed());
      Path input;
      if (options.input().isPresent()) {
        input = options.input().get();
        if (!Files.isRegularFile(input)) {
          throw new CockpitException(
              "the input file " + input.toAbsolutePath() + " does not exist: give the payroll export"
                  + " with --input, or leave --input out to generate one");
        }
      } else {
        input = town.writeCsv(sibling("-input").resolve("loenfravaer.csv"));
        out.println("Synthetic payroll export (made-up CPR numbers): " + input);
      }
      OrganisationTree tree = town.tree();
      KpiCatalog catalog = sicknessCatalog();
      Usage usage =
          options.usage().isPresent()
              ? Usage.load(options.usage().get(), catalog)
              : Usage.read("usage.yaml", resource("usage.yaml"), catalog);
      GuardPolicy guardPolicy =
          options.policy().isPresent()
              ? GuardPolicy.load(options.policy().get())
              : GuardPolicy.read("policy.yaml", resource("policy.yaml"));
      int minimum = guardPolicy.value(GuardPolicy.MINIMUM_GROUP_SIZE).asInt();

      Pseudonymiser pseudonymiser = Pseudonymiser.of(key(), PSEUDONYM_DOMAIN);
      Schema source = ((RatioKpi) catalog.find(KPIS.get(0)).orElseThrow()).source().schema();
      Ingest ingest = ingest(input, source, pseudonymiser);

      ResultDisclosure disclosure =
          ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(minimum).build());

      KpiEngine engine = KpiEngine.withCatalog(catalog);
      OrganisationBreakdown everyLevel = OrganisationBreakdown.everyLevel(UNIT_FIELD, tree);
      Map<String, DisclosedResult> disclosed = new LinkedHashMap<>();
      Map<String, KpiResult> results = new LinkedHashMap<>();
      Map<String, Map<String, ProcessBehaviourChart>> charts = new LinkedHashMap<>();
      for (String id : KPIS) {
        KpiDefinition kpi = catalog.find(id).orElseThrow();
        KpiResult raw = engine.compute(KpiRequest.of(kpi).organisation(everyLevel).build(), ingest.records());
        DisclosedResult shown = disclosure.protect(raw, everyLevel);
        disclosed.put(id, shown);
        results.put(id, shown.result());
        charts.put(id, charts(shown.result(), kpi.profile().direction()));
      }
      Map<Period, Set<OrgUnitId>> suppressed = new TreeMap<>();
      for (Suppression s : disclosed.get(KPIS.get(0)).suppressions()) {
        suppressed.computeIfAbsent(s.period(), p -> new HashSet<>())
            .add(OrgUnitId.of(s.series().value(UNIT_FIELD).orElseThrow()));
      }

      GuardReport guards = guards(catalog, usage, guardPolicy, tree, results, charts);
      write(town, disclosed, results, charts, guards, suppressed, minimum, ingest);
    }

    /** The sickness absence part of the starter catalog. */
    private KpiCatalog sicknessCatalog() {
      List<KpiDefinition> sickness = new ArrayList<>();
      for (KpiDefinition d : StarterCatalog.load().definitions()) {
        if (d.id().value().startsWith("sygefravaer.")) {
          sickness.add(d);
        }
      }
      return KpiCatalog.of(sickness);
    }

    private Path sibling(String suffix) {
      Path parent = outFolder.getParent() == null ? outFolder : outFolder.getParent();
      return parent.resolve(outFolder.getFileName() + suffix);
    }

    /**
     * The key from the environment, or a fresh demo key written next to the output (never into
     * it: the key must not travel with the pseudonymised data).
     */
    private PseudonymKey key() {
      String encoded = environment.get(KEY_VARIABLE);
      if (encoded != null && !encoded.isBlank()) {
        byte[] bytes;
        try {
          bytes = Base64.getDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
          throw new CockpitException(
              "the environment variable " + KEY_VARIABLE + " is not base64: make a key with"
                  + " 'openssl rand -base64 32'", e);
        }
        return PseudonymKey.fromBytes("env", bytes);
      }
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      Path keyFile = sibling("-demo-pseudonym.key");
      try {
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh) + "\n", StandardCharsets.US_ASCII);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the demo pseudonymisation key " + keyFile, e);
      }
      err.println(
          "WARNING: " + KEY_VARIABLE + " is not set, so the CPR numbers were pseudonymised with a fresh"
              + " random demo key, written to " + keyFile + ". Pseudonyms from different runs will not"
              + " match. In production, set " + KEY_VARIABLE + " from your secrets store.");
      return PseudonymKey.fromBase64File("demo", keyFile);
    }

    private record Ingest(List<Record> records, Map<Period, Map<OrgUnitId, Integer>> headcount) {}

    /**
     * Reads the export with the CSV connector, replaces each CPR number by its pseudonym, and keeps
     * the KPI source's fields plus the number of distinct employees per unit and month.
     */
    private Ingest ingest(Path input, Schema source, Pseudonymiser pseudonymiser) {
      Map<String, String> settings = new HashMap<>();
      settings.put("path", input.toAbsolutePath().toString());
      settings.put("schema", resource("payroll-absence-month.schema.json"));
      settings.put("on_error", "stop");
      List<Record> records = new ArrayList<>();
      Map<Period, Map<OrgUnitId, Set<String>>> employees = new TreeMap<>();
      try (Connector csv = Connectors.open("csv", settings)) {
        CheckResult check = csv.check();
        if (!check.ok()) {
          throw new CockpitException("cannot read the payroll export: " + check.message());
        }
        try (Stream<ReadEvent> events = csv.read(ReadRequest.all())) {
          int[] map = null;
          int cprIndex = -1;
          int monthIndex = -1;
          int unitIndex = -1;
          RecordBuilder builder = Record.builder(source);
          for (ReadEvent event : (Iterable<ReadEvent>) events::iterator) {
            if (event instanceof ReadEvent.Malformed) {
              ReadEvent.Malformed bad = (ReadEvent.Malformed) event;
              throw new CockpitException(
                  "cannot read the payroll export: " + bad.position() + ": " + bad.reason());
            }
            if (!(event instanceof ReadEvent.Read)) {
              continue;
            }
            Record row = ((ReadEvent.Read) event).record();
            if (map == null) {
              map = new int[source.size()];
              for (int i = 0; i < map.length; i++) {
                map[i] = row.schema().indexOf(source.field(i).name());
              }
              cprIndex = row.schema().indexOf("cpr");
              monthIndex = row.schema().indexOf("month");
              unitIndex = row.schema().indexOf(UNIT_FIELD);
            }
            Cpr cpr;
            try {
              cpr = Cpr.parse(row.getText(cprIndex));
            } catch (InvalidValueException e) {
              throw new CockpitException(
                  "cannot read the payroll export: record " + (records.size() + 1) + " of " + input
                      + ": " + e.getMessage(), e);
            }
            String pseudonym = pseudonymiser.pseudonymise(cpr);
            builder.clear();
            for (int i = 0; i < map.length; i++) {
              builder.set(i, row.value(map[i]).orElse(null));
            }
            records.add(builder.build());
            employees
                .computeIfAbsent(row.getPeriod(monthIndex), p -> new HashMap<>())
                .computeIfAbsent(OrgUnitId.of(row.getText(unitIndex)), u -> new HashSet<>())
                .add(pseudonym);
          }
        }
      }
      if (records.isEmpty()) {
        throw new CockpitException("the payroll export " + input + " has no rows");
      }
      Map<Period, Map<OrgUnitId, Integer>> headcount = new TreeMap<>();
      employees.forEach((period, units) -> {
        Map<OrgUnitId, Integer> counts = new TreeMap<>();
        units.forEach((unit, people) -> counts.put(unit, people.size()));
        headcount.put(period, counts);
      });
      return new Ingest(records, headcount);
    }

    /** A process behaviour chart (XmR, on the values as shown) for each series with enough data. */
    private Map<String, ProcessBehaviourChart> charts(KpiResult result, ImprovementDirection direction) {
      Map<String, ProcessBehaviourChart> charts = new LinkedHashMap<>();
      for (Series s : result.series()) {
        List<Observation> observations = new ArrayList<>();
        boolean adjacent = false;
        boolean previous = false;
        for (Point p : s.points()) {
          boolean present = p.value().isPresent();
          observations.add(
              present ? Observation.of(p.period(), p.value().value().getAsDouble()) : Observation.missing(p.period()));
          adjacent |= present && previous;
          previous = present;
        }
        if (adjacent) {
          charts.put(
              s.key().value(UNIT_FIELD).orElseThrow(),
              ProcessBehaviourChart.xmr(observations).direction(direction).fixLimitsAfter(12).build());
        }
      }
      return charts;
    }

    private GuardReport guards(
        KpiCatalog catalog,
        Usage usage,
        GuardPolicy policy,
        OrganisationTree tree,
        Map<String, KpiResult> results,
        Map<String, Map<String, ProcessBehaviourChart>> charts) {
      KpiResult first = results.values().iterator().next();
      Period last = first.periods().get(first.periods().size() - 1);
      GuardContext.Builder context =
          GuardContext.builder(catalog, usage).policy(policy).asOf(last.end().plusDays(10));
      String root = SyntheticMunicipality.ROOT.value();
      for (Map.Entry<String, KpiResult> e : results.entrySet()) {
        context.latestData(e.getKey(), last.end());
        ProcessBehaviourChart total = charts.get(e.getKey()).get(root);
        if (total != null) {
          context.chart(e.getKey(), total);
        }
        // The values of the units themselves (not the administrations' or the municipality's totals).
        List<Double> unitValues = new ArrayList<>();
        for (Series s : e.getValue().series()) {
          OrgUnitId unit = OrgUnitId.of(s.key().value(UNIT_FIELD).orElseThrow());
          if (tree.ancestorsOrSelf(unit, last.end()).size() == 3) {
            s.at(last).filter(KpiValue::isPresent).ifPresent(v -> unitValues.add(v.value().getAsDouble()));
          }
        }
        context.unitValues(e.getKey(), unitValues);
      }
      return Guards.builtIn().check(context.build());
    }

    /**
     * The cockpit page: for each KPI the municipality and its administrations, and for the main KPI
     * also the units with a lasting change for the worse, each with its chart; the guards' findings
     * beside the KPI they concern.
     */
    private CockpitPage cockpitPage(
        SyntheticMunicipality town,
        Map<String, DisclosedResult> results,
        Map<String, Map<String, ProcessBehaviourChart>> charts,
        GuardReport guards) {
      boolean da = options.language() == Language.DANISH;
      KpiResult first = results.values().iterator().next().result();
      Period last = first.periods().get(first.periods().size() - 1);
      CockpitPage.Builder page =
          CockpitPage.builder()
              .title(da ? "Sygefravær" : "Sickness absence")
              .organisation(town.names().get(SyntheticMunicipality.ROOT))
              .language(options.language())
              .generatedAt(last.end().plusDays(10))
              .link(da ? "Alle enheder" : "All units", "units.html")
              .guards(guards);
      boolean main = true;
      for (Map.Entry<String, DisclosedResult> e : results.entrySet()) {
        CockpitEntry.Builder entry = CockpitEntry.of(e.getValue()).findingsFrom(guards);
        Map<String, ProcessBehaviourChart> kpiCharts = charts.get(e.getKey());
        int signals = 0;
        for (Series s : e.getValue().result().series()) {
          String unit = s.key().value(UNIT_FIELD).orElseThrow();
          ProcessBehaviourChart chart = kpiCharts.get(unit);
          if (chart == null) {
            continue;
          }
          OrgUnitId id = OrgUnitId.of(unit);
          int depth = town.tree().ancestorsOrSelf(id, town.tree().history(id).get(0).validity().from()).size();
          boolean overview = depth <= 2;
          boolean signal = main && !overview && signals < MOST_SIGNAL_CHARTS && persistentConcern(chart);
          if (overview || signal) {
            entry.series(town.names().getOrDefault(id, unit), s.key(), chart);
            signals += signal ? 1 : 0;
          }
        }
        page.entry(entry.build());
        main = false;
      }
      return page.build();
    }

    private void write(
        SyntheticMunicipality town,
        Map<String, DisclosedResult> disclosed,
        Map<String, KpiResult> results,
        Map<String, Map<String, ProcessBehaviourChart>> charts,
        GuardReport guards,
        Map<Period, Set<OrgUnitId>> suppressed,
        int minimum,
        Ingest ingest) {
      try {
        Files.createDirectories(outFolder);
        for (Map.Entry<String, DisclosedResult> e : disclosed.entrySet()) {
          Files.writeString(outFolder.resolve(e.getKey() + ".json"), JsonWriter.write(e.getValue()), StandardCharsets.UTF_8);
          Files.write(outFolder.resolve(e.getKey() + ".csv"), DanishCsvWriter.toBytes(e.getValue()));
          Files.writeString(
              outFolder.resolve(e.getKey() + ".jsonstat.json"), JsonStatWriter.write(e.getValue()), StandardCharsets.UTF_8);
        }
        Files.writeString(outFolder.resolve("guards.da.txt"), guards.toText(Language.DANISH), StandardCharsets.UTF_8);
        Files.writeString(outFolder.resolve("guards.en.txt"), guards.toText(Language.ENGLISH), StandardCharsets.UTF_8);
        Files.writeString(outFolder.resolve("guards.json"), guards.toJson(), StandardCharsets.UTF_8);
        cockpitPage(town, disclosed, charts, guards).writeTo(outFolder.resolve("cockpit.html"));
        String table =
            UnitTableHtml.render(
                options.language(), town.names(), results, suppressed, minimum, ingest.records().size());
        Files.writeString(outFolder.resolve("units.html"), table, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the cockpit to " + outFolder, e);
      }
      out.println("Cockpit written to " + outFolder);
      out.println("  open " + outFolder.resolve("cockpit.html"));
    }
  }

  /**
   * Whether at least {@value #CONCERN_MONTHS} of the last {@value #RECENT_MONTHS} points are special
   * cause of concern: a lasting change, not one month's alarm (of 200 units, some will have one).
   */
  static boolean persistentConcern(ProcessBehaviourChart chart) {
    List<ChartPoint> points = chart.points();
    int concerns = 0;
    for (int i = Math.max(0, points.size() - RECENT_MONTHS); i < points.size(); i++) {
      if (points.get(i).variation().filter(v -> v == Variation.SPECIAL_CAUSE_CONCERN).isPresent()) {
        concerns++;
      }
    }
    return concerns >= CONCERN_MONTHS;
  }

  private static String resource(String name) {
    try (InputStream in = SickLeaveCockpit.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new CockpitException("the example's resource " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the example's resource " + name, e);
    }
  }
}
