package dk.datainformed.connector.api;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A connector's configuration does not match its {@link ConfigSpec}. The message lists every
 * problem, each naming its key; secret values are never shown.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidConfigException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  /** One line per problem, each starting with the key it concerns. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param connector the connector's name, for the message
   * @param problems one line per problem, each starting with its key
   */
  public InvalidConfigException(String connector, List<String> problems) {
    super("The configuration of connector '" + connector + "' is not valid:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems found, one line each, each starting with the key it concerns.
   *
   * @return the problems
   */
  public List<String> problems() {
    return problems;
  }
}
