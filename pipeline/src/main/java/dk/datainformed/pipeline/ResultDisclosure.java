package dk.datainformed.pipeline;

import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;

/** TEMPORARY compile stand-in, replaced by the disclosure branch; never committed. */
public final class ResultDisclosure {
  private final DisclosurePolicy policy;

  private ResultDisclosure(DisclosurePolicy policy) {
    this.policy = policy;
  }

  /**
   * Stand-in.
   *
   * @param policy policy
   * @return it
   */
  public static ResultDisclosure with(DisclosurePolicy policy) {
    return new ResultDisclosure(policy);
  }

  /**
   * Stand-in.
   *
   * @param result r
   * @param breakdown b
   * @return d
   */
  public DisclosedResult protect(KpiResult result, OrganisationBreakdown breakdown) {
    return new DisclosedResult(result, policy);
  }

  /**
   * Stand-in.
   *
   * @param result r
   * @return d
   */
  public DisclosedResult protect(KpiResult result) {
    return new DisclosedResult(result, policy);
  }
}
