package dk.datainformed.spc;

import dk.datainformed.core.DatainformedException;
import org.apiguardian.api.API;

/**
 * A process behaviour chart could not be drawn as asked: too few points for the limits, a baseline
 * or change point outside the series, observations of mixed kinds.
 *
 * <p>Messages say what to fix.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SpcException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to fix
   */
  public SpcException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and what to fix
   * @param cause the underlying failure
   */
  public SpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
