package dk.datainformed.examples.cockpit;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.text.XmlText;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.MissingReason;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.pipeline.Publication;
import dk.datainformed.pipeline.PublicationWriter;
import dk.datainformed.pipeline.PublishedKpi;
import dk.datainformed.pipeline.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The example's own output, {@code units}: every unit's latest values in one table ({@code
 * units.html}), withheld units marked as withheld. It shows how a municipality adds a page of its
 * own to the pipeline: implement {@link PublicationWriter} and list the class in {@code
 * META-INF/services/dk.datainformed.pipeline.PublicationWriter}.
 */
public final class UnitTablePage implements PublicationWriter {

  /** Creates the writer (for {@link java.util.ServiceLoader}). */
  public UnitTablePage() {}

  @Override
  public String format() {
    return "units";
  }

  @Override
  public Set<String> settings() {
    return Set.of("language");
  }

  @Override
  public void write(Publication publication, Map<String, String> settings, Path folder) throws IOException {
    boolean da = !"en".equals(settings.get("language"));
    PublishedKpi main = publication.kpis().get(0);
    KpiResult mainResult = main.disclosed().result();
    Period last = mainResult.periods().get(mainResult.periods().size() - 1);
    long rows = 0;
    long withheld = 0;
    for (RunReport.SourceRead r : publication.run().sources()) {
      rows += r.records();
    }
    for (RunReport.KpiComputed k : publication.run().kpis()) {
      withheld = Math.max(withheld, k.suppressed());
    }
    StringBuilder h = new StringBuilder(1 << 16);
    String title = da ? "Sygefravær pr. enhed" : "Sickness absence by unit";
    h.append("<!DOCTYPE html>\n<html lang=\"").append(da ? "da" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"UTF-8\">\n<title>").append(title).append("</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
            + "td:first-child,th:first-child,td:nth-child(2){text-align:left}.hidden{color:#888}</style>\n")
        .append("</head>\n<body>\n<h1>").append(title).append("</h1>\n<p>")
        .append(da
            ? "Syntetiske data: en opdigtet kommune med opdigtede CPR-numre, pseudonymiseret ved indlæsning. "
                + rows + " rækker (medarbejder × måned). Enheder med færre end "
                + main.disclosed().policy().minimumCount() + " medarbejdere vises ikke, og heller ikke de"
                + " enheder, der skal skjules, for at de ikke kan regnes ud fra de andre."
            : "Synthetic data: a made-up municipality with made-up CPR numbers, pseudonymised at ingest. "
                + rows + " rows (employee × month). Units with fewer than "
                + main.disclosed().policy().minimumCount() + " employees are not shown, nor the units"
                + " withheld so that they cannot be worked out from the others.")
        .append("</p>\n<p><a href=\"cockpit.html\">").append(da ? "Tilbage til cockpittet" : "Back to the cockpit")
        .append("</a></p>\n<h2>").append(da ? "Alle enheder, " : "Every unit, ").append(last.format())
        .append("</h2>\n<table>\n<tr><th>").append(da ? "Enhed" : "Unit").append("</th><th>id</th>");
    for (PublishedKpi k : publication.kpis()) {
      h.append("<th>").append(text(da ? k.definition().profile().name().da()
          : k.definition().profile().name().en())).append("</th>");
    }
    h.append("</tr>\n");
    for (Series s : mainResult.series()) {
      String unit = s.key().values().get(0);
      h.append("<tr><td>").append(text(name(publication, unit))).append("</td><td>")
          .append(text(unit)).append("</td>");
      for (PublishedKpi k : publication.kpis()) {
        h.append(cell(k.disclosed().result().value(s.key(), last), da));
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n<p>").append(da ? "Flest skjulte enhed-måneder for ét nøgletal: "
        : "Most withheld unit-months of one KPI: ").append(withheld).append("</p>\n</body>\n</html>\n");
    Files.writeString(folder.resolve("units.html"), h, StandardCharsets.UTF_8);
  }

  /** Text as the page shows it: CPR-like numbers masked, then escaped. */
  private static String text(String value) {
    return XmlText.escape(CprDetector.mask(value));
  }

  private static String name(Publication publication, String unit) {
    List<OrgUnitVersion> history =
        publication.organisation().map(t -> t.history(OrgUnitId.of(unit))).orElse(List.of());
    return history.isEmpty() ? unit : history.get(history.size() - 1).name();
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
    return v.missingReason().orElseThrow() == MissingReason.SUPPRESSED
        ? "<td class=\"hidden\">" + (da ? "skjult" : "withheld") + "</td>"
        : "<td class=\"hidden\">–</td>";
  }
}
