package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * What one guard concluded: its verdict, a summary of what it looked at (and what it could not
 * judge), and its findings.
 *
 * @param guardId the guard's stable id
 * @param name the guard's name
 * @param source the published source the guard rests on
 * @param verdict the verdict
 * @param summary what was checked, and what could not be, in Danish and English
 * @param findings the findings; present exactly when the verdict is {@link Verdict#FOUND}, though
 *     an {@link Verdict#INDETERMINATE} result may carry findings for the parts it could judge
 */
public record GuardResult(
    String guardId,
    LocalizedText name,
    LocalizedText source,
    Verdict verdict,
    LocalizedText summary,
    List<GuardFinding> findings) {

  /**
   * Creates the result.
   *
   * @param guardId the guard's id
   * @param name its name
   * @param source its source
   * @param verdict the verdict
   * @param summary the summary
   * @param findings the findings
   * @throws KpiException when the verdict and the findings disagree
   */
  public GuardResult {
    Objects.requireNonNull(guardId, "guardId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    findings = List.copyOf(findings);
    if (verdict == Verdict.FOUND && findings.isEmpty()) {
      throw new KpiException("guard '" + guardId + "': a FOUND verdict needs at least one finding");
    }
    if ((verdict == Verdict.NOTHING_FOUND || verdict == Verdict.NOT_APPLICABLE)
        && !findings.isEmpty()) {
      throw new KpiException(
          "guard '" + guardId + "': a " + verdict + " verdict cannot carry findings");
    }
  }
}
