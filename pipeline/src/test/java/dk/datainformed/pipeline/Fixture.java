package dk.datainformed.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * A small pipeline on a payroll export of two units under one root, made in a temporary folder:
 * the export, its schema and the pipeline file.
 */
final class Fixture {
  static final String KEY_VARIABLE = "TEST_PSEUDONYM_KEY";

  static final String SCHEMA =
      "{\"fields\":[{\"name\":\"cpr\",\"type\":\"cpr\",\"nullable\":false},{\"name\":\"month\",\"type\":\"period\",\"nullable\":false},"
          + "{\"name\":\"unit\",\"type\":\"category\",\"nullable\":false},{\"name\":\"days\",\"type\":\"decimal\",\"nullable\":false}]}";

  static final String PIPELINE =
      String.join(
          "\n",
          "name: fravaer",
          "title: {da: Fravær, en: Absence}",
          "sources:",
          "  - id: export",
          "    connector: csv",
          "    dataset: test.absence",
          "    settings:",
          "      path: \"${here}/export.csv\"",
          "      schema: \"${here}/schema.json\"",
          "      on_error: report",
          "    pseudonymise:",
          "      domain: dk.test.fravaer",
          "      fields: [{field: cpr, as: employee}]",
          "catalog: {starter: false, folders: [kpis]}",
          "kpis: [test.days]",
          "breakdown: [unit]",
          "disclosure: {minimumCount: 3}",
          "pseudonymKey: {environment: " + KEY_VARIABLE + "}",
          "outputs: [{format: lines}]",
          "");

  static final String KPIS =
      String.join(
          "\n",
          "- type: simple",
          "  id: test.days",
          "  version: 1",
          "  name: {da: Fraværsdage, en: Absence days}",
          "  description: {da: Fraværsdage i alt, en: Absence days in all}",
          "  unit: days",
          "  direction: lower_is_better",
          "  grain: month",
          "  dimensions: [unit]",
          "  owner: HR",
          "  purpose: learning",
          "  audiences: [managers]",
          "  question: {da: Hvor meget fravær er der?, en: How much absence is there?}",
          "  coverage:",
          "    description: {da: Alle ansatte, en: Every employee}",
          "  source:",
          "    name: test.absence",
          "    timeField: month",
          "    fields:",
          "      - {name: month, type: period}",
          "      - {name: unit, type: category}",
          "      - {name: days, type: decimal}",
          "  measure: {aggregation: sum, field: days}",
          "");

  /** A use of test.days as a ranked list with a target and red/green, for the guards to judge. */
  static final String LEAGUE_TABLE =
      String.join(
          "\n",
          "municipality: Testby Kommune",
          "cockpits:",
          "  - id: liga",
          "    name: Ranglisten",
          "    audience: politicians",
          "    level: unit",
          "    kpis:",
          "      - kpi: test.days",
          "        display: [value, red_green]",
          "        refresh: monthly",
          "        target: {value: 2.0}",
          "        ranking: {comparedWith: []}",
          "");

  private Fixture() {}

  /** Writes the fixture into a folder and returns the pipeline file. */
  static Path write(Path folder, String pipeline, String csv) {
    try {
      Files.createDirectories(folder.resolve("kpis"));
      Files.writeString(folder.resolve("kpis").resolve("test.yaml"), KPIS, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("schema.json"), SCHEMA, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("export.csv"), csv, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("usage-league-table.yaml"), LEAGUE_TABLE, StandardCharsets.UTF_8);
      Path file = folder.resolve("pipeline.yaml");
      Files.writeString(file, pipeline, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An export of five employees in unit a, four in unit c and one in unit b, two months. */
  static String export() {
    StringBuilder s = new StringBuilder("cpr;month;unit;days\n");
    for (String month : new String[] {"2024M01", "2024M02"}) {
      for (int i = 1; i <= 5; i++) {
        s.append("01019").append(i).append("-900").append(i).append(';').append(month).append(";a;1,5\n");
      }
      for (int i = 1; i <= 4; i++) {
        s.append("03039").append(i).append("-901").append(i).append(';').append(month).append(";c;1\n");
      }
      s.append("020290-9006;").append(month).append(";b;4\n");
    }
    return s.toString();
  }

  static Map<String, String> environment() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 11 + 5);
    }
    return Map.of(KEY_VARIABLE, Base64.getEncoder().encodeToString(key));
  }
}
