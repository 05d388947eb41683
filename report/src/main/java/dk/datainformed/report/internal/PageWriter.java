package dk.datainformed.report.internal;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.Coverage;
import dk.datainformed.kpi.definition.KpiProfile;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.definition.Purpose;
import dk.datainformed.kpi.definition.Unit;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Point;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.GuardResult;
import dk.datainformed.kpi.guard.GuardSubject;
import dk.datainformed.kpi.guard.Severity;
import dk.datainformed.kpi.guard.Verdict;
import dk.datainformed.report.CockpitEntry;
import dk.datainformed.report.CockpitLink;
import dk.datainformed.report.CockpitSeries;
import dk.datainformed.spc.Assurance;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.Finding;
import dk.datainformed.spc.ProcessBehaviourChart;
import dk.datainformed.core.text.Language;
import dk.datainformed.spc.SvgChart;
import dk.datainformed.spc.Variation;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes the cockpit page: an HTML5 document that is also well-formed XML, with inline CSS and
 * inline SVG, no script and no external reference. Only the inputs decide the bytes.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PageWriter {
  /** How many of a chart's findings the page puts in words, the latest. */
  private static final int SIGNALS_IN_WORDS = 3;

  private static final String[] MONTHS_DA = {
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december"
  };
  private static final String[] MONTHS_EN = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private static final String CSS =
      "body{font-family:sans-serif;max-width:60em;margin:1em auto;padding:0 1em;color:#222;"
          + "line-height:1.45}"
          + "h1{margin-bottom:0.2em}"
          + ".meta{color:#555;margin-top:0}"
          + ".links ul{list-style:none;padding:0;margin:0.3em 0}"
          + ".links li{display:inline-block;margin-right:1.2em}"
          + ".box{border:1px solid #999;background:#f4f4f4;padding:0.6em 1em;margin:1em 0}"
          + ".summary{border-left:6px solid #555}"
          + ".kpi{border-top:2px solid #555;margin-top:2em;padding-top:0.5em}"
          + ".series{margin:1em 0 1.5em 0}"
          + ".latest{font-size:1.1em}"
          + ".value{font-size:1.4em;font-weight:bold}"
          + ".label{display:inline-block;border:1px solid #777;border-radius:4px;padding:0 0.4em;"
          + "margin:0.2em 0.4em 0.2em 0;background:#fff}"
          + ".suppressed{font-style:italic}"
          + ".findings{border-left:6px solid #b35900;background:#fff7ef}"
          + ".severity{font-weight:bold}"
          + "dt{font-weight:bold;float:left;clear:left;width:9em}"
          + "dd{margin-left:9.5em}"
          + "svg{max-width:100%;height:auto}";

  private final Language language;
  private final StringBuilder out = new StringBuilder(32_768);

  private PageWriter(Language language) {
    this.language = language;
  }

  /**
   * Writes the page.
   *
   * @param title the title
   * @param organisation the organisation, if any
   * @param language the language
   * @param generatedAt the date the page says it was made
   * @param links the related pages to link at the top, checked to be relative
   * @param entries the KPIs
   * @param guards the guard report, if any
   * @return the document
   */
  public static String write(
      String title,
      Optional<String> organisation,
      Language language,
      LocalDate generatedAt,
      List<CockpitLink> links,
      List<CockpitEntry> entries,
      Optional<GuardReport> guards) {
    PageWriter w = new PageWriter(language);
    w.document(title, organisation, generatedAt, links, entries, guards);
    return w.out.toString();
  }

  private String t(String da, String en) {
    return language == Language.DANISH ? da : en;
  }

  private String t(LocalizedText text) {
    return language == Language.DANISH ? text.da() : text.en();
  }

  private PageWriter raw(String html) {
    out.append(html);
    return this;
  }

  private PageWriter text(String text) {
    out.append(Html.text(text));
    return this;
  }

  private void document(
      String title,
      Optional<String> organisation,
      LocalDate generatedAt,
      List<CockpitLink> links,
      List<CockpitEntry> entries,
      Optional<GuardReport> guards) {
    raw("<!DOCTYPE html>\n");
    raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").raw(t("da", "en")).raw("\">\n");
    raw("<head>\n<meta charset=\"UTF-8\"/>\n");
    raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    raw("<title>").text(title).raw("</title>\n");
    raw("<style>").raw(CSS).raw("</style>\n</head>\n<body>\n");
    raw("<h1>").text(title).raw("</h1>\n");
    raw("<p class=\"meta\">");
    if (organisation.isPresent()) {
      text(organisation.get()).raw(" · ");
    }
    text(t("Lavet ", "Made ") + date(generatedAt)).raw("</p>\n");
    if (!links.isEmpty()) {
      raw("<nav class=\"links\" aria-label=\"").text(t("Relaterede sider", "Related pages"))
          .raw("\">\n<ul>\n");
      for (CockpitLink link : links) {
        raw("<li><a href=\"").text(link.target()).raw("\">").text(link.label()).raw("</a></li>\n");
      }
      raw("</ul>\n</nav>\n");
    }

    List<GuardFinding> allFindings = guards.map(GuardReport::findings).orElse(List.of());
    summary(entries, guards);
    howToRead();
    for (CockpitEntry e : entries) {
      List<GuardFinding> findings = new ArrayList<>(e.findings());
      for (GuardFinding f : allFindings) {
        if (CockpitEntry.concerns(f, e.definition().id()) && !findings.contains(f)) {
          findings.add(f);
        }
      }
      entry(e, findings);
    }
    List<GuardFinding> others = new ArrayList<>();
    for (GuardFinding f : allFindings) {
      boolean shown = false;
      for (CockpitEntry e : entries) {
        shown |= CockpitEntry.concerns(f, e.definition().id());
      }
      if (!shown) {
        others.add(f);
      }
    }
    if (!others.isEmpty()) {
      raw("<section class=\"box findings\">\n<h2>")
          .text(t("Andre fund fra vagterne", "Other findings of the guards"))
          .raw("</h2>\n");
      findingList(others, Optional.empty());
      raw("</section>\n");
    }
    if (guards.isPresent() && !guards.get().results().isEmpty()) {
      raw("<section class=\"box\">\n<h2>").text(t("Hvad vagterne så på", "What the guards looked at"))
          .raw("</h2>\n<ul>\n");
      for (GuardResult r : guards.get().results()) {
        raw("<li><strong>").text(t(r.name())).raw("</strong>: ").text(verdict(r.verdict()))
            .raw(". ").text(t(r.summary())).raw("</li>\n");
      }
      raw("</ul>\n</section>\n");
    }
    raw("</body>\n</html>\n");
  }

  private void summary(List<CockpitEntry> entries, Optional<GuardReport> guards) {
    int series = 0;
    int special = 0;
    for (CockpitEntry e : entries) {
      for (CockpitSeries s : e.series()) {
        series++;
        if (s.chart().latest().flatMap(ChartPoint::variation).map(Variation::isSpecialCause)
            .orElse(false)) {
          special++;
        }
      }
    }
    raw("<section class=\"box summary\">\n<h2>").text(t("Overblik", "Summary")).raw("</h2>\n<ul>\n");
    raw("<li>").text(t(
        entries.size() + (entries.size() == 1 ? " nøgletal" : " nøgletal") + " i " + series
            + (series == 1 ? " serie" : " serier"),
        entries.size() + (entries.size() == 1 ? " KPI" : " KPIs") + " in " + series
            + (series == 1 ? " series" : " series"))).raw("</li>\n");
    raw("<li>").text(t(
        special + " af " + series + " serier viser en særlig årsag i seneste periode (en reel"
            + " ændring at undersøge)",
        special + " of " + series + " series show a special cause at the latest period (a real"
            + " change to look into)")).raw("</li>\n");
    if (guards.isPresent()) {
      Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
      for (GuardResult r : guards.get().results()) {
        verdicts.merge(r.verdict(), 1, Integer::sum);
      }
      List<String> parts = new ArrayList<>();
      for (Verdict v : Verdict.values()) {
        if (verdicts.containsKey(v)) {
          parts.add(verdicts.get(v) + " " + verdict(v));
        }
      }
      raw("<li>").text(t("Vagter: ", "Guards: ")
          + (parts.isEmpty() ? t("ingen kørt", "none run") : String.join(", ", parts)))
          .raw("</li>\n");
      Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
      for (GuardFinding f : guards.get().findings()) {
        severities.merge(f.severity(), 1, Integer::sum);
      }
      List<String> sev = new ArrayList<>();
      for (Severity s : new Severity[] {Severity.BLOCK, Severity.WARN, Severity.INFO}) {
        if (severities.containsKey(s)) {
          sev.add(severities.get(s) + " " + severity(s));
        }
      }
      raw("<li>").text(t("Fund: ", "Findings: ")
          + (sev.isEmpty() ? t("ingen", "none") : String.join(", ", sev))).raw("</li>\n");
      if (guards.get().blocked()) {
        raw("<li><strong>").text(t(
            "⛔ Mindst ét fund blokerer brugen, som den er beskrevet: se fundene nedenfor.",
            "⛔ At least one finding blocks the use as described: see the findings below."))
            .raw("</strong></li>\n");
      }
    }
    raw("</ul>\n</section>\n");
  }

  private void howToRead() {
    raw("<section class=\"box\">\n<h2>").text(t("Sådan læser du siden", "How to read this page"))
        .raw("</h2>\n");
    paragraph(t(
        "Hver graf viser et tal over tid. Den sorte linje i midten er gennemsnittet. De to grå,"
            + " stiplede linjer er procesgrænserne: de viser, hvor meget tallet svinger af sig selv,"
            + " når intet særligt er sket.",
        "Each chart shows a number over time. The black line in the middle is the average. The two"
            + " grey dashed lines are the process limits: they show how much the number varies by"
            + " itself when nothing in particular has happened."));
    paragraph(t(
        "Et punkt uden for de grå linjer er en reel ændring: noget er sket, og det er værd at spørge"
            + " hvorfor. Et punkt mellem de grå linjer er almindelig variation: reager ikke på det,"
            + " heller ikke når tallet går lidt op eller ned fra den ene periode til den næste. Også"
            + " mange punkter i træk på samme side af gennemsnittet er en reel ændring.",
        "A point outside the grey lines is a real change: something has happened, and it is worth"
            + " asking why. A point between the grey lines is normal variation: don't react to it,"
            + " not even when the number goes a little up or down from one period to the next. Many"
            + " points in a row on the same side of the average are a real change too."));
    paragraph(t(
        "Blå punkter er en forbedring, orange punkter en bekymring, lilla punkter en ændring, der"
            + " hverken er bedre eller værre; grå punkter er almindelig variation. Ved hver seneste"
            + " værdi står det samme i ord.",
        "Blue points are an improvement, orange points a concern, purple points a change that is"
            + " neither better nor worse; grey points are normal variation. The same is said in"
            + " words beside each latest value."));
    paragraph(t(
        "Er der et mål (rød prikket linje), siger mærket for målet, om processen, som den kører nu,"
            + " altid når målet, aldrig når det, eller kun nogle gange. Skjulte tal er skjult for at"
            + " beskytte enkeltpersoner, fordi for få står bag tallet; de er ikke nul.",
        "Where there is a target (red dotted line), the target label says whether the process, as"
            + " it runs now, always meets the target, never meets it, or only sometimes. Suppressed"
            + " numbers are hidden to protect individuals because too few people are behind them;"
            + " they are not zero."));
    raw("</section>\n");
  }

  private void paragraph(String text) {
    raw("<p>").text(text).raw("</p>\n");
  }

  private void entry(CockpitEntry entry, List<GuardFinding> findings) {
    KpiProfile p = entry.definition().profile();
    raw("<section class=\"kpi\">\n<h2>").text(t(p.name())).raw("</h2>\n");
    paragraph(t(p.description()));
    raw("<dl>\n");
    term(t("Spørgsmål", "Question"), t(p.question()));
    term(t("Formål", "Purpose"), purpose(p.purpose()));
    List<String> audiences = new ArrayList<>();
    for (Audience a : p.audiences()) {
      audiences.add(audience(a));
    }
    term(t("Målgruppe", "Audience"), String.join(", ", audiences));
    term(t("Dækning", "Coverage"), coverage(p.coverage()));
    p.target().ifPresent(target -> term(t("Mål", "Target"),
        number(target.value()) + unitSuffix(p.unit()) + " (" + target.rationale() + ")"));
    raw("</dl>\n");
    for (CockpitSeries s : entry.series()) {
      series(p, s);
    }
    if (!findings.isEmpty()) {
      raw("<div class=\"box findings\">\n<h3>")
          .text(t("Vagternes fund om dette nøgletal", "What the guards found about this KPI"))
          .raw("</h3>\n");
      findingList(findings, Optional.of(new GuardSubject.Kpi(entry.definition().id())));
      raw("</div>\n");
    }
    raw("</section>\n");
  }

  private void term(String name, String value) {
    raw("<dt>").text(name).raw("</dt><dd>").text(value).raw("</dd>\n");
  }

  /** The chart's signals in words, the latest few, and a level change when the findings show one. */
  private void signals(ProcessBehaviourChart chart) {
    List<Finding> findings = new ArrayList<>(chart.findings());
    findings.sort(Comparator.comparing(Finding::last).thenComparing(Finding::first));
    if (findings.isEmpty()) {
      return;
    }
    List<String> words = new ArrayList<>();
    for (Finding f : findings.subList(Math.max(0, findings.size() - SIGNALS_IN_WORDS), findings.size())) {
      words.add(f.describe(language));
    }
    raw("<p class=\"signals\">").text(t("Signaler i serien: ", "Signals in the series: ")
        + String.join("; ", words) + (findings.size() > SIGNALS_IN_WORDS
            ? t(" (og " + (findings.size() - SIGNALS_IN_WORDS) + " tidligere)",
                " (and " + (findings.size() - SIGNALS_IN_WORDS) + " earlier)") : "") + ".");
    chart.levelChange().ifPresent(from -> raw("<br/>\n<b>").text(t("Niveauskift", "Level change")).raw("</b> ")
        .text(t("Processen ser ud til at ligge på et nyt niveau fra " + period(from) + ". Kender I årsagen,"
                + " så erklær ændringen fra " + period(from) + " i pipeline-filen (spc.changes), så"
                + " grænserne beregnes igen derfra.",
            "The process seems to run at a new level from " + period(from) + ". If you know why, declare"
                + " the change from " + period(from) + " in the pipeline file (spc.changes), so that the"
                + " limits are computed again from there.")));
    raw("</p>\n");
  }

  private void series(KpiProfile p, CockpitSeries s) {
    raw("<div class=\"series\">\n<h3>").text(s.label()).raw("</h3>\n");
    List<Point> points = s.series().points();
    raw("<p class=\"latest\">");
    if (points.isEmpty()) {
      text(t("Ingen perioder med data.", "No periods with data."));
    } else {
      Point last = points.get(points.size() - 1);
      text(t("Seneste værdi (", "Latest value (") + period(last.period()) + "): ");
      value(last.value(), p.unit());
    }
    raw("<br/>\n");
    Optional<ChartPoint> latest = s.chart().latest();
    raw("<span class=\"label variation\">")
        .text(variation(latest.flatMap(ChartPoint::variation)))
        .raw("</span>");
    if (latest.isPresent() && !points.isEmpty()
        && !latest.get().period().equals(points.get(points.size() - 1).period())) {
      text(t(" (seneste målte periode: ", " (latest measured period: ")
          + period(latest.get().period()) + ")");
    }
    raw(" <span class=\"label assurance\">").text(assurance(s.chart().assurance()))
        .raw("</span></p>\n");
    signals(s.chart());
    String svg = SvgChart.of(s.chart())
        .title(Html.clean(t(p.name()) + " – " + s.label()))
        .size(720, 300)
        .language(language)
        .render();
    raw("<div class=\"chart\">\n").raw(Html.mask(stripDeclaration(svg))).raw("</div>\n");
    List<String> suppressed = new ArrayList<>();
    for (Point point : points) {
      if (point.value().missingReason().equals(Optional.of(MissingReason.SUPPRESSED))) {
        suppressed.add(period(point.period()));
      }
    }
    if (!suppressed.isEmpty()) {
      raw("<p class=\"suppressed\">").text(t(
          "Skjult (diskretionering) i " + String.join(", ", suppressed)
              + ": for få personer bag tallet til at vise det. Punkterne mangler i grafen; de er"
              + " ikke nul.",
          "Suppressed (disclosure control) in " + String.join(", ", suppressed)
              + ": too few people behind the number to show it. The points are left out of the"
              + " chart; they are not zero.")).raw("</p>\n");
    }
    List<Finding> signals = s.chart().latestFindings();
    if (!signals.isEmpty()) {
      raw("<ul class=\"signals\">\n");
      for (Finding f : signals) {
        raw("<li>").text("Signal: " + f.describe(language)).raw("</li>\n");
      }
      raw("</ul>\n");
    }
    raw("</div>\n");
  }

  private void value(KpiValue value, Unit unit) {
    if (value.isPresent()) {
      raw("<span class=\"value\">").text(number(value.value().getAsDouble()) + unitSuffix(unit))
          .raw("</span>");
      return;
    }
    MissingReason reason = value.missingReason().orElse(MissingReason.NO_RECORDS);
    if (reason == MissingReason.SUPPRESSED) {
      raw("<span class=\"value suppressed\">")
          .text(t("skjult (diskretionering)", "suppressed (disclosure control)"))
          .raw("</span> ")
          .text(t("– for få personer bag tallet til at vise det",
              "– too few people behind the number to show it"));
      return;
    }
    raw("<span class=\"value missing\">").text(t("ingen værdi", "no value")).raw("</span> ")
        .text("– " + missing(reason));
  }

  /** Lists findings; the subject is shown unless it is exactly the one the section is about. */
  private void findingList(List<GuardFinding> findings, Optional<GuardSubject> implied) {
    raw("<ul>\n");
    for (GuardFinding f : findings) {
      raw("<li><span class=\"severity\">").text(severityIcon(f.severity()) + " "
          + capitalise(severity1(f.severity()))).raw("</span>: ");
      if (!implied.filter(f.subject()::equals).isPresent()) {
        text(f.subject().text() + ": ");
      }
      text(t(f.message()));
      raw("<br/>").text(t("Gør i stedet: ", "Instead: ") + t(f.alternative())).raw("</li>\n");
    }
    raw("</ul>\n");
  }

  private static String stripDeclaration(String svg) {
    if (svg.startsWith("<?xml")) {
      int end = svg.indexOf("?>");
      String rest = svg.substring(end + 2);
      return rest.startsWith("\n") ? rest.substring(1) : rest;
    }
    return svg;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A number as the page shows it: at most two decimals, decimal comma and thousands dot in Danish,
   * decimal point and thousands comma in English.
   */
  String number(double v) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setDecimalSeparator(language == Language.DANISH ? ',' : '.');
    symbols.setGroupingSeparator(language == Language.DANISH ? '.' : ',');
    symbols.setMinusSign('-');
    symbols.setZeroDigit('0');
    symbols.setDigit('#');
    symbols.setInfinity("∞");
    symbols.setNaN("NaN");
    DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(v);
    return "-0".equals(s) ? "0" : s;
  }

  private String date(LocalDate d) {
    int m = d.getMonthValue() - 1;
    return language == Language.DANISH
        ? d.getDayOfMonth() + ". " + MONTHS_DA[m] + " " + d.getYear()
        : d.getDayOfMonth() + " " + MONTHS_EN[m] + " " + d.getYear();
  }

  /** A period in words: "juni 2025", "2. kvartal 2025", "uge 7 2025"; others as formatted. */
  String period(Period p) {
    if (p instanceof Period.Month) {
      Period.Month m = (Period.Month) p;
      return (language == Language.DANISH ? MONTHS_DA : MONTHS_EN)[m.month() - 1] + " " + m.year();
    }
    if (p instanceof Period.Quarter) {
      Period.Quarter q = (Period.Quarter) p;
      return t(q.quarter() + ". kvartal " + q.year(), "Q" + q.quarter() + " " + q.year());
    }
    if (p instanceof Period.HalfYear) {
      Period.HalfYear h = (Period.HalfYear) p;
      return t(h.half() + ". halvår " + h.year(), "H" + h.half() + " " + h.year());
    }
    if (p instanceof Period.Week) {
      Period.Week w = (Period.Week) p;
      return t("uge " + w.week() + " " + w.weekYear(), "week " + w.week() + " " + w.weekYear());
    }
    if (p instanceof Period.Day) {
      return date(((Period.Day) p).date());
    }
    return p.format();
  }

  private String coverage(Coverage c) {
    String text = t(c.description());
    if (c.fraction().isPresent()) {
      text += t(" (dækker ", " (covers ") + number(c.fraction().get() * 100) + " %)";
    }
    return text;
  }

  private String unitSuffix(Unit unit) {
    switch (unit) {
      case PERCENT:
        return " %";
      case PERCENTAGE_POINTS:
        return t(" procentpoint", " percentage points");
      case PER_MILLE:
        return " ‰";
      case PERSONS:
        return t(" personer", " persons");
      case DKK:
        return t(" kr.", " DKK");
      case DAYS:
        return t(" dage", " days");
      case HOURS:
        return t(" timer", " hours");
      case FULL_TIME_EQUIVALENTS:
        return t(" årsværk", " FTE");
      case PER_FULL_TIME_EQUIVALENT:
        return t(" pr. årsværk", " per FTE");
      default:
        return "";
    }
  }

  private String variation(Optional<Variation> v) {
    if (v.isEmpty()) {
      return t("– Ingen vurdering (ingen målte værdier)", "– Not judged (no measured values)");
    }
    switch (v.get()) {
      case COMMON_CAUSE:
        return t("≈ Almindelig variation – reager ikke", "≈ Normal variation – don't react");
      case SPECIAL_CAUSE_IMPROVEMENT:
        return t("▲ Særlig årsag: forbedring", "▲ Special cause: improvement");
      case SPECIAL_CAUSE_CONCERN:
        return t("⚠ Særlig årsag: bekymring", "⚠ Special cause: concern");
      default:
        return t("◆ Særlig årsag: hverken bedre eller værre",
            "◆ Special cause: neither better nor worse");
    }
  }

  private String assurance(Assurance a) {
    switch (a) {
      case CONSISTENTLY_PASSES:
        return t("✔ Når målet hver gang", "✔ Consistently passes the target");
      case CONSISTENTLY_FAILS:
        return t("✖ Når ikke målet, som processen kører nu",
            "✖ Consistently fails the target as the process runs now");
      case HIT_AND_MISS:
        return t("↕ Når målet nogle gange (tilfældigt)", "↕ Hit and miss: meets the target by chance");
      default:
        return t("○ Intet mål at vurdere mod", "○ No target to judge against");
    }
  }

  private String purpose(Purpose p) {
    switch (p) {
      case LEARNING:
        return t("Læring: at forstå og forbedre", "Learning: to understand and improve");
      case ASSURANCE:
        return t("Sikring: at se, at et niveau holdes", "Assurance: to see that a level is kept");
      default:
        return t("Styring: at følge op på en beslutning", "Control: to follow up on a decision");
    }
  }

  private String audience(Audience a) {
    switch (a) {
      case FRONTLINE_STAFF:
        return t("medarbejdere", "frontline staff");
      case MANAGERS:
        return t("ledere", "managers");
      case EXECUTIVE_BOARD:
        return t("direktion", "executive board");
      case POLITICIANS:
        return t("politikere", "politicians");
      default:
        return t("borgere", "citizens");
    }
  }

  private String missing(MissingReason r) {
    switch (r) {
      case NO_RECORDS:
        return t("ingen data for perioden", "no data for the period");
      case NO_VALUES:
        return t("ingen værdier for perioden", "no values for the period");
      case ZERO_DENOMINATOR:
        return t("nævneren er nul", "the denominator is zero");
      case MISSING_OPERAND:
        return t("en del af beregningen mangler", "a part of the calculation is missing");
      default:
        return t("skjult (diskretionering)", "suppressed (disclosure control)");
    }
  }

  private String verdict(Verdict v) {
    switch (v) {
      case FOUND:
        return t("fandt noget", "found something");
      case NOTHING_FOUND:
        return t("fandt intet", "found nothing");
      case NOT_APPLICABLE:
        return t("ikke relevante", "not applicable");
      default:
        return t("kunne ikke afgøre", "could not tell");
    }
  }

  private String severity(Severity s) {
    switch (s) {
      case BLOCK:
        return t("blokerende", "blocking");
      case WARN:
        return t("advarsler", "warnings");
      default:
        return t("til orientering", "for information");
    }
  }

  private String severity1(Severity s) {
    switch (s) {
      case BLOCK:
        return t("blokerer", "blocks");
      case WARN:
        return t("advarsel", "warning");
      default:
        return t("til orientering", "for information");
    }
  }

  private static String severityIcon(Severity s) {
    switch (s) {
      case BLOCK:
        return "⛔";
      case WARN:
        return "⚠";
      default:
        return "ℹ";
    }
  }
}
