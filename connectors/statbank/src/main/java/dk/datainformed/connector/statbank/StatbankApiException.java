package dk.datainformed.connector.statbank;

import dk.datainformed.connector.api.ConnectorException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Statistics Denmark's API refused a request and said why: an HTTP 400 with a body such as
 * {@code {"errorTypeCode":"EXTRACT-NOTFOUND","message":"Tabel findes ikke: FOLK1X"}}.
 *
 * <p>The message quotes the API's own message and says what to change; {@link #errorTypeCode()}
 * gives the machine-readable code, e.g. {@code EXTRACT-NOTFOUND} (a table, variable or value that
 * does not exist), {@code REQUEST-LIMIT} (more than 1,000,000 cells for a non-streaming format: use
 * {@code format=bulk}), {@code EXTRACT-NOTALLOWED} or {@code REQUEST-MISSING}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StatbankApiException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** The API's error code, or empty when the body had none. */
  private final String errorTypeCode;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to change
   * @param errorTypeCode the API's {@code errorTypeCode}, or an empty string when there was none
   * @param cause the HTTP failure
   */
  public StatbankApiException(String message, String errorTypeCode, Throwable cause) {
    super(message, cause);
    this.errorTypeCode = errorTypeCode == null ? "" : errorTypeCode;
  }

  /**
   * The API's machine-readable error code.
   *
   * @return e.g. {@code EXTRACT-NOTFOUND}, or empty when the answer carried none
   */
  public Optional<String> errorTypeCode() {
    return errorTypeCode.isEmpty() ? Optional.empty() : Optional.of(errorTypeCode);
  }
}
