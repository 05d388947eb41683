package dk.datainformed.connector.api;

import dk.datainformed.core.DatainformedException;
import org.apiguardian.api.API;

/**
 * A connector could not do what was asked: the source could not be reached, answered with an error,
 * or sent data that could not be read.
 *
 * <p>Messages say what failed and what to try, and never contain secrets (API keys, tokens) or full
 * CPR numbers.
 */
@API(status = API.Status.STABLE, since = "0.1")
public class ConnectorException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed and, where it helps, what to do
   */
  public ConnectorException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what failed and, where it helps, what to do
   * @param cause the underlying failure
   */
  public ConnectorException(String message, Throwable cause) {
    super(message, cause);
  }
}
