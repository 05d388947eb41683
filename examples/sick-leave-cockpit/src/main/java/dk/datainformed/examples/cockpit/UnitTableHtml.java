package dk.datainformed.examples.cockpit;

import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.text.Language;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Series;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The companion page of the cockpit: every unit's latest values in one table, withheld units marked
 * as withheld. No script, no external assets.
 */
final class UnitTableHtml {

  private UnitTableHtml() {}

  static String render(
      Language language,
      Map<OrgUnitId, String> names,
      Map<String, KpiResult> results,
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
        .append(da ? "Sygefravær pr. enhed – Eksempelby Kommune" : "Sickness absence by unit – Eksempelby Kommune")
        .append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
            + "td:first-child,th:first-child,td:nth-child(2){text-align:left}.hidden{color:#888}"
            + "</style>\n")
        .append("</head>\n<body>\n");
    h.append("<h1>").append(da ? "Sygefravær pr. enhed, Eksempelby Kommune" : "Sickness absence by unit, Eksempelby Kommune")
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
        .append("</p>\n<p><a href=\"cockpit.html\">")
        .append(da ? "Tilbage til cockpittet" : "Back to the cockpit").append("</a></p>\n");

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

    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static String name(KpiResult r, boolean da) {
    return da ? r.definition().profile().name().da() : r.definition().profile().name().en();
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
