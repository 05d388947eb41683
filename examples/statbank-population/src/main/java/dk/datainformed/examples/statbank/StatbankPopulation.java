package dk.datainformed.examples.statbank;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.area.Municipalities;
import dk.datainformed.core.area.Municipality;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.catalog.DefinitionFormat;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.SimpleKpi;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.report.CockpitEntry;
import dk.datainformed.report.CockpitPage;
import dk.datainformed.spc.ChangePoint;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.RuleSet;
import dk.datainformed.spc.SvgChart;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Population and its quarterly change per municipality from Statistics Denmark's FOLK1A, read
 * through the statbank connector and shown as process behaviour charts for one municipality and
 * its comparison group.
 *
 * <p>The main page, {@code index.html}, is a cockpit page ({@link CockpitPage}) for the KPI
 * {@code befolkning.aendring_pr_1000} (defined in {@code kpi.yaml} beside this class and computed by
 * the KPI engine), one chart per municipality.
 *
 * <p>Offline by default: the recorded answer bundled with the example is served from a local HTTP
 * server on 127.0.0.1, so the connector's real code path runs. {@code --live} asks api.statbank.dk.
 *
 * <pre>{@code
 * int exit = StatbankPopulation.run("--kommune", "159", "--out", "target/population");
 * }</pre>
 */
public final class StatbankPopulation {

  /** The comparison group used when none is given: Gladsaxe's neighbours in the recording. */
  public static final List<Integer> DEFAULT_GROUP = List.of(159, 151, 157, 163, 173);

  private static final String USAGE =
      "usage: StatbankPopulation [--kommune 159] [--compare 151,157,163,173] [--change-point 2023K3]"
          + " [--out folder] [--live]";

  private static final String KPI_FILE = "kpi.yaml";
  private static final String CHANGE_KPI = "befolkning.aendring_pr_1000";

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
   *     2023K3}: its limits are computed again from there), {@code --out <folder>} (default {@code
   *     statbank-population}), {@code --live}
   * @return 0 on success, 2 for bad input, 1 when reading Statistics Denmark failed
   */
  public static int run(String... args) {
    return run(args, System.out, System.err);
  }

  /**
   * Runs the example.
   *
   * @param args the arguments, see {@link #run(String...)}
   * @param out where progress goes
   * @param err where errors go: one line, no stack trace
   * @return 0 on success, 2 for bad input, 1 when reading Statistics Denmark failed
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("statbank-population: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      Map<Integer, Map<Period, Double>> population = options.live
          ? read("https://api.statbank.dk/v1/", options, err)
          : readRecorded(options, err);
      List<Integer> missing = new ArrayList<>();
      for (int code : options.all()) {
        if (population.getOrDefault(code, Map.of()).size() < 3) {
          missing.add(code);
        }
      }
      if (!missing.isEmpty()) {
        err.println("statbank-population: no population series of at least 3 quarters for kommunekode " + missing
            + (options.live ? "" : " in the recorded answer, which has " + recordedCodes()
                + "; run with --live to ask Statistics Denmark"));
        return 2;
      }
      write(options, population);
      out.println("statbank-population: wrote " + options.out.resolve("index.html"));
      return 0;
    } catch (DatainformedException | UncheckedIOException e) {
      err.println("statbank-population: " + e.getMessage());
      return 1;
    }
  }

  private static Map<Integer, Map<Period, Double>> readRecorded(Options options, PrintStream err) {
    try (RecordedStatbank server = RecordedStatbank.start()) {
      return read(server.baseUrl(), options, err);
    }
  }

  /** The kommunekoder in the recorded answer, in the order they appear. */
  static Set<Integer> recordedCodes() {
    Set<Integer> codes = new LinkedHashSet<>();
    for (String line : RecordedStatbank.recordedBulk().split("\r?\n")) {
      String first = line.split(";", 2)[0];
      if (!first.isEmpty() && Character.isDigit(first.charAt(0))) {
        codes.add(Integer.parseInt(first));
      }
    }
    return codes;
  }

  private static Map<Integer, Map<Period, Double>> read(
      String baseUrl, Options options, PrintStream err) {
    StringBuilder areas = new StringBuilder();
    for (int code : options.all()) {
      areas.append(areas.length() == 0 ? "" : ",").append(Municipalities.byCode(code).dstCode());
    }
    Map<String, String> settings = Map.of(
        "base_url", baseUrl,
        "table", "FOLK1A",
        "variables", "OMRÅDE=" + areas + ";KØN=TOT;ALDER=IALT;CIVILSTAND=TOT;Tid=*");
    Map<Integer, Map<Period, Double>> population = new TreeMap<>();
    try (Connector dst = Connectors.open("statbank", settings);
        Stream<ReadEvent> events = dst.read(ReadRequest.all().from(ConnectorState.empty()))) {
      events.forEach(event -> {
        if (event instanceof ReadEvent.Read) {
          Record r = ((ReadEvent.Read) event).record();
          int area = r.schema().indexOf("område");
          int value = r.schema().indexOf("indhold");
          if (!r.isNull(value) && Character.isDigit(r.getText(area).charAt(0))) {
            population.computeIfAbsent(Integer.parseInt(r.getText(area)), k -> new TreeMap<>())
                .put(r.getPeriod(r.schema().indexOf("tid")), r.getDouble(value));
          }
        } else if (event instanceof ReadEvent.Malformed) {
          err.println("statbank-population: skipped a row: " + event);
        }
      });
    }
    return population;
  }

  /**
   * The quarterly change per 1,000 inhabitants: (population − previous) ÷ previous × 1000, from the
   * second quarter on; a quarter after a missing one is missing.
   *
   * @param population the population per quarter, in order
   * @return one observation per quarter but the first
   */
  static List<Observation> changePerThousand(Map<Period, Double> population) {
    List<Observation> observations = new ArrayList<>();
    Period first = population.keySet().iterator().next();
    Period last = first;
    for (Period p : population.keySet()) {
      last = p;
    }
    for (Period p = first.next(); p.compareTo(last) <= 0; p = p.next()) {
      Double now = population.get(p);
      Double before = population.get(p.previous());
      observations.add(now == null || before == null
          ? Observation.missing(p)
          : Observation.of(p, (now - before) / before * 1000.0));
    }
    return observations;
  }

  private static void write(Options options, Map<Integer, Map<Period, Double>> population) {
    try {
      Files.createDirectories(options.out);
      KpiCatalog catalog = KpiCatalog.of(DefinitionFormat.YAML.read(
          KPI_FILE, new String(RecordedStatbank.resource(KPI_FILE), StandardCharsets.UTF_8)));
      SimpleKpi kpi = (SimpleKpi) catalog.find(CHANGE_KPI).orElseThrow();
      KpiResult computed = KpiEngine.withCatalog(catalog)
          .compute(KpiRequest.of(kpi).by("kommune").build(), records(kpi, options.all(), population));
      // Statistics Denmark's published totals of whole municipalities, one record per municipality and
      // quarter: nothing below a person to protect, so a minimum of 1 publishes them as before.
      DisclosedResult shown =
          ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(1).build()).protect(computed);
      KpiResult result = shown.result();
      StringBuilder csv = new StringBuilder(
          "kommunekode;kommune;kvartal;befolkning;aendring_pr_1000;centerlinje;nedre_graense;oevre_graense;variation\n");
      Municipality chosen = Municipalities.byCode(options.kommune);
      ProcessBehaviourChart level = ProcessBehaviourChart
          .run(levels(population.get(options.kommune)))
          .direction(ImprovementDirection.NEUTRAL).build();
      String levelFile = options.kommune + "-befolkning.svg";
      Files.writeString(options.out.resolve(levelFile), SvgChart.of(level)
          .title(chosen.danishName() + ": befolkningen den 1. i kvartalet").language(Language.DANISH)
          .render(), StandardCharsets.UTF_8);
      CockpitEntry.Builder entry = CockpitEntry.of(shown);
      Period last = null;
      for (int code : options.all()) {
        Municipality m = Municipalities.byCode(code);
        Series series = result.series(SeriesKey.of("kommune", String.valueOf(code))).orElseThrow();
        ProcessBehaviourChart.Builder builder = ProcessBehaviourChart
            .xmr(series.toObservations())
            .direction(ImprovementDirection.NEUTRAL)
            .rules(RuleSet.makingDataCount());
        if (code == options.kommune && options.changePoint != null) {
          builder.changePoint(ChangePoint.rebase(options.changePoint, "kendt ændring (--change-point)"));
        }
        ProcessBehaviourChart change = builder.build();
        String file = code + "-aendring.svg";
        Files.writeString(options.out.resolve(file), SvgChart.of(change)
            .title(m.danishName() + ": ændring pr. 1.000 indbyggere pr. kvartal")
            .language(Language.DANISH).render(), StandardCharsets.UTF_8);
        entry.series(code == options.kommune ? m.danishName() : m.danishName() + " (sammenligningsgruppe)",
            series.key(), change);
        ChartPoint latest = change.latest().orElseThrow();
        last = last == null || latest.period().compareTo(last) > 0 ? latest.period() : last;
        Map<Period, Double> pop = population.get(code);
        csv.append(m.dstCode()).append(';').append(m.danishName()).append(';')
            .append(latest.period().format()).append(';')
            .append(String.format(Locale.ROOT, "%.0f", pop.get(latest.period()))).append(';')
            .append(number(latest.value().orElse(Double.NaN))).append(';')
            .append(number(latest.limits().centre())).append(';')
            .append(number(latest.limits().lower().orElse(Double.NaN))).append(';')
            .append(number(latest.limits().upper().orElse(Double.NaN))).append(';')
            .append(latest.variation().map(Enum::name).orElse("")).append('\n');
      }
      Files.writeString(options.out.resolve("summary.csv"), csv.toString(), StandardCharsets.UTF_8);
      CockpitPage.builder()
          .title("Befolkningsudvikling: " + chosen.danishName())
          .organisation(options.live
              ? "Kilde: Danmarks Statistik, Statistikbanken tabel FOLK1A, CC BY 4.0"
              : "Et indspillet svar i Statistikbankens format (FOLK1A) med syntetiske tal, ikke Danmarks"
                  + " Statistiks; kør med --live for de rigtige")
          // No clock inside: the page is dated the day after the latest quarter it shows.
          .generatedAt(last.end().plusDays(1))
          .link("Befolkningen i " + chosen.danishName() + " (løbediagram)", levelFile)
          .link("Seneste kvartal for alle kommunerne (CSV)", "summary.csv")
          .entry(entry.build())
          .build()
          .writeTo(options.out.resolve("index.html"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write to " + options.out + ": " + e.getMessage(), e);
    }
  }

  /** The change per 1,000 as rows of the KPI's source, one per municipality and quarter with a value. */
  private static List<Record> records(
      SimpleKpi kpi, List<Integer> codes, Map<Integer, Map<Period, Double>> population) {
    Schema schema = kpi.source().schema();
    List<Record> records = new ArrayList<>();
    for (int code : codes) {
      for (Observation o : changePerThousand(population.get(code))) {
        if (o.value().isPresent()) {
          records.add(Record.of(schema, o.period(), String.valueOf(code), o.value().getAsDouble()));
        }
      }
    }
    return records;
  }

  private static List<Observation> levels(Map<Period, Double> population) {
    List<Observation> observations = new ArrayList<>();
    population.forEach((p, v) -> observations.add(Observation.of(p, v)));
    return observations;
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** The parsed command line. */
  private static final class Options {
    int kommune = 159;
    List<Integer> compare = new ArrayList<>();
    Path out = Path.of("statbank-population");
    Period changePoint;
    boolean live;

    List<Integer> all() {
      Set<Integer> all = new LinkedHashSet<>();
      all.add(kommune);
      all.addAll(compare);
      return List.copyOf(all);
    }

    static Options parse(String[] args) {
      Options o = new Options();
      boolean compareGiven = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--live":
            o.live = true;
            break;
          case "--kommune":
            o.kommune = municipality(value(args, ++i, a));
            break;
          case "--compare":
            compareGiven = true;
            o.compare.clear();
            for (String part : value(args, ++i, a).split(",")) {
              o.compare.add(municipality(part.strip()));
            }
            break;
          case "--change-point":
            String quarter = value(args, ++i, a);
            o.changePoint = Period.tryParse(quarter).toOptional()
                .filter(p -> p instanceof Period.Quarter)
                .orElseThrow(() -> new IllegalArgumentException(
                    "--change-point '" + quarter + "' is not a quarter like 2023K3"));
            break;
          case "--out":
            o.out = Path.of(value(args, ++i, a));
            break;
          default:
            throw new IllegalArgumentException("unknown argument '" + a + "'");
        }
      }
      if (!compareGiven) {
        for (int code : DEFAULT_GROUP) {
          if (code != o.kommune) {
            o.compare.add(code);
          }
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int municipality(String text) {
      ParseResult<Municipality> m = Municipalities.tryByCode(text);
      return m.toOptional().orElseThrow(() -> new IllegalArgumentException(
          "'" + text + "' is not a kommunekode (three digits, e.g. 159 for Gladsaxe)")).code();
    }
  }
}
