package dk.datainformed.core;

import org.apiguardian.api.API;

/**
 * The root of every exception that datainformed throws on purpose.
 *
 * <p>Messages are written for the municipal developer who must act on them: they say what was wrong
 * and, where it helps, what to do. A message never contains a full CPR number, a key or a token.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class DatainformedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what went wrong.
   *
   * @param message what went wrong, free of personal identifiers and secrets
   */
  public DatainformedException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong, free of personal identifiers and secrets
   * @param cause the underlying failure
   */
  public DatainformedException(String message, Throwable cause) {
    super(message, cause);
  }
}
