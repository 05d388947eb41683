package dk.datainformed.examples.school;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.text.Language;
import dk.datainformed.core.text.XmlText;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.GuardResult;
import dk.datainformed.pipeline.PipelineException;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import dk.datainformed.pipeline.PublishedKpi;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.Finding;
import dk.datainformed.spc.FunnelPlot;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.spc.SvgFunnel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The example's own output, {@code rangliste}: the naive league table as it would be published
 * ({@code league-table.csv}), and {@code rangliste.html} with that table, what the guards say about
 * it, and the learning alternative beside it; and {@code summary.csv}, each school's latest year
 * against its own chart. It shows how a municipality adds a page of its own to the pipeline:
 * implement {@link PublicationWriter} and list the class in {@code
 * META-INF/services/dk.datainformed.pipeline.PublicationWriter}. A school's name is written through
 * {@link CprDetector#mask(CharSequence)}, as every writer of one's own must write its labels: the
 * pipeline fails a run whose files hold a CPR number.
 *
 * <p>Settings: {@code use}, the pipeline's other use that is the league table ({@code
 * guards.otherUses}); {@code target}, the league table's target for well-being (default 4.0).
 */
public final class LeagueTablePage implements PublicationWriter {
  private static final String TRIVSEL = "skole.trivsel";
  private static final String KLASSEKVOTIENT = "skole.klassekvotient";

  /** Creates the writer (for {@link java.util.ServiceLoader}). */
  public LeagueTablePage() {}

  @Override
  public String format() {
    return "rangliste";
  }

  @Override
  public Set<String> settings() {
    return Set.of("use", "target");
  }

  @Override
  public void write(Publication publication, Map<String, String> settings, Path folder) throws IOException {
    String use = settings.getOrDefault("use", "league-table");
    GuardReport naive = publication.otherGuards(use);
    double target;
    try {
      target = Double.parseDouble(settings.getOrDefault("target", "4.0"));
    } catch (NumberFormatException e) {
      throw new PipelineException("The rangliste output's target must be a number such as 4.0, not '"
          + settings.get("target") + "'", e);
    }
    PublishedKpi trivsel = kpi(publication, TRIVSEL);
    PublishedKpi size = kpi(publication, KLASSEKVOTIENT);
    KpiResult result = trivsel.disclosed().result();
    String field = result.dimensions().get(0);
    String root = publication.organisation().orElseThrow(() -> new PipelineException(
        "The rangliste output needs the schools as an organisation: organisation: {field: skole, root: ...}"))
        .asOf(publication.asOf()).roots().get(0).value();
    Period last = result.periods().get(result.periods().size() - 1);
    List<String> schools = new ArrayList<>();
    result.series().forEach(s -> s.key().value(field).filter(v -> !v.equals(root)).ifPresent(schools::add));
    List<String> ranked = new ArrayList<>();
    for (String school : schools) {
      if (value(trivsel, field, school, last).isPresent()) {
        ranked.add(school);
      }
    }
    ranked.sort(Comparator.comparingDouble((String s) -> -value(trivsel, field, s, last).orElseThrow())
        .thenComparing(Comparator.naturalOrder()));

    StringBuilder csv = new StringBuilder("plads;skole;trivsel;klassekvotient;maal_trivsel_" + num(target, 1).replace('.', '_') + "\n");
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\">\n<head><meta charset=\"utf-8\">"
        + "<title>Den naive rangliste</title>\n<style>body{font-family:sans-serif;max-width:70em;margin:auto}"
        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:0.2em 0.5em}.warn{color:#8a4b00}"
        + ".block{color:#a00}</style></head>\n<body>\n<h1>" + XmlText.escape(publication.title().da())
        + "</h1>\n<p>Syntetiske data: " + schools.size() + " skoler.</p>\n<h2>1. Den naive rangliste, "
        + last.format() + "</h2>\n<p>Skolerne sorteret efter trivsel med et mål på " + num(target, 1)
        + " og rød/grøn, sådan som brugen '" + XmlText.escape(use) + "' beskriver den. Sådan skal det ikke"
        + " gøres:</p>\n<table><tr><th>Plads</th><th>Skole</th><th>Trivsel</th><th>Klassekvotient</th><th>Mål "
        + num(target, 1) + "</th></tr>\n");
    for (int i = 0; i < ranked.size(); i++) {
      String school = ranked.get(i);
      double t = value(trivsel, field, school, last).orElseThrow();
      String k = value(size, field, school, last).map(v -> num(v, 4)).orElse("");
      String met = t >= target ? "nået" : "ikke nået";
      csv.append(i + 1).append(';').append(CprDetector.mask(school)).append(';').append(num(t, 4)).append(';').append(k)
          .append(';').append(met).append('\n');
      html.append("<tr><td>").append(i + 1).append("</td><td>").append(XmlText.escape(CprDetector.mask(school))).append("</td><td>")
          .append(num(t, 4)).append("</td><td>").append(k).append("</td><td>").append(met).append("</td></tr>\n");
    }
    html.append("</table>\n<h3>Hvad vagterne siger om ranglisten</h3>\n<ul>\n");
    for (GuardFinding f : naive.findings()) {
      html.append("<li class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\"><b>")
          .append(f.severity()).append(" [").append(XmlText.escape(f.guardId())).append("]</b> ")
          .append(XmlText.escape(CprDetector.mask(String.valueOf(f.subject())))).append(": ").append(XmlText.escape(f.message().da()))
          .append("<br><i>Læringsalternativ:</i> ").append(XmlText.escape(f.alternative().da())).append("</li>\n");
    }
    html.append("</ul>\n<p>Hele rapporten: <a href=\"guards-").append(use).append(".da.txt\">dansk</a>, <a href=\"guards-")
        .append(use).append(".en.txt\">English</a>, <a href=\"guards-").append(use).append(".json\">JSON</a>.</p>\n")
        .append(funnel(trivsel, size, field, ranked, last))
        .append("<h2>3. Læringsalternativet: hver skoles egne SPC-diagrammer</h2>\n<p>Hver skole bedømmes mod sin"
            + " egen variation (XmR) ved siden af alle skolerne: se diagrammerne på <a href=\"index.html\">forsiden"
            + "</a>. Tal om de skoler, der viser et særligt signal, ikke om pladsen i en liste.</p>\n");

    StringBuilder summary = new StringBuilder("skole;aar;trivsel;centerlinje;nedre_graense;oevre_graense;"
        + "variation;klassekvotient;klassekvotient_centerlinje;klassekvotient_variation;gruppe_trivsel\n");
    String group = latest(trivsel, field, root).flatMap(p -> p.value().isPresent()
        ? Optional.of(num(p.value().getAsDouble(), 4)) : Optional.empty()).orElse("");
    for (String school : schools) {
      Optional<ChartPoint> t = latest(trivsel, field, school);
      Optional<ChartPoint> k = latest(size, field, school);
      summary.append(CprDetector.mask(school)).append(';').append(t.map(p -> p.period().format()).orElse("")).append(';')
          .append(t.map(LeagueTablePage::point).orElse(";;;;")).append(';')
          .append(k.map(p -> num(p.value().orElse(Double.NaN), 4) + ";" + num(p.limits().centre(), 4) + ";"
              + p.variation().map(Enum::name).orElse("")).orElse(";;")).append(';').append(group).append('\n');
      for (Finding f : trivsel.chart(key(field, school)).map(ProcessBehaviourChart::findings).orElse(List.of())) {
        html.append("<p>").append(XmlText.escape(CprDetector.mask(school))).append(", trivsel: ")
            .append(XmlText.escape(f.describe(Language.DANISH))).append("</p>\n");
      }
    }
    html.append("<h3>Vagterne om læringsalternativet</h3>\n<ul>\n");
    for (GuardResult r : publication.guards().map(GuardReport::results).orElse(List.of())) {
      html.append("<li>").append(XmlText.escape(r.name().da())).append(": ").append(r.verdict()).append(" (")
          .append(r.findings().size()).append(" fund)</li>\n");
    }
    html.append("</ul>\n<p>Hele rapporten: <a href=\"guards.da.txt\">dansk</a>, <a href=\"guards.en.txt\">English</a>,"
        + " <a href=\"guards.json\">JSON</a>.</p>\n<p><a href=\"index.html\">Tilbage til forsiden</a></p>\n"
        + "</body>\n</html>\n");
    Files.writeString(folder.resolve("league-table.csv"), csv, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("summary.csv"), summary, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("rangliste.html"), html, StandardCharsets.UTF_8);
  }

  /**
   * The funnel plot beside the table: each school's well-being in the latest year against its
   * number of pupils, with limits around all pupils' mean that narrow as schools grow
   * ({@link FunnelPlot#means}). The spread of one pupil's score, σ, is not in the data; it is
   * estimated from each school's own year-to-year variation: its chart's σ (the mean moving range /
   * 1.128) is the standard error of its mean, so times √pupils is σ per pupil, pooled over the schools as a root mean
   * square. That variation holds the process's own year-to-year change too, so the funnel is if
   * anything too wide: a school outside it differs for certain.
   */
  private static String funnel(PublishedKpi trivsel, PublishedKpi size, String field, List<String> ranked, Period last) {
    List<FunnelPlot.Unit> units = new ArrayList<>();
    double squares = 0;
    int schools = 0;
    for (String school : ranked) {
      Optional<KpiValue> pupils = size.disclosed().result().value(key(field, school), last);
      OptionalDouble n = pupils.map(v -> v.parts().numerator()).orElse(OptionalDouble.empty());
      OptionalDouble error = trivsel.chart(key(field, school))
          .map(c -> c.segments().get(c.segments().size() - 1).sigma()).orElse(OptionalDouble.empty());
      if (n.isEmpty() || error.isEmpty()) {
        continue;
      }
      double mean = value(trivsel, field, school, last).orElseThrow();
      units.add(FunnelPlot.Unit.of(CprDetector.mask(school), mean * n.getAsDouble(), n.getAsDouble()));
      double sigma = error.getAsDouble() * Math.sqrt(n.getAsDouble());
      squares += sigma * sigma;
      schools++;
    }
    if (schools < 2) {
      return "";
    }
    double sigma = Math.sqrt(squares / schools);
    FunnelPlot plot = FunnelPlot.means(units, sigma).build();
    String svg = SvgFunnel.of(plot).title("Social trivsel " + last.format() + " mod antal elever")
        .language(Language.DANISH).render();
    StringBuilder html = new StringBuilder("<h2>2. Det ærlige svar på \"hvem er bedst?\": et tragtdiagram</h2>\n"
        + "<p>Hver skoles trivsel i " + last.format() + " mod dens antal elever. Grænserne ligger om alle"
        + " elevers gennemsnit (" + danish(plot.target(), 2) + ") og snævrer ind, jo flere elever en skole har:"
        + " 95 % (stiplet) og 99,8 %. Spredningen pr. elev (" + danish(sigma, 2) + " point) er skønnet ud fra"
        + " skolernes egen variation fra år til år.</p>\n<div class=\"chart\">")
        .append(svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2) : svg).append("</div>\n<p>");
    List<FunnelPlot.Point> outside = plot.outside(FunnelPlot.Band.WIDE);
    if (outside.isEmpty()) {
      html.append("Ingen skole ligger uden for 99,8 %-grænserne: forskellene mellem pladserne i ranglisten er"
          + " den variation, skoler af den størrelse har af sig selv.");
    } else {
      html.append("Uden for 99,8 %-grænserne: ");
      for (int i = 0; i < outside.size(); i++) {
        FunnelPlot.Point p = outside.get(i);
        html.append(i == 0 ? "" : ", ").append(XmlText.escape(p.unit().name())).append(" (")
            .append(danish(p.unit().value(), 2)).append(p.position().name().startsWith("ABOVE") ? ", over" : ", under")
            .append(")");
      }
      html.append(". De andre skolers forskelle er den variation, skoler af deres størrelse har af sig selv.");
    }
    return html.append("</p>\n").toString();
  }

  private static PublishedKpi kpi(Publication publication, String id) {
    return publication.kpis().stream().filter(k -> k.definition().id().value().equals(id)).findFirst()
        .orElseThrow(() -> new PipelineException("The rangliste output needs the KPI " + id + " in the pipeline's kpis"));
  }

  private static SeriesKey key(String field, String school) {
    return SeriesKey.of(field, school);
  }

  private static Optional<Double> value(PublishedKpi kpi, String field, String school, Period period) {
    return kpi.disclosed().result().value(key(field, school), period)
        .filter(v -> v.isPresent()).map(v -> v.value().getAsDouble());
  }

  private static Optional<ChartPoint> latest(PublishedKpi kpi, String field, String school) {
    return kpi.chart(key(field, school)).flatMap(ProcessBehaviourChart::latest);
  }

  private static String point(ChartPoint p) {
    return num(p.value().orElse(Double.NaN), 4) + ";" + num(p.limits().centre(), 4) + ";"
        + num(p.limits().lower().orElse(Double.NaN), 4) + ";" + num(p.limits().upper().orElse(Double.NaN), 4) + ";"
        + p.variation().map(Enum::name).orElse("");
  }

  /** A number as the Danish page writes it, with a decimal comma. */
  private static String danish(double value, int decimals) {
    return num(value, decimals).replace('.', ',');
  }

  private static String num(double value, int decimals) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
