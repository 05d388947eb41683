package dk.datainformed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.store.ResultStore;
import dk.datainformed.store.StoredRun;
import dk.datainformed.store.StoredValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datainformed run}: a pipeline file run from the command line, with its key from the environment. */
class RunCommandTest {
  @TempDir Path folder;

  private Invocation run(Path fixture, String... more) {
    String[] args = Stream.concat(
        Stream.of("run", fixture.resolve("fravaer.pipeline.yaml").toString(),
            "--var", "input=" + fixture.resolve("export.csv"), "--out", folder.resolve("out").toString()),
        Stream.of(more)).toArray(String[]::new);
    return Invocation.withKey(args);
  }

  @Test
  void runsThePipelineAndPrintsItsReport() {
    Invocation r = run(Invocation.fixture(folder));

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Pipeline fravaer")
        .contains("source export (csv): 40 records, pseudonymised cpr -> employee, 1 rows rejected")
        .contains("export.csv, line 42: field 'days' (decimal)")
        .contains("KPI test.days v1: 4 series")
        .contains("Outputs written to " + Invocation.shown(folder.resolve("out")));
    assertThat(folder.resolve("out").resolve("test.days.json")).exists();
    assertThat(folder.resolve("out").resolve("test.days.csv")).exists();
    assertThat(folder.resolve("out").resolve("guards.json")).exists();
  }

  @Test
  void noPlantedCprNumberNorTheKeyReachesTheConsoleOrTheOutputs() throws IOException {
    Invocation r = run(Invocation.fixture(folder));

    assertThat(r.code()).isZero();
    assertThat(r.all()).doesNotContain(Invocation.PLANTED).doesNotContain("0404909007")
        .doesNotContain("010191-9001").doesNotContain(Invocation.KEY);
    try (Stream<Path> files = Files.walk(folder.resolve("out"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString())
            .doesNotContain(Invocation.PLANTED).doesNotContain("010191-9001");
      }
    }
  }

  @Test
  void aMissingKeyIsExitCodeTwoWithOneMessage() {
    Path f = Invocation.fixture(folder);
    Invocation r = Invocation.of("run", f.resolve("fravaer.pipeline.yaml").toString(),
        "--var", "input=" + f.resolve("export.csv"), "--out", folder.resolve("out").toString()).noStackTrace();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("datainformed run: fravaer.pipeline.yaml, line 22, column ")
        .contains("the environment variable TEST_PSEUDONYM_KEY is not set");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aVariableNotGivenSaysWhichOptionGivesIt() {
    Path f = Invocation.fixture(folder);
    Invocation r = Invocation.withKey("run", f.resolve("fravaer.pipeline.yaml").toString()).noStackTrace();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("uses the variable ${input}: give it with --var input=VALUE");
  }

  @Test
  void aMissingInputFileIsExitCodeTwo() {
    Path f = Invocation.fixture(folder);
    Invocation r = Invocation.withKey("run", f.resolve("fravaer.pipeline.yaml").toString(),
        "--var", "input=" + folder.resolve("nowhere.csv"), "--out", folder.resolve("out").toString()).noStackTrace();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("datainformed run: ").contains("nowhere.csv");
  }

  @Test
  void refusesToReplaceAFolderThatNoRunWrote() throws IOException {
    Path out = Files.createDirectories(folder.resolve("out"));
    Files.writeString(out.resolve("budget.xlsx"), "mine");
    Invocation r = run(Invocation.fixture(folder)).noStackTrace();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("holds files that no earlier run wrote");
    assertThat(out.resolve("budget.xlsx")).exists();
  }

  @Test
  void twoRunsWithAStoreAreBothKeptAndTheSecondWritesNoValueTwice() {
    Path f = Invocation.fixture(folder);
    Path store = folder.resolve("fravaer.duckdb");
    Invocation first = run(f, "--store", store.toString());
    Invocation second = run(f, "--store", store.toString());

    assertThat(first.code()).as(first.all()).isZero();
    assertThat(second.code()).as(second.all()).isZero();
    assertThat(first.out()).containsPattern("Run 1 kept in the results store .*fravaer\\.duckdb: [1-9]\\d* values\n");
    assertThat(second.out()).contains(": 0 values new or revised since run 1");
    try (ResultStore results = ResultStore.duckdb(store)) {
      List<StoredRun> runs = results.runs();
      assertThat(runs).extracting(StoredRun::id).containsExactly(1L, 2L);
      List<StoredValue> values = results.values(runs.get(1));
      assertThat(values).isNotEmpty().isEqualTo(results.values(runs.get(0)));
      assertThat(values).filteredOn(v -> v.status() == StoredValue.Status.SUPPRESSED).isNotEmpty()
          .allSatisfy(v -> assertThat(v.value()).isEmpty());
    }
  }

  @Test
  void replacesTheOutputOfAnEarlierRun() {
    Path f = Invocation.fixture(folder);
    assertThat(run(f).code()).isZero();
    assertThat(run(f).code()).isZero();
  }

  @Test
  void aFileThatNeedsAnOrganisationTreeIsRefusedWithWhatToDoInstead() throws IOException {
    Path f = Invocation.fixture(folder);
    Path file = f.resolve("fravaer.pipeline.yaml");
    Files.writeString(file, Files.readString(file).replace("organisation: {field: unit, root: Hele kommunen}",
        "organisation: {field: unit}"));
    Invocation r = run(f).noStackTrace();

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("the command line cannot read a tree from a file yet")
        .contains("root: <the total's name>");
  }

  @Test
  void theDebugOptionAddsTheStackTraceMasked() throws IOException {
    Path f = Invocation.fixture(folder);
    Invocation r = Invocation.of("run", f.resolve("fravaer.pipeline.yaml").toString(),
        "--var", "input=" + f.resolve("export.csv"), "--debug");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("\tat ").contains("PipelineException");
  }
}
