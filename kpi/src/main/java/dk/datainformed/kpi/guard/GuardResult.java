package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.LocalizedText;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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

  /**
   * A guard's result with findings.
   *
   * @param guard the guard
   * @param summary what it looked at
   * @param findings what it found, at least one
   * @return a {@link Verdict#FOUND} result
   */
  public static GuardResult found(Guard guard, LocalizedText summary, List<GuardFinding> findings) {
    return new GuardResult(guard.id(), guard.name(), guard.source(), Verdict.FOUND, summary, findings);
  }

  /**
   * A guard's result when it judged everything it applies to and found nothing.
   *
   * @param guard the guard
   * @param summary what it looked at
   * @return a {@link Verdict#NOTHING_FOUND} result
   */
  public static GuardResult nothingFound(Guard guard, LocalizedText summary) {
    return new GuardResult(
        guard.id(), guard.name(), guard.source(), Verdict.NOTHING_FOUND, summary, List.of());
  }

  /**
   * A guard's result when nothing it looks at is there.
   *
   * @param guard the guard
   * @param summary why it does not apply
   * @return a {@link Verdict#NOT_APPLICABLE} result
   */
  public static GuardResult notApplicable(Guard guard, LocalizedText summary) {
    return new GuardResult(
        guard.id(), guard.name(), guard.source(), Verdict.NOT_APPLICABLE, summary, List.of());
  }

  /**
   * A guard's result when data it needs are missing.
   *
   * @param guard the guard
   * @param summary what is missing
   * @return an {@link Verdict#INDETERMINATE} result
   */
  public static GuardResult indeterminate(Guard guard, LocalizedText summary) {
    return new GuardResult(
        guard.id(), guard.name(), guard.source(), Verdict.INDETERMINATE, summary, List.of());
  }
}
