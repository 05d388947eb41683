package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datainformed validate}: valid files pass, and each broken one says file, line and what to fix. */
class ValidateCommandTest {
  @TempDir Path folder;

  @Test
  void acceptsAPipelineItsCatalogUsageAndPolicyTellingEachKindFromItsContent() {
    Path f = Invocation.fixture(folder);
    Invocation v = Invocation.of("validate", f.resolve("fravaer.pipeline.yaml").toString(),
        f.resolve("kpis").toString(), f.resolve("usage.yaml").toString(), f.resolve("policy.yaml").toString(),
        "--catalog", f.resolve("kpis").toString());

    assertThat(v.code()).isZero();
    assertThat(v.out())
        .contains("valid    " + Invocation.shown(f.resolve("fravaer.pipeline.yaml")) + " (pipeline: 'fravaer', 1 source, 1 KPI, 3 outputs)")
        .contains("(catalog: 1 KPI)")
        .contains("(usage: 1 cockpit, 0 decisions, 0 linkages)")
        .contains("(policy: 'Testby Kommunes retningslinjer (test)')")
        .contains("4 of 4 files valid");
  }

  @Test
  void aPipelineFileIsCheckedWithoutItsRunTimeValuesAndSaysWhichWereStoodIn() {
    Path f = Invocation.fixture(folder);
    Invocation v = Invocation.of("validate", f.resolve("fravaer.pipeline.yaml").toString());

    assertThat(v.code()).isZero();
    assertThat(v.out())
        .contains("note: checked without the value of ${input}; 'run' needs --var input=VALUE")
        .contains("note: the pseudonym key's environment variable TEST_PSEUDONYM_KEY is not set here");
  }

  @Test
  void theKeyInTheEnvironmentIsNeverPrinted() {
    Path f = Invocation.fixture(folder);
    Invocation v = Invocation.withKey("validate", f.resolve("fravaer.pipeline.yaml").toString(),
        "--var", "input=" + f.resolve("export.csv"));

    assertThat(v.code()).isZero();
    assertThat(v.out()).doesNotContain("note:");
    assertThat(v.all()).doesNotContain(Invocation.KEY);
  }

  @Test
  void aPipelineWithAJdbcSourceFindsTheConnectorWithoutADriver() {
    Path f = Invocation.fixture(folder);
    String csv = "    connector: csv\n    dataset: test.absence\n    settings:\n      path: \"${input}\"\n"
        + "      schema: \"${here}/schema.json\"\n      on_error: report\n";
    String jdbc = "    connector: jdbc\n    dataset: test.absence\n    settings:\n"
        + "      url: jdbc:postgresql://dw.testby.invalid:5432/dw\n      user: reader\n"
        + "      password: \"${dw_password}\"\n      table: hr.fravaer\n      cursor_field: opdateret\n"
        + "      cpr_fields: cpr\n";
    String pipeline = read(f.resolve("fravaer.pipeline.yaml"));
    assertThat(pipeline).contains(csv);
    String file = Invocation.write(f.resolve("fravaer.pipeline.yaml"), pipeline.replace(csv, jdbc));
    Invocation v = Invocation.of("validate", file);

    assertThat(v.code()).as(v.all()).isZero();
    assertThat(v.out()).contains("(pipeline: 'fravaer', 1 source, 1 KPI, 3 outputs)")
        .contains("note: checked without the value of ${dw_password}");
    assertThat(v.all()).doesNotContain("there is no connector");
  }

  @Test
  void aTabGivesFileLineAndAFix() {
    String file = Invocation.write(folder.resolve("usage.yaml"),
        "municipality: Testby Kommune\ncockpits:\n\t- id: ledere\n");
    Invocation v = Invocation.of("validate", file).noStackTrace();

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).contains("invalid  " + Invocation.shown(file) + " (read as usage)")
        .containsPattern("usage\\.yaml, line \\d+, column \\d+: ")
        .contains("fix: line 3 is indented with a tab, and YAML indents with spaces only: replace the tab with spaces")
        .contains("0 of 1 file valid");
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineAndTheKeyMeant() {
    String file = Invocation.write(folder.resolve("policy.yaml"),
        "name: Testby\nthresholds:\n  minimumGroupSize: 5\n  maximumTargetsPerAudiense: 3\n");
    Invocation v = Invocation.of("validate", file).noStackTrace();

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).contains("(read as policy)").containsPattern("policy\\.yaml, line 4, column \\d+: ")
        .contains("maximumTargetsPerAudiense").contains("maximumTargetsPerAudience");
  }

  @Test
  void aWrongTypeIsNamedWithItsLine() {
    Path f = Invocation.fixture(folder);
    String kpis = Invocation.write(f.resolve("kpis").resolve("test.yaml"),
        read(f.resolve("kpis").resolve("test.yaml")).replace("version: 1", "version: one"));
    Invocation v = Invocation.of("validate", kpis).noStackTrace();

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).contains("(read as catalog)").containsPattern("test\\.yaml, line 3, column \\d+: ")
        .contains("version");
  }

  @Test
  void anUnknownKpiInAPipelineFileIsNamedWithItsLineAndTheKpiMeant() {
    Path f = Invocation.fixture(folder);
    String file = Invocation.write(f.resolve("fravaer.pipeline.yaml"),
        read(f.resolve("fravaer.pipeline.yaml")).replace("kpis: [test.days]", "kpis: [test.dayz]"));
    Invocation v = Invocation.of("validate", file).noStackTrace();

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).containsPattern("fravaer\\.pipeline\\.yaml, line 17, column \\d+: ")
        .contains("there is no KPI 'test.dayz' in the catalog (did you mean 'test.days'?)");
  }

  @Test
  void anUnknownKpiInAUsageFileIsNamedAgainstTheCatalogGiven() {
    Path f = Invocation.fixture(folder);
    String file = Invocation.write(f.resolve("usage.yaml"),
        read(f.resolve("usage.yaml")).replace("kpi: test.days", "kpi: test.dayz"));
    Invocation v = Invocation.of("validate", file, "--catalog", f.resolve("kpis").toString()).noStackTrace();

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).containsPattern("usage\\.yaml, line 8, column \\d+: ")
        .contains("unknown KPI id 'test.dayz' (did you mean 'test.days'?)");
  }

  @Test
  void everyFileIsReportedAndOneBrokenFileFailsTheWhole() {
    Path f = Invocation.fixture(folder);
    String broken = Invocation.write(folder.resolve("policy.yaml"), "name: Testby\nthresholdz: {}\n");
    Invocation v = Invocation.of("validate", f.resolve("policy.yaml").toString(), broken,
        folder.resolve("missing.yaml").toString());

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).contains("valid    " + Invocation.shown(f.resolve("policy.yaml")))
        .contains("invalid  " + Invocation.shown(broken))
        .contains("invalid  " + Invocation.shown(folder.resolve("missing.yaml")) + "\n  no such file or folder")
        .contains("1 of 3 files valid");
  }

  @Test
  void aFileOfNoKnownKindAsksForKind() {
    String file = Invocation.write(folder.resolve("notes.yaml"), "title: noter\n");
    Invocation v = Invocation.of("validate", file);

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.out()).contains("give --kind catalog, usage, policy or pipeline");
    assertThat(Invocation.of("validate", "--kind", "policy", file).out()).contains("(read as policy)");
  }

  @Test
  void aCprNumberInABrokenFileIsMaskedInTheMessage() {
    String file = Invocation.write(folder.resolve("policy.yaml"),
        "name: Testby\nthresholds:\n  " + Invocation.PLANTED.replace("-", "") + ": 3\n");
    Invocation v = Invocation.of("validate", file);

    assertThat(v.code()).isEqualTo(2);
    assertThat(v.all()).doesNotContain("9007").contains("040490-****");
  }

  @Test
  void theStarterCatalogsFilesAreValid() {
    Path starter = Path.of("..", "kpi", "src", "main", "resources", "dk", "datainformed", "kpi", "catalog");
    Invocation v = Invocation.of("validate", starter.toString());

    assertThat(v.code()).isZero();
    assertThat(v.out()).contains("(catalog: 11 KPIs)");
  }

  private static String read(Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
