package dk.datainformed.kpi.catalog;

import static dk.datainformed.kpi.CauseChain.onlyCleanLibraryErrors;
import static dk.datainformed.kpi.CauseChain.planted;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the KPI definition files in YAML and JSON and the catalog built from them: only a clean
 * {@code KpiException} may escape. {@code ./mvnw verify} replays the corpus in {@code
 * DefinitionFilesFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing-kpi.md).
 */
class DefinitionFilesFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void yaml(byte[] data) {
    String text = planted(data);
    onlyCleanLibraryErrors(() -> KpiCatalog.of(DefinitionFormat.YAML.read("kpi.yaml", text)));
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] data) {
    String text = planted(data);
    onlyCleanLibraryErrors(() -> KpiCatalog.of(DefinitionFormat.JSON.read("kpi.json", text)));
  }
}
