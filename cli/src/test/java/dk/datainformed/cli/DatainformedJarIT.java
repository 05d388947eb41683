package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built command line as a user starts it: {@code java -jar cli/target/datainformed.jar} in a
 * process of its own, on the repository's starter and example files and a small synthetic pipeline.
 * Runs in the integration-test phase, after the jar and its {@code lib/} are packaged.
 */
class DatainformedJarIT {
  private static final Path JAR = Path.of(System.getProperty("datainformed.cli.jar", "target/datainformed.jar"));
  private static final Path REPOSITORY = Path.of(System.getProperty("datainformed.repository", ".."));

  @TempDir Path folder;

  private record Result(int code, String out, String err) {}

  private Result java(Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(folder.toFile());
    pb.environment().remove("DATAINFORMED_PSEUDONYM_KEY");
    pb.environment().putAll(environment);
    try {
      Path out = folder.resolve("stdout.txt");
      Path err = folder.resolve("stderr.txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command line finished within two minutes").isTrue();
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Result java(String... args) {
    return java(Map.of(), args);
  }

  private static String repo(String path) {
    return REPOSITORY.resolve(path).toAbsolutePath().normalize().toString();
  }

  @Test
  void startsWithoutSlf4jWarningsAndPrintsItsVersion() {
    Result r = java("--version");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("datainformed 0.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validatesTheStarterCatalogAndEveryExampleFile() {
    Result starter = java("validate", repo("kpi/src/main/resources/dk/datainformed/kpi/catalog"),
        repo("examples/sick-leave-cockpit/pipeline/sygefravaer.pipeline.yaml"),
        repo("examples/sick-leave-cockpit/pipeline/usage.yaml"),
        repo("examples/sick-leave-cockpit/pipeline/policy.yaml"));
    Result school = java("validate", "--catalog", repo("examples/school-wellbeing/pipeline/kpis"),
        repo("examples/school-wellbeing/pipeline/kpis"),
        repo("examples/school-wellbeing/pipeline/trivsel.pipeline.yaml"),
        repo("examples/school-wellbeing/pipeline/usage-learning.yaml"),
        repo("examples/school-wellbeing/pipeline/usage-league-table.yaml"));
    Result statbank = java("validate", repo("examples/statbank-population/pipeline/folk1a.pipeline.yaml"),
        "--var", "base_url=https://api.statbank.dk/v1", "--var", "areas=101");

    assertThat(starter.code()).as(starter.out()).isZero();
    assertThat(starter.out()).contains("(catalog: 11 KPIs)").contains("4 of 4 files valid");
    assertThat(school.code()).as(school.out()).isZero();
    assertThat(school.out()).contains("4 of 4 files valid");
    assertThat(statbank.code()).as(statbank.out()).isZero();
    assertThat(starter.err() + school.err() + statbank.err()).isEmpty();
  }

  @Test
  void aBrokenFileIsExitCodeTwoWithItsLineAndNoStackTrace() throws IOException {
    Path usage = folder.resolve("usage.yaml");
    Files.writeString(usage, "municipality: Testby\ncockpitz: []\n");
    Result r = java("validate", usage.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("usage.yaml, line 2, column 1: unknown field 'cockpitz' (did you mean 'cockpits'?)");
    assertThat(r.out() + r.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void runsASyntheticPipelineWithTheKeyFromTheEnvironment() throws IOException {
    Path f = Invocation.fixture(folder);
    Result r = java(Map.of(Invocation.KEY_VARIABLE, Invocation.KEY), "run", f.resolve("fravaer.pipeline.yaml").toString(),
        "--var", "input=" + f.resolve("export.csv"), "--out", "cockpit");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("source export (csv): 40 records, pseudonymised cpr -> employee, 1 rows rejected")
        .contains("Outputs written to ");
    assertThat(r.err()).isEmpty();
    assertThat(folder.resolve("cockpit").resolve("test.days.json")).exists();
    StringBuilder everything = new StringBuilder(r.out()).append(r.err());
    try (Stream<Path> files = Files.walk(folder.resolve("cockpit"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        everything.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertThat(everything).doesNotContain(Invocation.PLANTED).doesNotContain("010191-9001")
        .doesNotContain(Invocation.KEY);
  }

  @Test
  void computesAKpiToDanishCsvAndExplainsItInDanish() throws IOException {
    Path f = Invocation.fixture(folder);
    Result compute = java("compute", "test.days", "--catalog", f.resolve("kpis").toString(),
        "--input", f.resolve("export.csv").toString(), "--pseudonymise", "cpr", "--by", "unit",
        "--minimum-count", "3", "--format", "csv", "--out", "fravaer.csv");
    Result explain = java("explain", "sygefravaer.fravaersprocent", "--lang", "da");

    assertThat(compute.code()).as(compute.err()).isZero();
    assertThat(Files.readString(folder.resolve("fravaer.csv"), StandardCharsets.UTF_8))
        .contains("test.days;1;a;2024M01;7,5;7,5;;5;;\r\n").contains(";suppressed\r\n");
    assertThat(explain.code()).isZero();
    assertThat(explain.out()).contains("Tæller: summen af own_illness_days");
  }

  @Test
  void chartsASeriesToAnHtmlPageAndRunsTheGuardsOnTheExampleWithExitCodeThree() throws IOException {
    Path series = folder.resolve("serie.csv");
    Files.writeString(series, "period;value\n2024M01;10\n2024M02;12\n2024M03;10\n2024M04;12\n2024M05;10\n"
        + "2024M06;12\n2024M07;10\n2024M08;12\n2024M09;10\n2024M10;12\n2024M11;10\n2024M12;12\n2025M01;20\n");
    Result chart = java("chart", series.toString(), "--direction", "lower", "--out", "serie.html");
    Result guards = java("guards", repo("docs/guards/usage.yaml"), "--policy", repo("docs/guards/policy.yaml"),
        "--as-of", "2026-11-01");

    assertThat(chart.code()).as(chart.err()).isZero();
    assertThat(chart.out()).startsWith("XmR chart, 13 points, 2024M01–2025M01: centre 11.69, process limits 5.042–18.34")
        .contains("  - above the upper process limit, January 2025");
    assertThat(chart.err()).isEmpty();
    assertThat(Files.readString(folder.resolve("serie.html"), StandardCharsets.UTF_8)).contains("<svg ")
        .contains("<li>above the upper process limit, January 2025</li>");
    assertThat(guards.code()).isEqualTo(3);
    assertThat(guards.out()).contains("- BLOCK · linkage 'tidlig-opsporing'");
    assertThat(guards.err()).contains("2 blocking");
  }
}
