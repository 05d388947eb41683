package dk.datainformed.pipeline;

import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of mistake in a pipeline file is one message with the file, the line and a fix. */
class PipelineFileTest {
  @TempDir Path folder;

  private PipelineDefinition load(String pipeline) {
    Path file = Fixture.write(folder, pipeline, Fixture.export());
    return PipelineFile.loader().environment(Fixture.environment()).load(file);
  }

  @Test
  void readsTheFixture() {
    PipelineDefinition d = load(Fixture.PIPELINE);

    assertThat(d.name()).isEqualTo("fravaer");
    assertThat(d.kpis()).extracting(k -> k.id().value()).containsExactly("test.days");
    assertThat(d.sources()).singleElement().satisfies(s -> {
      assertThat(s.personFields()).containsExactly(PersonField.of("cpr", "employee"));
      assertThat(s.settings().get("path")).isEqualTo(folder.toAbsolutePath().normalize() + "/export.csv");
      assertThat(s.origin()).hasValue("pipeline.yaml, line 4, column 5");
    });
    assertThat(d.disclosure().minimumCount()).isEqualTo(3);
    assertThat(d.breakdown()).containsExactly("unit");
  }

  @Test
  void anOtherUseWhoseFileIsMissingIsNamedWithItsLine() {
    String file = Fixture.PIPELINE.replace("disclosure:",
        "guards:\n  usage: usage-league-table.yaml\n  otherUses: {league-table: nowhere.yaml}\ndisclosure:");
    assertThatThrownBy(() -> load(file))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 19")
        .hasMessageContaining("nowhere.yaml");
  }

  @Test
  void readsKnownChangesWithThePeriodAndTheSeriesTheyApplyTo() {
    PipelineDefinition d = load(Fixture.PIPELINE.replace("disclosure:",
        "spc:\n  changes:\n    - {from: 2024M02, reason: ny vagtplan, where: {unit: a}}\n"
            + "    - {from: 2024K1, reason: nyt lønsystem}\ndisclosure:"));

    assertThat(d.changes()).containsExactly(
        KnownChange.of(Period.month(2024, 2), "ny vagtplan").where("unit", "a"),
        KnownChange.of(Period.quarter(2024, 1), "nyt lønsystem"));
    assertThat(d.changes().get(1).in(Grain.MONTH)).isEqualTo(Period.month(2024, 1));
  }

  @Test
  void aKnownChangeWithoutAPeriodOrReasonIsNamedWithItsLine() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("disclosure:",
        "spc:\n  changes:\n    - {from: februar, reason: ny vagtplan}\ndisclosure:")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 19")
        .hasMessageContaining("'februar' is not a period");
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("disclosure:",
        "spc:\n  changes:\n    - {from: 2024M02}\ndisclosure:")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'reason' is missing");
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("disclosure:",
        "spc:\n  changes:\n    -\ndisclosure:")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 19")
        .hasMessageContaining("item 1 of 'spc.changes' is empty");
  }

  @Test
  void aOneLevelOrganisationNeedsNoTree() {
    PipelineDefinition d = load(Fixture.PIPELINE.replace("breakdown: [unit]", "organisation: {field: unit, root: Alle}"));

    assertThat(d.flatOrganisationRoot()).hasValue("Alle");
    assertThat(d.unitField()).isEqualTo("unit");
    assertThat(d.organisation()).isEmpty();
  }

  @Test
  void anUnknownKeyIsNamedWithItsLineAndTheKeyMeant() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("disclosure: {", "disclosur: {")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 17")
        .hasMessageContaining("disclosur")
        .hasMessageContaining("disclosure");
  }

  @Test
  void anUnknownKpiIsNamedWithItsLineAndTheKpiMeant() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("kpis: [test.days]", "kpis: [test.dyas]")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 15")
        .hasMessageContaining("no KPI 'test.dyas'")
        .hasMessageContaining("did you mean 'test.days'");
  }

  @Test
  void aSettingTheConnectorDoesNotTakeIsRefusedWithItsLine() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("on_error: report", "on_eror: report")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 8")
        .hasMessageContaining("on_eror");
  }

  @Test
  void anUnknownConnectorIsNamedWithTheConnectorsThereAre() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("connector: csv", "connector: csvs")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 5")
        .hasMessageContaining("no connector 'csvs'")
        .hasMessageContaining("did you mean 'csv'");
  }

  @Test
  void aMissingDisclosurePolicyIsRefused() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("disclosure: {minimumCount: 3}\n", "")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml")
        .hasMessageContaining("no 'disclosure' section");
  }

  @Test
  void aPersonFieldWithoutADomainIsRefusedWithItsLine() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("      domain: dk.test.fravaer\n", "")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 12")
        .hasMessageContaining("'domain' is missing");
  }

  @Test
  void anUnsetKeyVariableSaysWhichVariableToSet() {
    Path file = Fixture.write(folder, Fixture.PIPELINE, Fixture.export());
    assertThatThrownBy(() -> PipelineFile.loader().environment(java.util.Map.of()).load(file))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 18")
        .hasMessageContaining(Fixture.KEY_VARIABLE + " is not set");
  }

  @Test
  void aCprFieldThePipelineDoesNotPseudonymiseIsRefusedBeforeAnythingIsRead() {
    Path file =
        Fixture.write(folder, Fixture.PIPELINE.replace("      fields: [{field: cpr, as: employee}]\n", "      fields: []\n")
            .replace("    pseudonymise:\n      domain: dk.test.fravaer\n      fields: []\n", ""), Fixture.export());
    PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment()).load(file);

    assertThatThrownBy(() -> Pipeline.of(d, java.util.List.of(new LinesWriter(false))).run(folder.resolve("out")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 4")
        .hasMessageContaining("the CPR field 'cpr'")
        .hasMessageContaining("pseudonymise");
    assertThat(folder.resolve("out")).doesNotExist();
  }

  @Test
  void aPersonFieldThatIsNotOfTypeCprIsRefused() {
    Path file = Fixture.write(folder, Fixture.PIPELINE, Fixture.export());
    try {
      java.nio.file.Files.writeString(folder.resolve("schema.json"),
          Fixture.SCHEMA.replace("\"type\":\"cpr\"", "\"type\":\"identifier\""));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    PipelineDefinition d = PipelineFile.loader().environment(Fixture.environment()).load(file);

    assertThatThrownBy(() -> Pipeline.of(d, java.util.List.of(new LinesWriter(false))).run(folder.resolve("out")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'cpr' a person field")
        .hasMessageContaining("\"type\": \"cpr\"");
  }

  @Test
  void anUnknownVariableNamedLikeACprNumberIsMaskedInTheAdviceToo() {
    // Found by PipelineFileFuzzTest: the advice 'variable("…", value)' quoted the name whole.
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("${here}/export.csv", "${0101901234}")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("${010190-****} is not given")
        .hasMessageNotContaining("0101901234");
  }

  @Test
  void aCatalogFolderNamedWithACprNumberIsMaskedInTheMessageAndItsCause() {
    // Found by PipelineFileFuzzTest: 'k010190-1234pis is not a folder of KPI definition files'.
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("folders: [kpis]", "folders: [k010190-1234pis]")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("k010190-****pis is not a folder")
        .satisfies(e -> assertThat(Leaks.texts(e)).noneMatch(t -> t.contains("1234")));
  }

  @Test
  void anUnknownVariableIsNamed() {
    assertThatThrownBy(() -> load(Fixture.PIPELINE.replace("${here}/export.csv", "${input}")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("pipeline.yaml, line 8")
        .hasMessageContaining("${input} is not given");
  }
}
