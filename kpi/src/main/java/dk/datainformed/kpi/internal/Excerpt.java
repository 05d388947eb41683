package dk.datainformed.kpi.internal;

import dk.datainformed.core.id.CprDetector;
import org.apache.commons.lang3.StringUtils;
import org.apiguardian.api.API;

/**
 * A value read from a file or given in code as it is quoted in a message: masked by core's {@link CprDetector}
 * when it holds something CPR-like, and cut to a length a message can carry.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Excerpt {
  /** The most characters of a value that a message quotes. */
  public static final int MAX_CHARS = 60;

  private Excerpt() {}

  /**
   * The value as a message may quote it.
   *
   * @param value the value as written; {@code null} is shown as {@code <null>}
   * @return the masked value, at most {@link #MAX_CHARS} characters long
   */
  public static String of(String value) {
    return StringUtils.abbreviate(CprDetector.mask(value), MAX_CHARS);
  }
}
