package dk.datainformed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.spc.ChangePoint;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pipeline run on real files: pseudonymised at ingest, disclosed, written whole or not at all. */
class PipelineRunTest {
  @TempDir Path folder;

  private Pipeline pipeline(String csv, boolean failingWriter) {
    Path file = Fixture.write(folder, Fixture.PIPELINE, csv);
    PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment()).load(file);
    return Pipeline.of(d, List.of(new LinesWriter(failingWriter)));
  }

  private static String everything(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }

  @Test
  void writesEveryOutputAndTheRunReport() throws IOException {
    Path out = folder.resolve("out");
    RunReport report = pipeline(Fixture.export(), false).run(out);

    assertThat(report.sources()).singleElement().satisfies(s -> {
      assertThat(s.records()).isEqualTo(20);
      assertThat(s.rejected()).isEmpty();
      assertThat(s.pseudonymisedFields()).containsExactly("cpr -> employee");
    });
    assertThat(report.files()).containsExactly("lines.txt", "run-report.txt");
    List<String> lines = Files.readAllLines(out.resolve("lines.txt"));
    assertThat(lines).contains("test.days;unit=a;2024M01;7.5");
    assertThat(Files.readString(out.resolve("run-report.txt"))).isEqualTo(report.toText());
  }

  @Test
  void noCprNumberReachesAnyOutput() throws IOException {
    Path out = folder.resolve("out");
    pipeline(Fixture.export(), false).run(out);

    String all = everything(out);
    assertThat(all).doesNotContain("020290-9006").doesNotContain("0202909006").doesNotContain("010191-9001");
  }

  @Test
  void aWriterThatWritesACprNumberFailsTheRunAndPublishesNothing() {
    Path out = folder.resolve("out");
    String csv = Fixture.export().replace(";a;", ";a 010190\u20131234;");
    PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment())
        .load(Fixture.write(folder, Fixture.PIPELINE, csv));
    // A writer of one's own that writes the units as the source gave them, without masking.
    PublicationWriter unmasked = new LinesWriter(false) {
      @Override
      public void write(Publication publication, Map<String, String> settings, Path to) throws IOException {
        List<String> units = new ArrayList<>();
        publication.kpis().get(0).disclosed().result().series()
            .forEach(s -> s.key().value("unit").ifPresent(units::add));
        Files.write(to.resolve("units.txt"), units);
      }
    };

    assertThatThrownBy(() -> Pipeline.of(d, List.of(unmasked)).run(out))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("Output format 'lines' wrote a CPR number into units.txt, line ")
        .hasMessageContaining("010190-****")
        .hasMessageNotContaining("1234");
    assertThat(out).doesNotExist();
  }

  /** Runs the fixture with a pipeline text of its own and gives the publication the writers saw. */
  private Publication published(String pipelineText) {
    return published(pipelineText, Fixture.KPIS);
  }

  /** The same, with the KPI file of its own. */
  private Publication published(String pipelineText, String kpis) {
    Path file = Fixture.write(folder, pipelineText, Fixture.export());
    try {
      Files.writeString(folder.resolve("kpis").resolve("test.yaml"), kpis, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment()).load(file);
    List<Publication> seen = new ArrayList<>();
    PublicationWriter keep = new LinesWriter(false) {
      @Override
      public void write(Publication publication, Map<String, String> settings, Path to) {
        seen.add(publication);
      }
    };
    Pipeline.of(d, List.of(keep)).run(folder.resolve("out"));
    return seen.get(0);
  }

  @Test
  void aKnownChangeStartsANewSegmentOnTheChartsItNames() {
    Publication p = published(Fixture.PIPELINE.replace("disclosure:",
        "spc:\n  changes: [{from: 2024M02, reason: ny vagtplan, where: {unit: a}}]\ndisclosure:"));
    Publication without = published(Fixture.PIPELINE);

    // Unit a is the one unit with a chart: b has too few persons, and c is withheld to protect b.
    ProcessBehaviourChart a = p.kpis().get(0).chart(SeriesKey.of("unit", "a")).orElseThrow();
    assertThat(a.segments()).hasSize(2);
    assertThat(a.segments().get(1).startedBy()).hasValue(ChangePoint.rebase(Period.month(2024, 2), "ny vagtplan"));
    assertThat(without.kpis().get(0).chart(SeriesKey.of("unit", "a")).orElseThrow().segments()).hasSize(1);
  }

  @Test
  void aKpisOwnDataBreakStartsANewSegmentWithoutBeingDeclaredInThePipeline() {
    Publication p = published(Fixture.PIPELINE,
        Fixture.KPIS + "  dataBreaks: [{date: 2024-02-01, reason: nyt lønsystem}]\n");

    ProcessBehaviourChart a = p.kpis().get(0).chart(SeriesKey.of("unit", "a")).orElseThrow();
    assertThat(a.segments()).hasSize(2);
    assertThat(a.segments().get(1).startedBy())
        .hasValue(ChangePoint.dataBreak(Period.month(2024, 2), "nyt lønsystem"));
  }

  @Test
  void aKnownChangeThatFallsOnNoChartIsRefused() {
    assertThatThrownBy(() -> published(Fixture.PIPELINE.replace("disclosure:",
        "spc:\n  changes: [{from: 2024M02, reason: ny vagtplan, where: {unit: x}}]\ndisclosure:")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("change from 2024M02 (ny vagtplan) where {unit=x}")
        .hasMessageContaining("falls on no chart");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aUnitWithTooFewPersonsIsWithheld() throws IOException {
    Path out = folder.resolve("out");
    RunReport report = pipeline(Fixture.export(), false).run(out);

    assertThat(Files.readAllLines(out.resolve("lines.txt"))).contains("test.days;unit=b;2024M01;SUPPRESSED");
    assertThat(report.kpis()).singleElement().satisfies(k -> assertThat(k.suppressed()).isPositive());
  }

  @Test
  void badRowsAreReportedWithTheirLineAndKeptBesideTheOutput() throws IOException {
    String csv = Fixture.export() + "040490-9007;2024M02;a;mange\n";
    Path out = folder.resolve("out");
    RunReport report = pipeline(csv, false).run(out);

    assertThat(report.sources().get(0).rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.position()).contains("line 22"));
    assertThat(report.toText()).doesNotContain("040490-9007").doesNotContain("mange;");
    assertThat(report.rejectedRowsFolder()).hasValue(folder.resolve("out-rejected").toString());
    assertThat(Files.readString(folder.resolve("out-rejected").resolve("export.txt"))).contains("mange");
    // The published folder lists the row's position and reason, never the row itself.
    assertThat(everything(out)).doesNotContain("040490-9007;2024M02;a;mange").doesNotContain("040490-9007");
  }

  @Test
  void aFailedRunLeavesThePreviousOutputAsItWas() throws IOException {
    Path out = folder.resolve("out");
    pipeline(Fixture.export(), false).run(out);
    String before = everything(out);

    assertThatThrownBy(() -> pipeline(Fixture.export().replace(";1,5", ";2,5"), true).run(out))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("Could not write the outputs");

    assertThat(everything(out)).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(folder)) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".out"));
    }
  }

  @Test
  void aOneLevelOrganisationMadeFromAFieldAddsItsTotalUnderTheRoot() throws IOException {
    String file = Fixture.PIPELINE.replace("breakdown: [unit]", "organisation: {field: unit, root: Alle enheder}");
    Path out = folder.resolve("out");
    Pipeline.of(PipelineFile.loader().environment(Fixture.environment()).load(Fixture.write(folder, file,
        Fixture.export())), List.of(new LinesWriter(false))).run(out);

    // Unit a: 5 employees with 1.5 days each; unit c: 4 with 1 each; unit b: one with 4; the root:
    // every record. b is too small and c is withheld with it, so that b cannot be found as the
    // root's total minus a and c.
    assertThat(Files.readAllLines(out.resolve("lines.txt")))
        .contains("test.days;unit=a;2024M01;7.5", "test.days;unit=Alle enheder;2024M01;15.5",
            "test.days;unit=b;2024M01;SUPPRESSED", "test.days;unit=c;2024M01;SUPPRESSED");
  }

  @Test
  void aOneLevelOrganisationsRootMayNotBeNamedAsAUnit() {
    String file = Fixture.PIPELINE.replace("breakdown: [unit]", "organisation: {field: unit, root: a}");
    Pipeline p = Pipeline.of(PipelineFile.loader().environment(Fixture.environment()).load(Fixture.write(folder,
        file, Fixture.export())), List.of(new LinesWriter(false)));

    assertThatThrownBy(() -> p.run(folder.resolve("out")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("root of pipeline 'fravaer' is named 'a'");
  }

  @Test
  void otherUsesAreJudgedByTheGuardsAndPublishedByName() throws IOException {
    String file = Fixture.PIPELINE.replace("disclosure:",
        "guards: {usage: usage-league-table.yaml, otherUses: {league-table: usage-league-table.yaml}}\ndisclosure:");
    Path out = folder.resolve("out");
    Pipeline.of(PipelineFile.loader().environment(Fixture.environment()).load(Fixture.write(folder, file,
        Fixture.export())), List.of(new LinesWriter(false))).run(out);

    assertThat(Files.readAllLines(out.resolve("lines.txt"))).contains("guards;league-table;target-density");
  }

  @Test
  void anOutputFormatWithoutAWriterIsRefusedBeforeAnythingIsRead() {
    Path file = Fixture.write(folder, Fixture.PIPELINE.replace("format: lines", "format: pdf"), Fixture.export());
    PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment()).load(file);

    assertThatThrownBy(() -> Pipeline.of(d, List.of(new LinesWriter(false))))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("format 'pdf'")
        .hasMessageContaining("[lines]");
  }
}
