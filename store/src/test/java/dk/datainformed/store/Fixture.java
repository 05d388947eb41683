package dk.datainformed.store;

import dk.datainformed.pipeline.Pipeline;
import dk.datainformed.pipeline.PipelineFile;
import dk.datainformed.pipeline.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * A monthly absence pipeline over a synthetic payroll export of three units under one root (unit b
 * has one employee, so its values are withheld), run as a municipality would: once a month, with
 * the export growing by a month and now and then revising an earlier one.
 */
final class Fixture {
  static final String KEY_VARIABLE = "TEST_PSEUDONYM_KEY";
  static final String PIPELINE_NAME = "fravaer";

  private static final String SCHEMA =
      "{\"fields\":[{\"name\":\"cpr\",\"type\":\"cpr\",\"nullable\":false},{\"name\":\"month\",\"type\":\"period\",\"nullable\":false},"
          + "{\"name\":\"unit\",\"type\":\"category\",\"nullable\":false},{\"name\":\"days\",\"type\":\"decimal\",\"nullable\":false}]}";

  private static final String PIPELINE = String.join("\n",
      "name: " + PIPELINE_NAME,
      "title: {da: Fravær, en: Absence}",
      "sources:",
      "  - id: export",
      "    connector: csv",
      "    dataset: test.absence",
      "    settings:",
      "      path: \"${here}/export.csv\"",
      "      schema: \"${here}/schema.json\"",
      "    pseudonymise:",
      "      domain: dk.test.fravaer",
      "      fields: [{field: cpr, as: employee}]",
      "catalog: {starter: false, folders: [kpis]}",
      "kpis: [test.days]",
      "organisation: {field: unit, root: Testby}",
      "spc: {baselinePeriods: 12, seasonal: none}",
      "disclosure: {minimumCount: 3}",
      "pseudonymKey: {environment: " + KEY_VARIABLE + "}",
      "outputs: [{format: json}]",
      "");

  private static final String KPIS = String.join("\n",
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

  private Fixture() {}

  /**
   * The export from January 2023 for some months: five employees in unit a, four in c, one in b
   * (obviously synthetic CPR numbers). {@code revision} is added to unit a's days in March 2023.
   */
  static String export(int months, double revision) {
    StringBuilder s = new StringBuilder("cpr;month;unit;days\n");
    for (int m = 0; m < months; m++) {
      String month = String.format("%dM%02d", 2023 + m / 12, m % 12 + 1);
      for (int i = 1; i <= 5; i++) {
        double days = 1 + ((m * 7 + i) % 5) * 0.5 + (m == 2 && i == 1 ? revision : 0);
        s.append("01019").append(i).append("-900").append(i).append(';').append(month).append(";a;")
            .append(String.valueOf(days).replace('.', ',')).append('\n');
      }
      for (int i = 1; i <= 4; i++) {
        s.append("03039").append(i).append("-901").append(i).append(';').append(month).append(";c;")
            .append(1 + (m * 3 + i) % 4).append('\n');
      }
      s.append("020290-9006;").append(month).append(";b;4\n");
    }
    return s.toString();
  }

  /** Writes the pipeline and the export into a folder and runs it with the store. */
  static RunReport run(Path folder, String export, dk.datainformed.pipeline.PublicationStore store) {
    try {
      Files.createDirectories(folder.resolve("kpis"));
      Files.writeString(folder.resolve("kpis").resolve("test.yaml"), KPIS, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("schema.json"), SCHEMA, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("export.csv"), export, StandardCharsets.UTF_8);
      Path file = folder.resolve("pipeline.yaml");
      Files.writeString(file, PIPELINE, StandardCharsets.UTF_8);
      return Pipeline.of(PipelineFile.loader().environment(environment()).load(file))
          .run(folder.resolve("out"), store);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> environment() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 11 + 5);
    }
    return Map.of(KEY_VARIABLE, Base64.getEncoder().encodeToString(key));
  }
}
