package dk.datainformed.connector.api.http;

import dk.datainformed.connector.api.ConnectorException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An HTTP request failed for good: the source answered with an error status that is not retried,
 * or every attempt allowed by the {@link RetryPolicy} failed.
 *
 * <p>Holds what a connector needs to explain the failure: the last status (absent when the last
 * attempt failed without a response, e.g. a timeout), the start of the error body (many APIs put a
 * machine-readable error code there, like Statistics Denmark's {@code errorTypeCode}), and how many
 * attempts were made. The message shows the URL without its query string, never headers.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class HttpFailureException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** The last HTTP status, or -1 when no response came. */
  private final int status;

  /** The start of the last error body, at most {@link ResilientHttpClient#ERROR_BODY_LIMIT} characters. */
  private final String body;

  /** How many attempts were made. */
  private final int attempts;

  HttpFailureException(String message, int status, String body, int attempts, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.body = body;
    this.attempts = attempts;
  }

  /**
   * The last HTTP status.
   *
   * @return the status, or empty when the last attempt got no response
   */
  public Optional<Integer> status() {
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  /**
   * The start of the last error body, for connectors that read the source's error codes.
   *
   * @return the body's first characters, empty when there was none
   */
  public String body() {
    return body;
  }

  /**
   * How many attempts were made.
   *
   * @return at least 1
   */
  public int attempts() {
    return attempts;
  }
}
