package dk.datainformed.kpi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.RatioKpi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionFormatTest {

  /** A valid ratio KPI; line 7 is "dimensions", line 20 "numerator", line 21 "denominator". */
  static final String RATIO_YAML =
      "type: ratio\n"
          + "id: sygefravaer.fravaersprocent\n"
          + "version: 1\n"
          + "name: {da: Sygefraværsprocent, en: Sickness absence percentage}\n"
          + "description: {da: Fravær i procent, en: Absence in per cent}\n"
          + "unit: percent\n"
          + "dimensions: [organisation_unit]\n"
          + "direction: lower_is_better\n"
          + "grain: month\n"
          + "owner: HR\n"
          + "purpose: learning\n"
          + "audiences: [managers]\n"
          + "question: {da: Hvor stiger fraværet?, en: Where does absence rise?}\n"
          + "coverage: {description: {da: Ansatte i lønsystemet, en: Employees in payroll}, fraction: 0.97}\n"
          + "source:\n"
          + "  name: payroll.absence_month\n"
          + "  timeField: month\n"
          + "  fields: [{name: month, type: period}, {name: organisation_unit, type: category},"
          + " {name: absence_days, type: decimal}, {name: worked_days, type: decimal}]\n"
          + "scale: 100.0\n"
          + "numerator: {aggregation: sum, field: absence_days}\n"
          + "denominator: {aggregation: sum, fields: [worked_days, absence_days]}\n";

  @Test
  void theExampleInTheJavadocReadsAsItStands() throws Exception {
    // Issue 18: the example failed twice when pasted (an unquoted comma, no source.timeField).
    String source = Files.readString(Path.of("src/main/java/dk/datainformed/kpi/catalog/DefinitionFormat.java"));
    int start = source.indexOf(" * <pre>\n * type: ratio");
    String block = source.substring(start, source.indexOf(" * </pre>", start));
    StringBuilder yaml = new StringBuilder();
    for (String line : block.split("\n")) {
      if (!line.equals(" * <pre>")) {
        yaml.append(line.length() > 3 ? line.substring(3) : "").append('\n');
      }
    }

    List<KpiDefinition> kpis = DefinitionFormat.YAML.read("DefinitionFormat.java", yaml.toString());

    assertThat(kpis).singleElement().isInstanceOf(RatioKpi.class)
        .satisfies(k -> assertThat(k.id().value()).isEqualTo("sygefravaer.fravaersprocent"));
  }

  @Test
  void aQuestionInOneLanguageOnlyIsAnErrorThatShowsTheForm() {
    String oneLanguage = RATIO_YAML.replace(
        "question: {da: Hvor stiger fraværet?, en: Where does absence rise?}",
        "question: Where does absence rise?");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", oneLanguage))
        .isInstanceOf(KpiException.class)
        .hasMessageContaining("sygefravaer.yaml")
        .hasMessageContaining("line 13, column 11: wrong type for 'question': expected a mapping");
  }

  @Test
  void readsARatioFromYaml() {
    List<KpiDefinition> kpis = DefinitionFormat.YAML.read("sygefravaer.yaml", RATIO_YAML);

    assertThat(kpis).hasSize(1);
    RatioKpi kpi = (RatioKpi) kpis.get(0);
    assertThat(kpi.denominator().fields()).containsExactly("worked_days", "absence_days");
    assertThat(kpi.profile().coverage().fraction()).contains(0.97);
  }

  @Test
  void reportsMisspeltFieldWithLineColumnAndSuggestion() {
    String yaml = RATIO_YAML.replace("denominator: {", "denominatr: {");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 21, column 1: unknown field 'denominatr' (did you mean"
                + " 'denominator'?)");
  }

  @Test
  void reportsUnknownNestedFieldWithItsPath() {
    String yaml = RATIO_YAML.replace("{aggregation: sum, field: absence_days}", "{aggregation: sum, feild: absence_days}");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 20, column 31: unknown field 'feild' in 'numerator' (did you"
                + " mean 'field'?)");
  }

  @Test
  void reportsUnknownFieldInJsonWithLineAndColumn() {
    String json = "{\n  \"type\": \"simple\",\n  \"idd\": \"a.b\"\n}";

    assertThatThrownBy(() -> DefinitionFormat.JSON.read("a.json", json))
        .isInstanceOf(KpiException.class)
        .hasMessage("a.json, line 3, column 3: unknown field 'idd' (did you mean 'id'?)");
  }

  @Test
  void reportsMalformedYamlWithLineAndColumn() {
    String yaml = "type: ratio\nid: a.b\n  version: 1\n";

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("broken.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("broken.yaml, line 3, column ")
        .hasMessageContaining("malformed YAML: ");
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() {
    String json = "{\n  \"type\": \"simple\",\n  \"id\" \"a.b\"\n}";

    assertThatThrownBy(() -> DefinitionFormat.JSON.read("a.json", json))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("a.json, line 3, column 8: malformed JSON: Unexpected character");
  }

  @Test
  void reportsInvalidEnumValueWithSuggestionAndChoices() {
    String yaml = RATIO_YAML.replace("direction: lower_is_better", "direction: lower_is_beter");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 8, column 12: 'lower_is_beter' is not a valid value for"
                + " 'direction' (did you mean 'lower_is_better'?); use one of higher_is_better,"
                + " lower_is_better, neutral");
  }

  @Test
  void reportsWrongTypeForAListField() {
    String yaml = RATIO_YAML.replace("dimensions: [organisation_unit]", "dimensions: {a: b}");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("sygefravaer.yaml, line 7, column 13: wrong type for 'dimensions'");
  }

  @Test
  void reportsWrongTypeForANumber() {
    String yaml = RATIO_YAML.replace("version: 1", "version: one");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith(
            "sygefravaer.yaml, line 3, column 10: 'one' is not a valid value for 'version':"
                + " expected a whole number");
  }

  @Test
  void reportsDuplicateKey() {
    String yaml = RATIO_YAML.replace("grain: month\n", "grain: month\ngrain: year\n");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith("sygefravaer.yaml, line 10, column ")
        .hasMessageContaining("grain");
  }

  @Test
  void reportsInconsistentDefinitionAtItsFirstLine() {
    String yaml =
        "- " + RATIO_YAML.replace("\n", "\n  ").replace("[organisation_unit]", "[municipality]").stripTrailing();

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith(
            "sygefravaer.yaml, line 1, column 3: KPI 'sygefravaer.fravaersprocent' (version 1):"
                + " dimension 'municipality' is not a field of source dataset"
                + " 'payroll.absence_month'");
  }

  @Test
  void reportsMissingRequiredField() {
    String yaml = RATIO_YAML.replace("owner: HR\n", "");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 1, column 1: KPI 'sygefravaer.fravaersprocent' (version 1):"
                + " required field 'owner' is missing: who owns the definition");
  }

  @Test
  void reportsFieldThatDoesNotBelongToTheKind() {
    String yaml = RATIO_YAML.replace("scale: 100.0\n", "scale: 100.0\nexpression: a.b * 2\n");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 1, column 1: KPI 'sygefravaer.fravaersprocent' (version 1):"
                + " field 'expression' does not belong to a ratio KPI, which takes 'source',"
                + " 'filter', 'numerator', 'denominator', 'scale'");
  }

  @Test
  void reportsUnknownKind() {
    String yaml = RATIO_YAML.replace("type: ratio", "type: ratoi");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "sygefravaer.yaml, line 1, column 7: 'ratoi' is not a valid value for 'type' (did you"
                + " mean 'ratio'?); use one of simple, ratio, derived, cumulative");
  }

  @Test
  void reportsExpressionErrorWithTheDefinitionsLine() {
    String yaml =
        DefinitionFormat.YAML.write(
            dk.datainformed.kpi.definition.Fixtures.derived("a.c", "a.b * 2.0").build())
            .replace("a.b * 2.0", "a.b * (2.0");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("derived.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessage(
            "derived.yaml, line 1, column 1: KPI 'a.c' (version 1): expression 'a.b * (2.0',"
                + " character 11: expected ')'");
  }

  @Test
  void masksACprNumberWrittenWhereAValueIsRead() {
    String yaml = RATIO_YAML.replace("unit: percent", "unit: 0101901234");

    assertThatThrownBy(() -> DefinitionFormat.YAML.read("sygefravaer.yaml", yaml))
        .isInstanceOf(KpiException.class)
        .hasMessageStartingWith(
            "sygefravaer.yaml, line 6, column 7: '010190-****' is not a valid value for 'unit'")
        .hasMessageNotContaining("0101901234");
  }

  @Test
  void rejectsAnEmptyFile() {
    assertThatThrownBy(() -> DefinitionFormat.YAML.read("empty.yaml", ""))
        .isInstanceOf(KpiException.class)
        .hasMessage("empty.yaml: the file holds no KPI definition");
  }

  @Test
  void readsAFileByItsExtension(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sygefravaer.yml");
    Files.writeString(file, RATIO_YAML);

    assertThat(DefinitionFormat.of(file)).isEqualTo(DefinitionFormat.YAML);
    assertThat(DefinitionFormat.of(file).read(file)).hasSize(1);
  }
}
