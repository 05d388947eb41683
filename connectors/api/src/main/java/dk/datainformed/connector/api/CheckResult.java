package dk.datainformed.connector.api;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whether a connector can reach its source with its configuration, and what to do if not.
 *
 * @param ok true when the source answered as expected
 * @param message what was checked, or what failed and what to try
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CheckResult(boolean ok, String message) {

  /**
   * Creates the result.
   *
   * @param ok whether the check passed
   * @param message not blank
   */
  public CheckResult {
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException("a check result needs a message that says what was checked or what failed");
    }
  }

  /**
   * A passed check.
   *
   * @param message what was checked, e.g. {@code "read the header of 3 files in /data/fravaer"}
   * @return the result
   */
  public static CheckResult passed(String message) {
    return new CheckResult(true, message);
  }

  /**
   * A failed check.
   *
   * @param message what failed and what to try, e.g. {@code "folder /data/fravaer does not exist:
   *     check the 'path' setting"}
   * @return the result
   */
  public static CheckResult failed(String message) {
    return new CheckResult(false, message);
  }
}
