package dk.datainformed.kpi.definition;

import static dk.datainformed.kpi.CauseChain.onlyCleanLibraryErrors;
import static dk.datainformed.kpi.CauseChain.planted;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Expression#parse}: only a clean {@code KpiException} may escape, and what reads
 * writes back to an equal expression. {@code ./mvnw verify} replays the corpus in {@code
 * ExpressionFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes (see docs/fuzzing-kpi.md).
 */
class ExpressionFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] data) {
    String text = planted(data);
    onlyCleanLibraryErrors(
        () -> {
          Expression e = Expression.parse(text);
          Expression again = Expression.parse(e.text());
          if (!again.equals(e)) {
            throw new AssertionError("text() does not read back to an equal expression");
          }
        });
  }
}
