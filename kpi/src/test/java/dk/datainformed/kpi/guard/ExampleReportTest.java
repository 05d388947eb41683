package dk.datainformed.kpi.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;
import dk.datainformed.core.text.Language;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example in docs/guards: the usage description and policy there, the starter catalog and
 * synthetic series, and the report they produce. The committed reports must equal the generated
 * ones, so the docs never go stale.
 *
 * <p>To regenerate after a deliberate change: {@code ./mvnw -o -q verify -pl kpi
 * -Ddatainformed.regenerate=true}.
 */
class ExampleReportTest {
  static final Path DOCS = Path.of("..", "docs", "guards");
  static final String REGENERATE = "datainformed.regenerate";

  static GuardReport exampleReport() {
    KpiCatalog catalog = StarterCatalog.load();
    Usage usage = Usage.load(DOCS.resolve("usage.yaml"), catalog);
    GuardPolicy policy = GuardPolicy.load(DOCS.resolve("policy.yaml"));
    double[] absence = Scenario.noise(24);
    for (int i = 0; i < absence.length; i++) {
      absence[i] += 0.8;
    }
    ProcessBehaviourChart absenceChart =
        ProcessBehaviourChart.xmr(Scenario.months(absence))
            .direction(ImprovementDirection.LOWER_IS_BETTER)
            .build();
    double[] spending = Scenario.noise(24);
    for (int i = 0; i < spending.length; i++) {
      spending[i] = spending[i] * 10 + 48;
    }
    GuardContext context =
        GuardContext.builder(catalog, usage)
            .policy(policy)
            .asOf(LocalDate.of(2026, 11, 1))
            .chart("sygefravaer.fravaersprocent", absenceChart)
            .chart("oekonomi.forbrugsprocent", ProcessBehaviourChart.xmr(Scenario.months(spending)).build())
            .latestData("oekonomi.forbrugsprocent", LocalDate.of(2026, 8, 31))
            .chart(
                "jobcenter.sygedagpenge_andel_af_befolkningen",
                ProcessBehaviourChart.xmr(Scenario.months(Scenario.noise(8)))
                    .direction(ImprovementDirection.LOWER_IS_BETTER)
                    .build())
            .latestData("jobcenter.sygedagpenge_andel_af_befolkningen", LocalDate.of(2026, 10, 31))
            .unitValues("sygefravaer.fravaersprocent", shifted(DataGuardsTest.bunched(11, 2000), 0.5))
            .build();
    return Guards.builtIn().check(context);
  }

  private static java.util.List<Double> shifted(java.util.List<Double> values, double by) {
    return values.stream().map(v -> v + by).toList();
  }

  @Test
  void committedReportsEqualTheGeneratedOnes() throws IOException {
    GuardReport report = exampleReport();
    Map<String, String> files =
        Map.of(
            "example-report.da.txt", report.toText(Language.DANISH),
            "example-report.en.txt", report.toText(Language.ENGLISH),
            "example-report.json", report.toJson());
    boolean regenerate = Boolean.getBoolean(REGENERATE);
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = DOCS.resolve(e.getKey());
      if (regenerate) {
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        continue;
      }
      if (!Files.exists(file)) {
        fail(file + " is missing: run ./mvnw -o -q verify -pl kpi -D" + REGENERATE + "=true");
      }
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      if (!committed.equals(e.getValue())) {
        fail(file + " differs from the report the example produces now: check the change, then"
            + " run ./mvnw -o -q verify -pl kpi -D" + REGENERATE + "=true and commit the files");
      }
    }
  }

  @Test
  void theExampleShowsEveryKindOfVerdictAndABlock() {
    GuardReport report = exampleReport();
    assertThat(report.results()).extracting(GuardResult::verdict)
        .contains(Verdict.FOUND, Verdict.NOTHING_FOUND, Verdict.INDETERMINATE);
    assertThat(report.results()).hasSize(12);
    assertThat(report.blocked()).isTrue();
    assertThat(report.toText(Language.ENGLISH)).contains("There is no overall pass");
    assertThat(report.findings()).allSatisfy(f -> f.thresholds()
        .forEach(t -> assertThat(t.source()).isNotBlank()));
  }
}
