package dk.datainformed.kpi.guard;

import org.apiguardian.api.API;

/**
 * What a guard concluded. There is no "all good": {@link #NOTHING_FOUND} says only that this guard,
 * with the data it had, found nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Verdict {
  /** The guard found at least one thing that tips toward control. */
  FOUND,
  /** The guard judged everything it applies to and found nothing. */
  NOTHING_FOUND,
  /** Nothing in the usage description is of the kind the guard looks at. */
  NOT_APPLICABLE,
  /** The guard applies, but data it needs are missing for some or all of what it looks at. */
  INDETERMINATE
}
