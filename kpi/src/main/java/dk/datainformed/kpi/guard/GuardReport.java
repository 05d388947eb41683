package dk.datainformed.kpi.guard;

import dk.datainformed.core.text.Language;
import dk.datainformed.kpi.guard.internal.ReportWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the guards concluded: one result per guard, each with its verdict, summary and findings,
 * and every finding with the thresholds it used. There is no overall "all good".
 *
 * <pre>{@code
 * report.toText(Language.ENGLISH);   // readable, for the cockpit's owners
 * report.toJson();                   // for programs
 * report.blocked();                  // true when any finding has severity BLOCK
 * }</pre>
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GuardReport {
  private final String municipality;
  private final String policy;
  private final LocalDate asOf;
  private final List<GuardResult> results;

  GuardReport(GuardContext context, List<GuardResult> results) {
    this.municipality = context.usage().municipality();
    this.policy = context.policy().name();
    this.asOf = context.asOf();
    this.results = List.copyOf(results);
  }

  /**
   * The municipality the usage description belongs to.
   *
   * @return its name
   */
  public String municipality() {
    return municipality;
  }

  /**
   * The name of the policy the thresholds came from.
   *
   * @return the policy's name
   */
  public String policy() {
    return policy;
  }

  /**
   * The date of the check.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * One result per guard, in the order the guards ran.
   *
   * @return the results
   */
  public List<GuardResult> results() {
    return results;
  }

  /**
   * The result of one guard.
   *
   * @param guardId the guard's id
   * @return the result, if that guard ran
   */
  public Optional<GuardResult> result(String guardId) {
    return results.stream().filter(r -> r.guardId().equals(guardId)).findFirst();
  }

  /**
   * Every finding of every guard.
   *
   * @return the findings, by guard
   */
  public List<GuardFinding> findings() {
    return results.stream().flatMap(r -> r.findings().stream()).toList();
  }

  /**
   * Whether any finding must stop the use as declared.
   *
   * @return true when a finding has severity {@link Severity#BLOCK}
   */
  public boolean blocked() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.BLOCK);
  }

  /**
   * The report as JSON.
   *
   * @return indented JSON, stable for the same input
   */
  public String toJson() {
    return ReportWriter.json(this);
  }

  /**
   * The report as readable text.
   *
   * @param language Danish or English
   * @return the text, stable for the same input
   */
  public String toText(Language language) {
    return ReportWriter.text(this, language);
  }

  @Override
  public String toString() {
    return "GuardReport[" + municipality + ", " + asOf + ", " + results.size() + " guards, "
        + findings().size() + " findings]";
  }
}
