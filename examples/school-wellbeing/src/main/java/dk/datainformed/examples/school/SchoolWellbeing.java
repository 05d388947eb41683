package dk.datainformed.examples.school;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.catalog.DefinitionFormat;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.engine.KpiEngine;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.guard.GuardContext;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.GuardResult;
import dk.datainformed.kpi.guard.Guards;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.pipeline.ResultDisclosure;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.report.CockpitEntry;
import dk.datainformed.report.CockpitPage;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.RuleSet;
import dk.datainformed.spc.SvgChart;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Class size beside well-being (trivsel) per school: what the learning-versus-control guards say
 * about a league table with targets, and the learning alternative, each school's own process
 * behaviour charts beside the group of schools.
 *
 * <p>The main page, {@code index.html}, is the learning alternative as a cockpit page
 * ({@link CockpitPage}); it links the naive league table and what the guards say about it,
 * {@code rangliste.html}, beside it.
 *
 * <pre>{@code
 * int exit = SchoolWellbeing.run("--out", "target/school-wellbeing");
 * }</pre>
 */
public final class SchoolWellbeing {

  /** The header a data file must have. */
  public static final String HEADER = "skole;aar;elever;klasser;trivsel";

  private static final String USAGE = "usage: SchoolWellbeing [--data file.csv] [--out folder]";
  private static final String TRIVSEL = "skole.trivsel";
  private static final String KLASSEKVOTIENT = "skole.klassekvotient";

  /**
   * Each record is a school's yearly aggregate (pupils, classes, mean wellbeing), not a person, so
   * the threshold counts schools: a minimum of 1 publishes every school, as before.
   */
  private static final ResultDisclosure DISCLOSURE =
      ResultDisclosure.with(DisclosurePolicy.builder().minimumCount(1).build());

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
   * @param args {@code --data <file>} (default: the synthetic data bundled with the example, in the
   *     form {@value #HEADER}), {@code --out <folder>} (default {@code school-wellbeing})
   * @return 0 on success, 2 for bad input, 1 for any other failure
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
   * @return 0 on success, 2 for bad input, 1 for any other failure
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path data = null;
    Path folder = Path.of("school-wellbeing");
    Map<String, Map<Integer, Row>> schools;
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--data") && i + 1 < args.length) {
          data = Path.of(args[++i]);
        } else if (args[i].equals("--out") && i + 1 < args.length) {
          folder = Path.of(args[++i]);
        } else {
          throw new IllegalArgumentException("unknown argument or missing value: '" + args[i] + "'");
        }
      }
      String text = data == null ? resource("trivsel.csv") : Files.readString(data, StandardCharsets.UTF_8);
      schools = parse(data == null ? "trivsel.csv" : data.toString(), text);
    } catch (IllegalArgumentException e) {
      err.println("school-wellbeing: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (NoSuchFileException e) {
      err.println("school-wellbeing: the data file " + e.getFile() + " does not exist");
      return 2;
    } catch (IOException e) {
      err.println("school-wellbeing: could not read " + data + ": " + e.getMessage());
      return 2;
    }
    try {
      new Report(schools, folder).write();
      out.println("school-wellbeing: wrote " + folder.resolve("index.html"));
      return 0;
    } catch (DatainformedException | UncheckedIOException e) {
      err.println("school-wellbeing: " + e.getMessage());
      return 1;
    }
  }

  /** One school year: pupils, classes and the mean well-being score. */
  record Row(int pupils, int classes, double trivsel) {
    double classSize() {
      return (double) pupils / classes;
    }
  }

  /**
   * Reads the data: a header {@value #HEADER}, one row per school and year, {@code #} comments.
   *
   * @throws IllegalArgumentException naming the line and the rule broken
   */
  static Map<String, Map<Integer, Row>> parse(String source, String text) {
    Map<String, Map<Integer, Row>> schools = new TreeMap<>();
    String[] lines = text.split("\r?\n");
    boolean header = false;
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ", line " + n + ": ";
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException(where + "the header must be '" + HEADER + "', not '" + line + "'");
        }
        header = true;
        continue;
      }
      String[] c = line.split(";", -1);
      if (c.length != 5 || c[0].isBlank()) {
        throw new IllegalArgumentException(where + "a row has 5 fields (" + HEADER + "), this has " + c.length);
      }
      try {
        int year = Integer.parseInt(c[1].strip());
        int pupils = Integer.parseInt(c[2].strip());
        int classes = Integer.parseInt(c[3].strip());
        double trivsel = Double.parseDouble(c[4].strip().replace(',', '.'));
        if (classes <= 0 || pupils < 0) {
          throw new IllegalArgumentException(where + "pupils (" + pupils + ") must not be negative and classes ("
              + classes + ") must be positive");
        }
        if (!(trivsel >= 1 && trivsel <= 5)) {
          throw new IllegalArgumentException(where + "trivsel (" + c[4] + ") must be a score from 1 to 5");
        }
        if (schools.computeIfAbsent(c[0].strip(), k -> new TreeMap<>()).put(year, new Row(pupils, classes, trivsel)) != null) {
          throw new IllegalArgumentException(where + c[0] + " " + year + " appears twice");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + "aar, elever and klasser must be whole numbers and trivsel a"
            + " number, in '" + line + "'", e);
      }
    }
    if (schools.isEmpty()) {
      throw new IllegalArgumentException(source + ": no rows");
    }
    schools.forEach((school, rows) -> {
      if (rows.keySet().stream().noneMatch(year -> rows.containsKey(year + 1))) {
        throw new IllegalArgumentException(source + ": " + school + " has data for " + rows.keySet()
            + "; a chart needs at least two consecutive years per school");
      }
    });
    return schools;
  }

  static String resource(String name) {
    try (InputStream in = SchoolWellbeing.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds the charts and guard reports and writes them. */
  private static final class Report {
    private final Map<String, Map<Integer, Row>> schools;
    private final Path folder;
    private final KpiCatalog catalog =
        KpiCatalog.of(DefinitionFormat.YAML.read("catalog.yaml", resource("catalog.yaml")));
    private final KpiEngine engine = KpiEngine.withCatalog(catalog);
    private final List<Record> records;
    private final int lastYear;
    private final StringBuilder html = new StringBuilder();

    Report(Map<String, Map<Integer, Row>> schools, Path folder) {
      this.schools = schools;
      this.folder = folder;
      this.records = records();
      this.lastYear = schools.values().stream().mapToInt(m -> ((TreeMap<Integer, Row>) m).lastKey()).max().orElseThrow();
    }

    void write() {
      try {
        Files.createDirectories(folder);
        // The group: the mean over the schools, per year.
        ProcessBehaviourChart groupTrivsel =
            chart(total(TRIVSEL).toObservations(), ImprovementDirection.HIGHER_IS_BETTER);
        ProcessBehaviourChart groupSize =
            chart(total(KLASSEKVOTIENT).toObservations(), ImprovementDirection.NEUTRAL);
        GuardReport naive = guards("usage-league-table.yaml", groupTrivsel, groupSize);
        GuardReport learning = guards("usage-learning.yaml", groupTrivsel, groupSize);
        save("guards-league-table.en.txt", naive.toText(Language.ENGLISH));
        save("guards-league-table.da.txt", naive.toText(Language.DANISH));
        save("guards-league-table.json", naive.toJson());
        save("guards-learning.en.txt", learning.toText(Language.ENGLISH));
        save("guards-learning.json", learning.toJson());

        html.append("<h1>Trivsel og klassestørrelse pr. skole</h1>\n<p>Syntetiske data: ")
            .append(schools.size()).append(" skoler, ").append(years()).append(".</p>\n");
        leagueTable(naive);
        learning(groupTrivsel, groupSize, learning);
        cockpit(groupTrivsel, groupSize, learning).writeTo(folder.resolve("index.html"));
        html.append("<p><a href=\"index.html\">Tilbage til forsiden</a></p>\n");
        save("rangliste.html", "<!DOCTYPE html>\n<html lang=\"da\">\n<head><meta charset=\"utf-8\">"
            + "<title>Trivsel og klassestørrelse</title>\n<style>body{font-family:sans-serif;max-width:70em;"
            + "margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:0.2em 0.5em}"
            + "img{max-width:49%}.warn{color:#8a4b00}.block{color:#a00}</style></head>\n<body>\n"
            + html + "</body>\n</html>\n");
      } catch (IOException e) {
        throw new UncheckedIOException("could not write to " + folder + ": " + e.getMessage(), e);
      }
    }

    /**
     * The main page: each KPI for the group of schools and for each school, with the learning
     * usage's guard report, and links to the naive league table and the data beside it.
     */
    private CockpitPage cockpit(ProcessBehaviourChart groupTrivsel, ProcessBehaviourChart groupSize,
        GuardReport learning) {
      CockpitPage.Builder page = CockpitPage.builder()
          .title("Trivsel og klassestørrelse pr. skole")
          .organisation("Syntetiske data: " + schools.size() + " skoler, " + years())
          .generatedAt(LocalDate.of(lastYear + 1, 1, 31))
          .link("Den naive rangliste – og hvad vagterne siger om den", "rangliste.html")
          .link("Oversigt pr. skole (CSV)", "summary.csv")
          .link("Vagternes rapport (English)", "guards-learning.en.txt")
          .guards(learning);
      for (String kpi : List.of(TRIVSEL, KLASSEKVOTIENT)) {
        ImprovementDirection direction =
            kpi.equals(TRIVSEL) ? ImprovementDirection.HIGHER_IS_BETTER : ImprovementDirection.NEUTRAL;
        DisclosedResult bySchool = DISCLOSURE.protect(perSchool(kpi));
        CockpitEntry.Builder entry = CockpitEntry.of(bySchool)
            .series("Alle skoler", DISCLOSURE.protect(totalResult(kpi)), SeriesKey.total(),
                kpi.equals(TRIVSEL) ? groupTrivsel : groupSize);
        for (String school : schools.keySet()) {
          Series series = bySchool.result().series(SeriesKey.of("skole", school)).orElseThrow();
          entry.series(school, SeriesKey.of("skole", school), chart(series.toObservations(), direction));
        }
        page.entry(entry.build());
      }
      return page.build();
    }

    private String years() {
      int first = schools.values().stream().mapToInt(m -> ((TreeMap<Integer, Row>) m).firstKey()).min().orElseThrow();
      return first + "–" + lastYear;
    }

    /** The rows as records of the KPIs' source, {@code skole.trivsel_aar}. */
    private List<Record> records() {
      Schema schema = Schema.of(
          Field.required("aar", FieldType.PERIOD),
          Field.required("skole", FieldType.CATEGORY),
          Field.required("elever", FieldType.INTEGER),
          Field.required("klasser", FieldType.INTEGER),
          Field.required("trivsel", FieldType.DECIMAL));
      List<Record> records = new ArrayList<>();
      schools.forEach((school, rows) -> rows.forEach((year, r) -> records.add(Record.of(schema,
          Period.year(year), school, (long) r.pupils(), (long) r.classes(), r.trivsel()))));
      return records;
    }

    /** The KPI computed by the engine, one series per school. */
    private KpiResult perSchool(String kpi) {
      return engine.compute(KpiRequest.of(catalog.find(kpi).orElseThrow()).by("skole").build(), records);
    }

    /** The KPI computed by the engine for all schools together. */
    private Series total(String kpi) {
      return totalResult(kpi).series(SeriesKey.total()).orElseThrow();
    }

    private KpiResult totalResult(String kpi) {
      return engine.compute(KpiRequest.of(catalog.find(kpi).orElseThrow()).build(), records);
    }

    private static ProcessBehaviourChart chart(List<Observation> observations, ImprovementDirection direction) {
      return ProcessBehaviourChart.xmr(observations).direction(direction).rules(RuleSet.makingDataCount()).build();
    }

    private GuardReport guards(String usageFile, ProcessBehaviourChart trivsel, ProcessBehaviourChart size) {
      Usage usage = Usage.read(usageFile, resource(usageFile), catalog);
      List<Double> latest = new ArrayList<>();
      schools.values().forEach(m -> {
        Row r = m.get(lastYear);
        if (r != null) {
          latest.add(r.trivsel());
        }
      });
      GuardContext context = GuardContext.builder(catalog, usage)
          .asOf(LocalDate.of(lastYear + 1, 1, 31))
          .chart(TRIVSEL, trivsel)
          .chart(KLASSEKVOTIENT, size)
          .latestData(TRIVSEL, LocalDate.of(lastYear, 12, 31))
          .latestData(KLASSEKVOTIENT, LocalDate.of(lastYear, 12, 31))
          .unitValues(TRIVSEL, latest)
          .build();
      return Guards.builtIn().check(context);
    }

    private void leagueTable(GuardReport naive) throws IOException {
      List<Map.Entry<String, Row>> ranked = new ArrayList<>();
      schools.forEach((school, rows) -> {
        if (rows.containsKey(lastYear)) {
          ranked.add(Map.entry(school, rows.get(lastYear)));
        }
      });
      ranked.sort(Comparator.comparingDouble((Map.Entry<String, Row> e) -> -e.getValue().trivsel())
          .thenComparing(Map.Entry::getKey));
      StringBuilder csv = new StringBuilder("plads;skole;trivsel;klassekvotient;maal_trivsel_4_0\n");
      html.append("<h2>1. Den naive rangliste, ").append(lastYear).append("</h2>\n<p>Skolerne sorteret efter"
          + " trivsel med et mål på 4,0 og rød/grøn, sådan som <code>usage-league-table.yaml</code> beskriver"
          + " den. Sådan skal det ikke gøres:</p>\n<table><tr><th>Plads</th><th>Skole</th><th>Trivsel</th>"
          + "<th>Klassekvotient</th><th>Mål 4,0</th></tr>\n");
      for (int i = 0; i < ranked.size(); i++) {
        Row r = ranked.get(i).getValue();
        String met = r.trivsel() >= 4.0 ? "nået" : "ikke nået";
        csv.append(i + 1).append(';').append(ranked.get(i).getKey()).append(';').append(num(r.trivsel()))
            .append(';').append(num(r.classSize())).append(';').append(met).append('\n');
        html.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(ranked.get(i).getKey()))
            .append("</td><td>").append(num(r.trivsel())).append("</td><td>").append(num(r.classSize()))
            .append("</td><td>").append(met).append("</td></tr>\n");
      }
      html.append("</table>\n<h3>Hvad vagterne siger om ranglisten</h3>\n<ul>\n");
      for (GuardFinding f : naive.findings()) {
        html.append("<li class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><b>")
            .append(f.severity()).append(" [").append(esc(f.guardId())).append("]</b> ")
            .append(esc(f.subject().text())).append(": ").append(esc(f.message().da()))
            .append("<br><i>Læringsalternativ:</i> ").append(esc(f.alternative().da())).append("</li>\n");
      }
      html.append("</ul>\n<p>Hele rapporten: <a href=\"guards-league-table.da.txt\">dansk</a>,"
          + " <a href=\"guards-league-table.en.txt\">English</a>, <a href=\"guards-league-table.json\">JSON</a>.</p>\n");
      save("league-table.csv", csv.toString());
    }

    private void learning(ProcessBehaviourChart groupTrivsel, ProcessBehaviourChart groupSize,
        GuardReport learning) throws IOException {
      html.append("<h2>2. Læringsalternativet: hver skoles egne SPC-diagrammer</h2>\n<p>Hver skole bedømmes"
          + " mod sin egen variation (XmR); gruppen er gennemsnittet af alle skolerne. Tal om de skoler, der"
          + " viser et særligt signal, ikke om pladsen i en liste.</p>\n");
      svgPair("gruppen", "Alle skoler", groupTrivsel, groupSize);
      StringBuilder csv = new StringBuilder("skole;aar;trivsel;centerlinje;nedre_graense;oevre_graense;"
          + "variation;klassekvotient;klassekvotient_centerlinje;klassekvotient_variation;gruppe_trivsel\n");
      double group = groupTrivsel.latest().orElseThrow().value().orElse(Double.NaN);
      int n = 0;
      KpiResult trivselBySchool = perSchool(TRIVSEL);
      KpiResult sizeBySchool = perSchool(KLASSEKVOTIENT);
      for (Map.Entry<String, Map<Integer, Row>> e : schools.entrySet()) {
        SeriesKey key = SeriesKey.of("skole", e.getKey());
        ProcessBehaviourChart trivsel = chart(trivselBySchool.series(key).orElseThrow().toObservations(),
            ImprovementDirection.HIGHER_IS_BETTER);
        ProcessBehaviourChart size = chart(sizeBySchool.series(key).orElseThrow().toObservations(),
            ImprovementDirection.NEUTRAL);
        svgPair("skole-" + (++n), e.getKey(), trivsel, size);
        ChartPoint t = trivsel.latest().orElseThrow();
        ChartPoint k = size.latest().orElseThrow();
        csv.append(e.getKey()).append(';').append(t.period().format()).append(';')
            .append(num(t.value().orElse(Double.NaN))).append(';').append(num(t.limits().centre())).append(';')
            .append(num(t.limits().lower().orElse(Double.NaN))).append(';')
            .append(num(t.limits().upper().orElse(Double.NaN))).append(';')
            .append(t.variation().map(Enum::name).orElse("")).append(';')
            .append(num(k.value().orElse(Double.NaN))).append(';').append(num(k.limits().centre())).append(';')
            .append(k.variation().map(Enum::name).orElse("")).append(';').append(num(group)).append('\n');
        for (var f : trivsel.findings()) {
          html.append("<p>").append(esc(e.getKey())).append(", trivsel: ").append(esc(f.describe(Language.DANISH)))
              .append("</p>\n");
        }
      }
      save("summary.csv", csv.toString());
      html.append("<h3>Vagterne om læringsalternativet</h3>\n<ul>\n");
      for (GuardResult r : learning.results()) {
        html.append("<li>").append(esc(r.name().da())).append(": ").append(r.verdict()).append(" (")
            .append(r.findings().size()).append(" fund)</li>\n");
      }
      html.append("</ul>\n<p>Hele rapporten: <a href=\"guards-learning.en.txt\">English</a>,"
          + " <a href=\"guards-learning.json\">JSON</a>.</p>\n");
    }

    private void svgPair(String file, String name, ProcessBehaviourChart trivsel, ProcessBehaviourChart size)
        throws IOException {
      save(file + "-trivsel.svg", SvgChart.of(trivsel).title(name + ": social trivsel").language(Language.DANISH).render());
      save(file + "-klassekvotient.svg",
          SvgChart.of(size).title(name + ": klassekvotient").language(Language.DANISH).render());
      html.append("<h3>").append(esc(name)).append("</h3>\n<img src=\"").append(file).append("-trivsel.svg\" alt=\"")
          .append(esc(name)).append(", trivsel\"> <img src=\"").append(file).append("-klassekvotient.svg\" alt=\"")
          .append(esc(name)).append(", klassekvotient\">\n");
    }

    private void save(String name, String text) throws IOException {
      Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String num(double value) {
      return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String esc(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
  }
}
