package dk.datainformed.connector.api;

import org.apiguardian.api.API;

/**
 * The type of a configuration value. Every value arrives as text (from a properties file, the
 * environment, a YAML file); the type says how it is read and checked.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ConfigType {
  /** Any text. */
  TEXT("text"),
  /** A whole number, e.g. {@code 500}. */
  INTEGER("a whole number, e.g. 500"),
  /** {@code true} or {@code false}. */
  BOOLEAN("true or false"),
  /** An ISO 8601 duration ({@code PT30S}) or a number with a unit ({@code 30s}, {@code 5m}, {@code 2h}). */
  DURATION("a duration, e.g. PT30S, 30s, 5m or 2h"),
  /** A file or folder path. */
  PATH("a file or folder path"),
  /** An absolute {@code http} or {@code https} URL. */
  URL("an absolute http or https URL"),
  /** One of a fixed set of words, listed by the key. */
  CHOICE("one of the listed choices"),
  /** A secret (an API key, a password, a client secret): never shown, never logged. */
  SECRET("a secret");

  private final String expected;

  ConfigType(String expected) {
    this.expected = expected;
  }

  /**
   * What a value of this type looks like, for error messages.
   *
   * @return a short phrase such as {@code "a whole number, e.g. 500"}
   */
  public String expected() {
    return expected;
  }
}
