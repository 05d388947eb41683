package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datainformed compute}: one KPI over a CSV file, written only as disclosure control lets it. */
class ComputeCommandTest {
  @TempDir Path folder;

  private Invocation compute(Path f, String... more) {
    String[] base = {"compute", "test.days", "--catalog", f.resolve("kpis").toString(),
        "--input", f.resolve("export.csv").toString(), "--pseudonymise", "cpr", "--by", "unit",
        "--minimum-count", "3"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Invocation.of(args);
  }

  @Test
  void writesTheDisclosedResultAsJsonToStandardOutput() {
    Invocation c = compute(Invocation.fixture(folder));

    assertThat(c.code()).isZero();
    assertThat(c.out()).startsWith("{\"kpi\":\"test.days\",\"version\":1,\"grain\":\"month\",\"dimensions\":[\"unit\"]")
        .contains("{\"key\":{\"unit\":\"a\"},\"points\":[{\"period\":\"2024M01\",\"value\":7.5,\"numerator\":7.5,\"records\":5")
        // Unit b has one employee: withheld, and with it unit c, which would give b away.
        .contains("{\"key\":{\"unit\":\"b\"},\"points\":[{\"period\":\"2024M01\",\"missing\":\"suppressed\"")
        .doesNotContain("\"value\":4.0");
    assertThat(c.err()).contains("Read 40 records").contains("pseudonymised cpr -> person")
        .contains("export.csv, line 42: field 'days' (decimal)")
        .contains("4 values published, 4 withheld (fewer than 3 behind them)");
  }

  @Test
  void writesDanishCsvToAFile() throws IOException {
    Path out = folder.resolve("result").resolve("fravaer.csv");
    Invocation c = compute(Invocation.fixture(folder), "--format", "csv", "--out", out.toString());

    assertThat(c.code()).isZero();
    assertThat(c.out()).isEmpty();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .contains("kpi;version;unit;period;value;numerator;denominator;records;persons;missing\r\n")
        .contains("test.days;1;a;2024M01;7,5;7,5;;5;;\r\n")
        .contains("test.days;1;b;2024M01;;;;;;suppressed\r\n");
  }

  @Test
  void noPlantedCprNumberReachesTheResultOrTheConsole() throws IOException {
    Path f = Invocation.fixture(folder);
    // A unit named with a CPR number, as a careless export might: the result shows it masked.
    Files.writeString(f.resolve("export.csv"), Files.readString(f.resolve("export.csv"))
        .replace(";a;", ";a " + Invocation.PLANTED.replace("-", "") + ";"), StandardCharsets.UTF_8);
    Path out = folder.resolve("fravaer.json");
    Invocation c = compute(f, "--out", out.toString());

    assertThat(c.code()).isZero();
    String written = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(written + c.all()).doesNotContain("0404909007").doesNotContain(Invocation.PLANTED)
        .doesNotContain("010191-9001");
    assertThat(written).contains("\"unit\":\"a 040490-****\"");
  }

  @Test
  void aCprFieldThatIsNotPseudonymisedIsRefused() {
    Path f = Invocation.fixture(folder);
    Invocation c = Invocation.of("compute", "test.days", "--catalog", f.resolve("kpis").toString(),
        "--input", f.resolve("export.csv").toString(), "--schema", f.resolve("schema.json").toString())
        .noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.out()).isEmpty();
    assertThat(c.err()).contains("has the CPR field 'cpr', which the pipeline does not pseudonymise");
  }

  @Test
  void aBreakdownTheKpiDoesNotHaveIsExitCodeTwo() {
    Invocation c = compute(Invocation.fixture(folder), "--by", "age_band").noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--by age_band: KPI 'test.days' can be broken down by [unit] only");
  }

  @Test
  void anUnknownKpiIsExitCodeTwo() {
    Path f = Invocation.fixture(folder);
    Invocation c = Invocation.of("compute", "test.dayz", "--catalog", f.resolve("kpis").toString(),
        "--input", f.resolve("export.csv").toString()).noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("there is no KPI 'test.dayz'").contains("did you mean 'test.days'?");
  }

  @Test
  void aMissingInputIsExitCodeTwo() {
    Invocation c = Invocation.of("compute", "sygefravaer.fravaersprocent", "--input",
        folder.resolve("nowhere.csv").toString()).noStackTrace();

    assertThat(c.code()).isEqualTo(2);
    assertThat(c.err()).contains("--input " + Invocation.shown(folder.resolve("nowhere.csv")) + ": no such file");
  }
}
