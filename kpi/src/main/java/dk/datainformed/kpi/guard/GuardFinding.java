package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.definition.LocalizedText;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing a guard found, with the learning alternative and the thresholds it used.
 *
 * @param guardId the id of the guard that found it
 * @param severity how much it weighs
 * @param subject what it is about: a KPI, a cockpit, a decision, a linkage, as a type (see {@link
 *     GuardSubject}; its {@link GuardSubject#text()} is for reports)
 * @param message what was found, in Danish and English
 * @param alternative what to do instead to keep the KPI in the service of learning
 * @param thresholds the policy values the finding used, each with its source
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GuardFinding(
    String guardId,
    Severity severity,
    GuardSubject subject,
    LocalizedText message,
    LocalizedText alternative,
    List<PolicyValue> thresholds) {

  /**
   * Creates the finding.
   *
   * @param guardId the guard's id
   * @param severity the severity
   * @param subject what it is about
   * @param message what was found
   * @param alternative the learning alternative
   * @param thresholds the policy values used, possibly none
   */
  public GuardFinding {
    Objects.requireNonNull(guardId, "guardId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(alternative, "alternative");
    thresholds = List.copyOf(thresholds);
  }
}
