package dk.datainformed.privacy;

import dk.datainformed.core.DatainformedException;
import org.apiguardian.api.API;

/**
 * A privacy operation could not be carried out safely: a key is too short or missing, a table cannot
 * be protected, a policy value is out of range.
 *
 * <p>Messages never contain a key, a pseudonym's input or a full CPR number.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PrivacyException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and, where it helps, what to do
   */
  public PrivacyException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong and, where it helps, what to do
   * @param cause the underlying failure
   */
  public PrivacyException(String message, Throwable cause) {
    super(message, cause);
  }
}
