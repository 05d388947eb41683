package dk.datainformed.connector.api.http;

import dk.datainformed.connector.api.ConnectorException;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A secret value such as an API key or an OAuth2 client secret, which never shows itself.
 *
 * <p>{@code toString()} prints {@code ****}; the value is reached only through {@link #reveal()}, at
 * the one place where it is sent. Load secrets from the environment or a secret store, never from
 * source code.
 *
 * <pre>{@code
 * Secret apiKey = Secret.fromEnvironment("JOBINDSATS_API_KEY");
 * ResilientHttpClient http = ResilientHttpClient.builder()
 *     .secretHeader("Authorization", apiKey)
 *     .build();
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Secret {

  /** What a secret shows instead of itself, in {@code toString()} and in scrubbed texts. */
  static final String SHOWN = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value that the caller has loaded.
   *
   * @param value the secret, not blank
   * @return the secret
   * @throws IllegalArgumentException if the value is blank
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a secret must not be blank");
    }
    return new Secret(value);
  }

  /**
   * Reads a secret from an environment variable of this process.
   *
   * @param variable the variable's name
   * @return the secret
   * @throws ConnectorException if the variable is not set or blank; the message names the variable
   */
  public static Secret fromEnvironment(String variable) {
    return fromEnvironment(variable, System.getenv());
  }

  /**
   * Reads a secret from the given environment, for tests and for applications that pass their own.
   *
   * @param variable the variable's name
   * @param environment the environment to read
   * @return the secret
   * @throws ConnectorException if the variable is not set or blank; the message names the variable
   */
  public static Secret fromEnvironment(String variable, Map<String, String> environment) {
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      throw new ConnectorException(
          "The environment variable " + variable + " is not set; set it to the secret before running");
    }
    return new Secret(value);
  }

  /**
   * The secret itself, to put on the wire. Never log or print it.
   *
   * @return the secret value
   */
  public String reveal() {
    return value;
  }

  /**
   * Always {@code ****}.
   *
   * @return a placeholder that does not depend on the secret
   */
  @Override
  public String toString() {
    return SHOWN;
  }
}
