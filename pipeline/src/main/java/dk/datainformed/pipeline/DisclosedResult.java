package dk.datainformed.pipeline;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A KPI result that disclosure control has passed: every value that could disclose a person is
 * withheld ({@link dk.datainformed.kpi.engine.KpiValue#suppressed()}, with its numerator,
 * denominator, record and person counts), and what is left may be published. Report writers and the
 * cockpit page accept only this type, so that a result cannot be published without disclosure
 * control.
 *
 * <p>Only {@link ResultDisclosure} makes one:
 *
 * <pre>{@code
 * DisclosedResult shown = ResultDisclosure.with(policy).protect(result, breakdown);
 * shown.suppressions().forEach(s ->
 *     System.out.println(s.series().text() + " " + s.period() + ": " + s.reason().explanation(shown.policy())));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DisclosedResult {
  private final KpiResult result;
  private final DisclosurePolicy policy;
  private final List<Suppression> suppressions;

  DisclosedResult(KpiResult result, DisclosurePolicy policy, List<Suppression> suppressions) {
    this.result = Objects.requireNonNull(result, "result");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.suppressions = List.copyOf(suppressions);
  }

  /**
   * The values as they may be published, withheld values marked suppressed.
   *
   * @return the protected result
   */
  public KpiResult result() {
    return result;
  }

  /**
   * The policy the result was protected by.
   *
   * @return the policy
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * Every withheld value with its reason, in the order of the result's series and periods.
   *
   * @return the suppressions, possibly none
   */
  public List<Suppression> suppressions() {
    return suppressions;
  }

  /**
   * Why one value is withheld, if it is.
   *
   * @param series the group
   * @param period the period
   * @return its suppression, or empty when the value is published
   */
  public Optional<Suppression> suppression(SeriesKey series, Period period) {
    return suppressions.stream()
        .filter(s -> s.series().equals(series) && s.period().equals(period))
        .findFirst();
  }

  /** Shows the KPI, the policy's minimum and how many values are withheld, never a value. */
  @Override
  public String toString() {
    return "DisclosedResult[" + result.definition().id() + ", " + result.series().size() + " series, "
        + suppressions.size() + " withheld, minimum count " + policy.minimumCount() + "]";
  }
}
