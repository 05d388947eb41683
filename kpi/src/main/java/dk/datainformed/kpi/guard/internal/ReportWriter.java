package dk.datainformed.kpi.guard.internal;

import dk.datainformed.core.text.Language;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.kpi.guard.GuardResult;
import dk.datainformed.kpi.guard.PolicyValue;
import dk.datainformed.kpi.guard.Severity;
import dk.datainformed.kpi.guard.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link GuardReport} as JSON and as readable text in Danish or English. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReportWriter {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportWriter() {}

  /**
   * The report as JSON.
   *
   * @param report the report
   * @return indented JSON ending in a newline
   */
  public static String json(GuardReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("municipality", report.municipality());
    root.put("asOf", report.asOf().toString());
    root.put("policy", report.policy());
    root.put("blocked", report.blocked());
    List<Object> guards = new ArrayList<>();
    for (GuardResult r : report.results()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("id", r.guardId());
      g.put("name", text(r.name()));
      g.put("source", text(r.source()));
      g.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
      g.put("summary", text(r.summary()));
      List<Object> findings = new ArrayList<>();
      for (GuardFinding f : r.findings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        m.put("subject", f.subject().text());
        f.subject().kpi().ifPresent(kpi -> m.put("kpi", kpi.value()));
        m.put("message", text(f.message()));
        m.put("alternative", text(f.alternative()));
        List<Object> thresholds = new ArrayList<>();
        for (PolicyValue v : f.thresholds()) {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("key", v.key());
          t.put("value", v.value());
          t.put("source", v.source());
          thresholds.add(t);
        }
        m.put("thresholds", thresholds);
        findings.add(m);
      }
      g.put("findings", findings);
      guards.add(g);
    }
    root.put("guards", guards);
    return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
  }

  private static Map<String, String> text(LocalizedText t) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("da", t.da());
    m.put("en", t.en());
    return m;
  }

  /**
   * The report as text.
   *
   * @param report the report
   * @param language Danish or English
   * @return the text, lines ending in '\n'
   */
  public static String text(GuardReport report, Language language) {
    boolean da = language == Language.DANISH;
    StringBuilder out = new StringBuilder();
    out.append(da ? "Læring eller styring: rapport fra vagterne" : "Learning or control: the guards' report")
        .append('\n');
    out.append(da ? "Kommune: " : "Municipality: ").append(report.municipality()).append('\n');
    out.append(da ? "Dato: " : "Date: ").append(report.asOf()).append('\n');
    out.append(da ? "Politik: " : "Policy: ").append(report.policy()).append('\n');
    out.append(da
            ? "Der gives ingen samlet godkendelse: hver vagt står for sig, og \"intet fundet\" gælder"
                + " kun det, vagten kunne se."
            : "There is no overall pass: each guard stands on its own, and \"nothing found\" covers"
                + " only what the guard could see.")
        .append('\n');
    int n = 0;
    for (GuardResult r : report.results()) {
      n++;
      out.append('\n')
          .append(n).append(". ").append(pick(r.name(), da)).append(" [").append(r.guardId())
          .append("]: ").append(verdict(r.verdict(), da)).append('\n');
      out.append("   ").append(da ? "Kilde: " : "Source: ").append(pick(r.source(), da)).append('\n');
      out.append("   ").append(pick(r.summary(), da)).append('\n');
      for (GuardFinding f : r.findings()) {
        out.append("   - ").append(severity(f.severity(), da)).append(" · ").append(f.subject().text())
            .append(": ").append(pick(f.message(), da)).append('\n');
        out.append("     ").append(da ? "Læringsalternativ: " : "Learning alternative: ")
            .append(pick(f.alternative(), da)).append('\n');
        for (PolicyValue v : f.thresholds()) {
          out.append("     ").append(da ? "Tærskel: " : "Threshold: ").append(v.key()).append(" = ")
              .append(da ? v.shown().replace('.', ',') : v.shown()).append(" (").append(v.source())
              .append(")\n");
        }
      }
    }
    return out.toString();
  }

  private static String pick(LocalizedText t, boolean da) {
    return da ? t.da() : t.en();
  }

  private static String verdict(Verdict v, boolean da) {
    switch (v) {
      case FOUND:
        return da ? "FUND" : "FOUND";
      case NOTHING_FOUND:
        return da ? "INTET FUNDET" : "NOTHING FOUND";
      case NOT_APPLICABLE:
        return da ? "IKKE RELEVANT" : "NOT APPLICABLE";
      default:
        return da ? "KAN IKKE AFGØRES" : "INDETERMINATE";
    }
  }

  private static String severity(Severity s, boolean da) {
    switch (s) {
      case BLOCK:
        return da ? "STOP" : "BLOCK";
      case WARN:
        return da ? "ADVARSEL" : "WARN";
      default:
        return "INFO";
    }
  }
}
