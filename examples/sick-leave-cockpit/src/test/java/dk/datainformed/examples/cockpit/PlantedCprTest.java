package dk.datainformed.examples.cockpit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.org.OrgUnitVersion;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.org.Succession;
import dk.datainformed.examples.cockpit.SyntheticMunicipality.EmployeeMonth;
import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineDefinition;
import dk.datainformed.pipeline.PipelineException;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full run of the example's pipeline with CPR numbers planted in every text a person could type:
 * every unit's name (in every written form), every job function of the export, a number cell of a
 * broken row, and the export's own CPR column. Every output file, the run report, the command line's
 * standard output and error, every log line (slf4j-simple at trace level writes them to {@value
 * #LOG}, see {@code src/test/resources/simplelogger.properties}) and every message are scanned: no CPR
 * number may come back whole. The broken row itself is kept beside the output, for inspection, not in
 * it; that folder is not published and is not scanned.
 */
class PlantedCprTest {
  /** Every written form of a CPR number, from the test kit. */
  static final List<String> FORMS = Leaks.CPR_FORMS;

  /** Where slf4j-simple writes every log line of the test run. */
  static final String LOG = "target/test-log.txt";

  @TempDir Path folder;

  @Test
  void noPlantedCprNumberComesBackFromAFullRun() throws IOException {
    SyntheticMunicipality town = SyntheticMunicipality.generate(SyntheticMunicipality.Size.SMALL, 11L);
    Path export = town.writeCsv(folder.resolve("input").resolve("loenfravaer.csv"));
    String text = Files.readString(export, StandardCharsets.UTF_8);
    StringBuilder planted = new StringBuilder();
    int i = 0;
    for (String line : text.split("\r\n", -1)) {
      String[] cells = line.split(";", -1);
      if (cells.length > 4 && !line.startsWith("\uFEFF")) {
        cells[4] = cells[4] + " " + FORMS.get(i++ % FORMS.size());
      }
      if (i == 10) {
        cells[5] = FORMS.get(0);
      }
      planted.append(String.join(";", cells)).append(line.isEmpty() ? "" : "\r\n");
    }
    Files.writeString(export, planted, StandardCharsets.UTF_8);

    OrganisationTree.Builder tree = OrganisationTree.builder();
    int j = 0;
    for (var unit : town.tree().units()) {
      for (OrgUnitVersion v : town.tree().history(unit)) {
        tree.add(v.withName(v.name() + " " + FORMS.get(j++ % FORMS.size())));
      }
    }
    for (Succession s : town.tree().successions()) {
      tree.succession(s.predecessor(), s.successor(), s.on());
    }

    Path out = folder.resolve("cockpit");
    PipelineDefinition definition =
        PipelineFile.loader()
            .variable("input", export.toString())
            .variable("language", "da")
            .variable("units_link", "Alle enheder")
            .organisation(tree.build())
            .environment(SickLeaveCockpitTest.keyEnvironment())
            .load(Path.of("pipeline", "sygefravaer.pipeline.yaml"));
    RunReport report = Pipeline.of(definition).run(out);
    assertEquals(1, report.sources().get(0).rejected().size(), "the planted broken row is rejected");

    Set<String> raw = raw(town);
    Leaks.assertNoneIn("the run report", report.toText() + report, raw);
    assertTrue(Leaks.assertNoneInFiles(out, raw) >= 8, "every output file is scanned");

    SickLeaveCockpitTest.Run cli = SickLeaveCockpitTest.cockpit(SickLeaveCockpitTest.keyEnvironment(),
        "--out", folder.resolve("cli").toString(), "--size", "small", "--seed", "11", "--input", export.toString());
    assertEquals(0, cli.code(), "the planted export's units are the generated ones");
    Leaks.assertNoneIn("standard output", cli.out(), raw);
    Leaks.assertNoneIn("standard error", cli.err(), raw);
    Leaks.assertNoneInFiles(folder.resolve("cli"), raw);

    String log = Files.readString(Path.of(LOG), StandardCharsets.UTF_8);
    assertTrue(log.contains("DEBUG"), "the privacy module logs its disclosure control at debug level");
    Leaks.assertNoneIn(LOG, log, raw);
  }

  /** The planted forms and every generated CPR number, with and without its hyphen. */
  static Set<String> raw(SyntheticMunicipality town) {
    Set<String> raw = new TreeSet<>(FORMS);
    for (EmployeeMonth r : town.rows()) {
      raw.add(r.cpr());
      raw.add(r.cpr().replace("-", ""));
    }
    return raw;
  }

  @Test
  void aMessageAboutAPlantedSettingHoldsNoCprNumber() {
    SyntheticMunicipality town = SyntheticMunicipality.generate(SyntheticMunicipality.Size.SMALL, 11L);
    Path export = town.writeCsv(folder.resolve("input").resolve("loenfravaer.csv"));
    PipelineDefinition definition =
        PipelineFile.loader()
            .variable("input", export.toString())
            .variable("language", "da " + FORMS.get(0))
            .variable("units_link", "Alle enheder")
            .organisation(town.tree())
            .environment(SickLeaveCockpitTest.keyEnvironment())
            .load(Path.of("pipeline", "sygefravaer.pipeline.yaml"));

    PipelineException e =
        assertThrows(PipelineException.class, () -> Pipeline.of(definition).run(folder.resolve("never")));

    assertTrue(e.getMessage().contains("language"), e.getMessage());
    for (String t : Leaks.texts(e)) {
      Leaks.assertNoneIn("the exception", t, FORMS);
    }
    assertTrue(Files.notExists(folder.resolve("never")), "a failed run writes nothing");
  }
}
