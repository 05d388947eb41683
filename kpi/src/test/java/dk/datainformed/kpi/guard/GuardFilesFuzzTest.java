package dk.datainformed.kpi.guard;

import static dk.datainformed.kpi.CauseChain.onlyCleanLibraryErrors;
import static dk.datainformed.kpi.CauseChain.planted;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.catalog.StarterCatalog;

/**
 * Fuzzes the guards' usage and policy files: only a clean {@code KpiException} may escape. {@code
 * ./mvnw verify} replays the corpus in {@code GuardFilesFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * fuzzes (see docs/fuzzing-kpi.md).
 */
class GuardFilesFuzzTest {
  private static final KpiCatalog CATALOG = StarterCatalog.load();

  @FuzzTest(maxDuration = "10m")
  void usage(byte[] data) {
    String text = planted(data);
    onlyCleanLibraryErrors(() -> Usage.read("usage.yaml", text, CATALOG));
  }

  @FuzzTest(maxDuration = "10m")
  void policy(byte[] data) {
    String text = planted(data);
    onlyCleanLibraryErrors(() -> GuardPolicy.read("policy.yaml", text));
  }
}
