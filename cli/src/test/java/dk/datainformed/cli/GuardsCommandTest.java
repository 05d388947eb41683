package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code datainformed guards}: the usage and policy files of docs/guards give the report committed
 * there, for every guard that reads only the files; the guards that need data say what they lack.
 */
class GuardsCommandTest {
  private static final Path GUARDS = Path.of("..", "docs", "guards");
  private static final String USAGE = GUARDS.resolve("usage.yaml").toString();
  private static final String POLICY = GUARDS.resolve("policy.yaml").toString();

  /** The guards that judge the usage, policy and catalog alone, as the command line has them. */
  private static final List<String> FROM_THE_FILES = List.of("target-density", "league-table", "individual-control",
      "synecdoche", "purpose-mismatch", "cross-domain-linkage", "vanity-metric");

  /** The guards that need charts, dates of the latest data or unit values, which only the example had. */
  private static final List<String> NEED_DATA = List.of("gaming-signals", "too-little-data", "stale-data");

  @TempDir Path folder;

  /** A report's sections (one per guard, and the header first), by guard id. */
  private static Map<String, String> sections(String report) {
    return Arrays.stream(report.strip().split("\n\n"))
        .collect(Collectors.toMap(GuardsCommandTest::id, Function.identity()));
  }

  private static String id(String section) {
    String first = section.lines().findFirst().orElse("");
    int open = first.indexOf(" [");
    return open < 0 || !first.contains("]:") ? "header" : first.substring(open + 2, first.indexOf("]:"));
  }

  private static String example(String language) throws IOException {
    return Files.readString(GUARDS.resolve("example-report." + language + ".txt"), StandardCharsets.UTF_8);
  }

  @Test
  void theExampleFilesGiveTheExampleReportForEveryGuardThatReadsOnlyFilesAndExitWithThreeForItsBlocks()
      throws IOException {
    Invocation g = Invocation.of("guards", USAGE, "--policy", POLICY, "--as-of", "2026-11-01");

    assertThat(g.code()).as(g.err()).isEqualTo(3);
    Map<String, String> got = sections(g.out());
    Map<String, String> expected = sections(example("en"));
    assertThat(got.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet()).hasSize(13);
    assertThat(got.get("header")).isEqualTo(expected.get("header"));
    for (String id : FROM_THE_FILES) {
      assertThat(got.get(id)).as(id).isEqualTo(expected.get(id));
    }
    assertThat(got.get("individual-control")).contains("- BLOCK · cockpit 'sagsbehandlere'");
    assertThat(got.get("cross-domain-linkage")).contains("- BLOCK · linkage 'tidlig-opsporing'");
    for (String id : NEED_DATA) {
      assertThat(got.get(id)).as(id).contains("]: INDETERMINATE").contains("Could not judge");
    }
    assertThat(got.get("reacting-to-noise")).contains("(no SPC chart given)")
        .contains("KPI 'oekonomi.forbrugsprocent': Shown as red_green with no SPC");
    assertThat(got.get("target-without-reflection"))
        .contains("The target 6 has no owner, rationale, review date or stated action.");
    assertThat(g.err()).isEqualTo("12 guards: 14 findings, 2 blocking\n"
        + "A finding blocks the use as declared (exit code 3): read its learning alternative in the report.\n");
  }

  @Test
  void theReportInDanishMatchesTheDanishExample() throws IOException {
    Invocation g = Invocation.of("guards", USAGE, "--policy", POLICY, "--as-of", "2026-11-01", "--lang", "da");

    assertThat(g.code()).isEqualTo(3);
    Map<String, String> got = sections(g.out());
    Map<String, String> expected = sections(example("da"));
    assertThat(got.get("header")).isEqualTo(expected.get("header"));
    for (String id : FROM_THE_FILES) {
      assertThat(got.get(id)).as(id).isEqualTo(expected.get(id));
    }
  }

  @Test
  void theJsonReportIsWrittenToAFileWithBothLanguages() throws IOException {
    Path out = folder.resolve("rapport").resolve("guards.json");
    Invocation g = Invocation.of("guards", USAGE, "--policy", POLICY, "--as-of", "2026-11-01",
        "--format", "json", "--out", out.toString());

    assertThat(g.code()).isEqualTo(3);
    assertThat(g.out()).isEmpty();
    assertThat(g.err()).contains("12 guards: 14 findings, 2 blocking; written to ");
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\n  \"municipality\" : \"Eksempelby Kommune\",\n  \"asOf\" : \"2026-11-01\",")
        .contains("\"blocked\" : true").contains("\"id\" : \"cross-domain-linkage\"")
        .contains("\"da\" : \"Måltæthed\"").contains("\"en\" : \"Target density\"");
  }

  @Test
  void aUseWithoutBlockingFindingsIsExitCodeZero() {
    String usage = Invocation.write(folder.resolve("usage.yaml"), "municipality: Testby\ncockpits:\n"
        + "  - id: direktion\n    name: Overblik\n    audience: executive_board\n    level: municipality\n"
        + "    kpis:\n      - kpi: sygefravaer.fravaersprocent\n        display: [spc]\n        refresh: monthly\n");
    String policy = Invocation.write(folder.resolve("policy.yaml"), "name: Testby politik\nthresholds:\n"
        + "  minimumPoints: 12\n");
    Invocation g = Invocation.of("guards", usage, "--policy", policy, "--as-of", "2026-11-01");

    assertThat(g.code()).as(g.err()).isZero();
    assertThat(g.out()).startsWith("Learning or control: the guards' report\nMunicipality: Testby\nDate: 2026-11-01\n")
        .contains("1. Target density [target-density]: NOTHING FOUND").doesNotContain("BLOCK ·");
    assertThat(g.err()).endsWith(" findings, 0 blocking\n");
  }

  @Test
  void aBrokenUsageFileIsExitCodeTwoWithTheFileAndLine() {
    String usage = Invocation.write(folder.resolve("usage.yaml"), "municipality: Testby\ncockpitz: []\n");
    Invocation g = Invocation.of("guards", usage, "--policy", POLICY).noStackTrace();

    assertThat(g.code()).isEqualTo(2);
    assertThat(g.out()).isEmpty();
    assertThat(g.err()).isEqualTo("datainformed guards: usage.yaml, line 2, column 1: unknown field 'cockpitz'"
        + " (did you mean 'cockpits'?)\n");
  }

  @Test
  void aBrokenPolicyAndAMissingFileAreExitCodeTwo() {
    String policy = Invocation.write(folder.resolve("policy.yaml"), "name: x\nthresholds:\n  minimumGroupSize: fem\n");
    Invocation broken = Invocation.of("guards", USAGE, "--policy", policy).noStackTrace();
    Invocation missing = Invocation.of("guards", USAGE, "--policy", folder.resolve("ingen.yaml").toString())
        .noStackTrace();
    Invocation none = Invocation.of("guards", USAGE).noStackTrace();

    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.err()).startsWith("datainformed guards: policy.yaml, line 3");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--policy ").contains("ingen.yaml: no such file; give the POLICY.yaml file");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required option: '--policy=POLICY.yaml'");
  }
}
