package dk.datainformed.examples.cockpit;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.spc.ChartPoint;
import dk.datainformed.kpi.spc.Language;
import dk.datainformed.kpi.spc.ProcessBehaviourChart;
import dk.datainformed.kpi.spc.SvgChart;
import dk.datainformed.kpi.spc.Variation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A minimal self-contained cockpit page: the process behaviour charts of the municipality, its
 * administrations and the units with a signal in the latest month, a table of every unit's latest
 * values (withheld units marked), and the guard report. No script, no external assets.
 */
final class CockpitHtml {
  private static final int MOST_SIGNAL_CHARTS = 12;
  private static final int RECENT_MONTHS = 6;
  private static final int CONCERN_MONTHS = 4;

  private CockpitHtml() {}

  static String render(
      Language language,
      Map<OrgUnitId, String> names,
      Map<String, KpiResult> results,
      Map<String, Map<String, ProcessBehaviourChart>> charts,
      GuardReport guards,
      Map<Period, Set<OrgUnitId>> suppressed,
      int minimum,
      int rows) {
    boolean da = language == Language.DANISH;
    String main = SickLeaveCockpit.KPIS.get(0);
    KpiResult mainResult = results.get(main);
    Period last = mainResult.periods().get(mainResult.periods().size() - 1);
    StringBuilder h = new StringBuilder(1 << 20);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(da ? "da" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"UTF-8\">\n<title>")
        .append(da ? "Sygefravær – Eksempelby Kommune" : "Sickness absence – Eksempelby Kommune")
        .append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
            + "td:first-child,th:first-child,td:nth-child(2){text-align:left}.hidden{color:#888}"
            + "figure{margin:1em 0}pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}</style>\n")
        .append("</head>\n<body>\n");
    h.append("<h1>").append(da ? "Sygefravær, Eksempelby Kommune" : "Sickness absence, Eksempelby Kommune")
        .append("</h1>\n<p>")
        .append(
            da
                ? "Syntetiske data: en opdigtet kommune med opdigtede CPR-numre, pseudonymiseret ved indlæsning. "
                    + rows + " rækker (medarbejder × måned). Enheder med færre end " + minimum
                    + " medarbejdere vises ikke, og heller ikke de enheder, der skal skjules for at de ikke kan"
                    + " regnes ud som forvaltningens total minus de andre enheder."
                : "Synthetic data: a made-up municipality with made-up CPR numbers, pseudonymised at ingest. "
                    + rows + " rows (employee × month). Units with fewer than " + minimum
                    + " employees are not shown, nor the units withheld so that they cannot be worked out as"
                    + " their administration's total minus its other units.")
        .append("</p>\n");

    String kpiName = name(mainResult, da);
    h.append("<h2>").append(esc(kpiName)).append("</h2>\n");
    Map<String, ProcessBehaviourChart> mainCharts = charts.get(main);
    List<String> overview = new ArrayList<>();
    overview.add(SyntheticMunicipality.ROOT.value());
    for (Series s : mainResult.series()) {
      String unit = s.key().value(SickLeaveCockpit.UNIT_FIELD).orElseThrow();
      if (isAdministration(unit, names)) {
        overview.add(unit);
      }
    }
    for (String unit : overview) {
      chart(h, mainCharts.get(unit), kpiName + ", " + names.getOrDefault(OrgUnitId.of(unit), unit), language);
    }

    h.append("<h2>").append(da ? "Enheder med en vedvarende ændring til det værre, " : "Units with a lasting change for the worse, ")
        .append(last.format()).append("</h2>\n");
    int shown = 0;
    for (Map.Entry<String, ProcessBehaviourChart> e : mainCharts.entrySet()) {
      if (overview.contains(e.getKey()) || shown >= MOST_SIGNAL_CHARTS) {
        continue;
      }
      if (persistentConcern(e.getValue())) {
        chart(h, e.getValue(), kpiName + ", " + names.getOrDefault(OrgUnitId.of(e.getKey()), e.getKey()), language);
        shown++;
      }
    }
    if (shown == 0) {
      h.append("<p>").append(da ? "Ingen." : "None.").append("</p>\n");
    }

    h.append("<h2>").append(da ? "Alle enheder, " : "Every unit, ").append(last.format()).append("</h2>\n");
    h.append("<table>\n<tr><th>").append(da ? "Enhed" : "Unit").append("</th><th>id</th>");
    for (KpiResult r : results.values()) {
      h.append("<th>").append(esc(name(r, da))).append("</th>");
    }
    h.append("</tr>\n");
    for (Series s : mainResult.series()) {
      String unit = s.key().value(SickLeaveCockpit.UNIT_FIELD).orElseThrow();
      h.append("<tr><td>").append(esc(names.getOrDefault(OrgUnitId.of(unit), unit))).append("</td><td>")
          .append(esc(unit)).append("</td>");
      for (KpiResult r : results.values()) {
        Optional<KpiValue> v = r.series().stream()
            .filter(x -> x.key().equals(s.key())).findFirst().flatMap(x -> x.at(last));
        h.append(cell(v, da));
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    h.append("<p>").append(da ? "Skjulte enhed-måneder i alt: " : "Withheld unit-months in total: ")
        .append(suppressed.values().stream().mapToInt(Set::size).sum()).append("</p>\n");

    h.append("<h2>").append(da ? "Vagthunde: læring eller kontrol?" : "Guards: learning or control?")
        .append("</h2>\n<pre>").append(esc(guards.toText(language))).append("</pre>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Whether at least {@value #CONCERN_MONTHS} of the last {@value #RECENT_MONTHS} points are special
   * cause of concern: a lasting change, not one month's alarm (of 200 units, some will have one).
   */
  private static boolean persistentConcern(ProcessBehaviourChart chart) {
    List<ChartPoint> points = chart.points();
    int concerns = 0;
    for (int i = Math.max(0, points.size() - RECENT_MONTHS); i < points.size(); i++) {
      if (points.get(i).variation().filter(v -> v == Variation.SPECIAL_CAUSE_CONCERN).isPresent()) {
        concerns++;
      }
    }
    return concerns >= CONCERN_MONTHS;
  }

  private static boolean isAdministration(String unit, Map<OrgUnitId, String> names) {
    return names.containsKey(OrgUnitId.of(unit)) && !unit.startsWith("e") && !unit.equals(SyntheticMunicipality.ROOT.value());
  }

  private static String name(KpiResult r, boolean da) {
    return da ? r.definition().profile().name().da() : r.definition().profile().name().en();
  }

  private static void chart(StringBuilder h, ProcessBehaviourChart chart, String title, Language language) {
    if (chart == null) {
      return;
    }
    String svg = SvgChart.of(chart).title(title).size(900, 300).language(language).render();
    if (svg.startsWith("<?xml")) {
      svg = svg.substring(svg.indexOf('\n') + 1);
    }
    h.append("<figure>").append(svg).append("</figure>\n");
  }

  private static String cell(Optional<KpiValue> value, boolean da) {
    if (value.isEmpty()) {
      return "<td></td>";
    }
    KpiValue v = value.get();
    if (v.isPresent()) {
      String text = String.format(Locale.ROOT, "%.2f", v.value().getAsDouble());
      return "<td>" + (da ? text.replace('.', ',') : text) + "</td>";
    }
    MissingReason why = v.missingReason().orElseThrow();
    if (why == MissingReason.SUPPRESSED) {
      return "<td class=\"hidden\">" + (da ? "skjult" : "withheld") + "</td>";
    }
    return "<td class=\"hidden\">–</td>";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
