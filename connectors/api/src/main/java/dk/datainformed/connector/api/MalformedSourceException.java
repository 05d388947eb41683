package dk.datainformed.connector.api;

import org.apiguardian.api.API;

/**
 * The source sent data that could not be read, and the connector is configured to stop rather than
 * to report the row and carry on. The message names the position (file and line, page, offset).
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class MalformedSourceException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** Where the bad data is. */
  private final String position;

  /**
   * Creates the exception.
   *
   * @param stream the stream being read
   * @param position where the bad data is, e.g. {@code "fravaer.csv, line 1207"}
   * @param reason why it could not be read, identifier values masked
   */
  public MalformedSourceException(String stream, String position, String reason) {
    super("Stream '" + stream + "', " + position + ": " + reason);
    this.position = position;
  }

  /**
   * Where the bad data is.
   *
   * @return the position, e.g. {@code "fravaer.csv, line 1207"}
   */
  public String position() {
    return position;
  }
}
