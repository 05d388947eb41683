package dk.datainformed.connector.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One key of a connector's configuration: its name, type, whether it is required, its default and
 * what it means.
 *
 * @param name the key, lower case with dots, dashes or underscores, e.g. {@code base_url}
 * @param type how the value is read
 * @param required whether a value must be given (a required key has no default)
 * @param defaultValue the value used when none is given, as text; never present for secrets
 * @param description what the key means, for the people who configure the connector
 * @param choices the allowed words for {@link ConfigType#CHOICE}; empty otherwise
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConfigKey(
    String name,
    ConfigType type,
    boolean required,
    Optional<String> defaultValue,
    String description,
    List<String> choices) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*([._-][a-z0-9]+)*");

  /**
   * Creates a key and checks that it makes sense.
   *
   * @param name the key, lower case with dots, dashes or underscores
   * @param type how the value is read
   * @param required whether a value must be given
   * @param defaultValue the default as text, if any
   * @param description what the key means, not blank
   * @param choices the allowed words for {@link ConfigType#CHOICE}
   * @throws IllegalArgumentException when the key is inconsistent, with what to fix
   */
  public ConfigKey {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "config key name '" + name + "' must be lower case letters and digits, separated by '.', '-' or '_'");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("config key '" + name + "' needs a description");
    }
    if (required && defaultValue.isPresent()) {
      throw new IllegalArgumentException("config key '" + name + "' is required, so it cannot have a default");
    }
    if (type == ConfigType.SECRET && defaultValue.isPresent()) {
      throw new IllegalArgumentException("config key '" + name + "' is a secret, so it cannot have a default");
    }
    if ((type == ConfigType.CHOICE) == choices.isEmpty()) {
      throw new IllegalArgumentException(
          "config key '" + name + "': choices go with type CHOICE, and a CHOICE needs at least one");
    }
  }

  /**
   * Whether the value is secret.
   *
   * @return true for {@link ConfigType#SECRET}
   */
  public boolean secret() {
    return type == ConfigType.SECRET;
  }
}
