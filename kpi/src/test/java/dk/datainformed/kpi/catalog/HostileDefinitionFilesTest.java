package dk.datainformed.kpi.catalog;

import static dk.datainformed.kpi.catalog.DefinitionFormatTest.RATIO_YAML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.CauseChain;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Definition files written to break the reader: each is refused with the library's error. */
class HostileDefinitionFilesTest {
  private static final String CPR = CauseChain.PLANTED_CPR;

  private static KpiException refused(DefinitionFormat format, String text) {
    try {
      format.read("kpi.file", text);
    } catch (KpiException e) {
      return e;
    }
    throw new AssertionError("the text was read without an error");
  }

  @Test
  void refusesAnEmptyListItemWhereItIsWritten() {
    String text = RATIO_YAML.replace("  fields: [{name: month", "  fields: [null, {name: month");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("kpi.yaml", text))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("kpi.yaml, line 18, column ")
        .hasMessageContaining("item 1 of 'source.fields' is empty");
  }

  @Test
  void refusesAnEmptyDataBreakItem() {
    String text = RATIO_YAML + "dataBreaks:\n  -\n";

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("kpi.yaml", text))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("kpi.yaml, line 23, column ")
        .hasMessageContaining("item 1 of 'dataBreaks' is empty");
  }

  @Test
  void refusesASourceFieldThatIsNoFieldNameWithFileAndLine() {
    String text = RATIO_YAML.replace("{name: worked_days, type: decimal}", "{name: a-b, type: decimal}");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("kpi.yaml", text))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("kpi.yaml, line 1, column 1: ")
        .hasMessageContaining("'a-b'");
  }

  @Test
  void refusesMissingArgumentsWithTheLibrarysError() {
    assertThatThrownBy(() -> KpiCatalog.load(null))
        .isInstanceOf(KpiException.class)
        .hasMessage("The folder of KPI definition files is missing");
    assertThatThrownBy(() -> DefinitionFormat.YAML.read("kpi.yaml", (String) null))
        .isInstanceOf(KpiException.class)
        .hasMessage("The text of 'kpi.yaml' is missing");
    assertThatThrownBy(() -> DefinitionFormat.JSON.read((Path) null))
        .isInstanceOf(KpiException.class);
    assertThatThrownBy(() -> DefinitionFormat.of(null)).isInstanceOf(KpiException.class);
    assertThatThrownBy(() -> DefinitionFormat.YAML.read("kpi.yaml", RATIO_YAML, null))
        .isInstanceOf(KpiException.class)
        .hasMessage("The read limits is missing");
  }

  @Test
  void refusesAFileOverTheSizeLimitNamingTheLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.yaml");
    Files.writeString(file, RATIO_YAML + ("# " + "x".repeat(60) + "\n").repeat(100));
    ReadLimits small = ReadLimits.builder().maxFileChars(RATIO_YAML.length() + 10).build();

    assertThatThrownBy(() -> KpiCatalog.load(dir, small))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("big.yaml: the file holds more than ")
        .hasMessageContaining("ReadLimits.maxFileChars")
        .hasMessageContaining("ReadLimits.builder().maxFileChars(");
    assertThat(KpiCatalog.load(dir).size()).isEqualTo(1);
  }

  @Test
  void refusesALongLineOfYamlBeforeTheYamlParserSeesIt() {
    String text = RATIO_YAML.replace("owner: HR", "owner: " + "x".repeat(1024 * 1024));

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("kpi.yaml", text))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("kpi.yaml, line 10: the line has ")
        .hasMessageContaining("ReadLimits.maxLineChars");
  }

  @Test
  void refusesAValueOverTheLimitInJsonAndInYaml() {
    String longValue = "x".repeat(ReadLimits.DEFAULT_MAX_VALUE_CHARS + 1);
    String yaml = RATIO_YAML.replace("owner: HR", "owner: \"" + longValue.replaceAll("(.{1000})", "$1\n  ") + "\"");
    String json = DefinitionFormat.JSON.write(DefinitionFormat.YAML.read("k.yaml", RATIO_YAML).get(0))
        .replace("\"owner\" : \"HR\"", "\"owner\" : \"" + longValue + "\"");

    assertThat(refused(DefinitionFormat.YAML, yaml)).hasMessageContaining("ReadLimits.maxValueChars");
    assertThat(refused(DefinitionFormat.JSON, json)).hasMessageContaining("ReadLimits.maxValueChars");
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    String json = "[".repeat(ReadLimits.DEFAULT_MAX_NESTING_DEPTH + 1) + "]".repeat(ReadLimits.DEFAULT_MAX_NESTING_DEPTH + 1);

    assertThat(refused(DefinitionFormat.JSON, json)).hasMessageContaining("ReadLimits.maxNestingDepth");
  }

  @Test
  void masksACprInAnUnknownFieldNameAndKeepsItOutOfTheCause() {
    KpiException e = refused(DefinitionFormat.YAML, RATIO_YAML + CPR + ": 1\n");

    assertThat(e).hasMessageContaining("unknown field '010190-****'");
    assertThat(CauseChain.leaksPlantedCpr(e)).isFalse();
  }

  @Test
  void masksACprInAValueOfTheWrongTypeAndKeepsItOutOfTheCause() {
    KpiException e = refused(DefinitionFormat.YAML, RATIO_YAML.replace("version: 1", "version: x" + CPR));

    assertThat(e).hasMessageStartingWith("kpi.file, line 3, column 10: ");
    assertThat(CauseChain.leaksPlantedCpr(e)).isFalse();
  }

  @Test
  void masksACprInAnUnrecognizedJsonToken() {
    KpiException e = refused(DefinitionFormat.JSON, "{\"type\": " + CPR + "abc}");

    assertThat(e).hasMessageStartingWith("kpi.file, line 1, column ");
    assertThat(CauseChain.leaksPlantedCpr(e)).isFalse();
  }

  @Test
  void masksACprInADimensionAndAFieldName() {
    KpiException dimension =
        refused(DefinitionFormat.YAML, RATIO_YAML.replace("dimensions: [organisation_unit]", "dimensions: [_" + CPR + "]"));
    KpiException field =
        refused(DefinitionFormat.YAML, RATIO_YAML.replace("{name: worked_days, type: decimal}", "{name: " + CPR + ", type: decimal}"));

    assertThat(CauseChain.leaksPlantedCpr(dimension)).isFalse();
    assertThat(CauseChain.leaksPlantedCpr(field)).isFalse();
  }

  @Test
  void readsFromAReaderWithinTheLimits() {
    assertThat(DefinitionFormat.YAML.read("kpi.yaml", new StringReader(RATIO_YAML))).hasSize(1);
  }
}
