package dk.datainformed.pipeline;

import dk.datainformed.kpi.engine.KpiResult;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import java.util.Objects;

/**
 * A KPI result that disclosure control has passed: every value that could disclose a person is
 * withheld ({@link dk.datainformed.kpi.engine.MissingReason#SUPPRESSED}), and what is left may be
 * published. Report writers and the cockpit page accept only this type, so that a result cannot be
 * published without disclosure control.
 *
 * <p>Only the pipeline's disclosure step makes one.
 */
public final class DisclosedResult {
  private final KpiResult result;
  private final DisclosurePolicy policy;

  DisclosedResult(KpiResult result, DisclosurePolicy policy) {
    this.result = Objects.requireNonNull(result, "result");
    this.policy = Objects.requireNonNull(policy, "policy");
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
   * Stand-in.
   *
   * @return 0
   */
  public long primaryCount() {
    return 0;
  }

  /**
   * Stand-in.
   *
   * @return 0
   */
  public long secondaryCount() {
    return 0;
  }
}
