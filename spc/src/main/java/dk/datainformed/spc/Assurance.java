package dk.datainformed.spc;

import org.apiguardian.api.API;

/**
 * Whether the process, as it behaves now, will meet its target: judged from where the target lies
 * against the process limits of the latest point, not from the latest value alone.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Assurance {
  /** The whole range between the limits is on the good side of the target. */
  CONSISTENTLY_PASSES,
  /** The whole range between the limits is on the bad side of the target. */
  CONSISTENTLY_FAILS,
  /** The target lies between the limits (or on one): the process will sometimes meet it. */
  HIT_AND_MISS,
  /**
   * Not judged: no target, a neutral direction, a chart without limits (run chart) or no observed
   * value.
   */
  NONE
}
