package dk.datainformed.connector.api;

import dk.datainformed.connector.api.http.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A configuration that has passed its {@link ConfigSpec}: typed values by key, with defaults filled
 * in. Made by {@link ConfigSpec#validate(Map)}; {@code toString()} never shows secrets.
 *
 * <pre>{@code
 * URI base = config.url("base_url");
 * Duration timeout = config.duration("timeout");
 * Optional<Path> cache = config.optionalPath("cache_folder");
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConnectorConfig {

  private final ConfigSpec spec;
  private final Map<String, Object> values;

  ConnectorConfig(ConfigSpec spec, Map<String, Object> values) {
    this.spec = spec;
    this.values = Map.copyOf(values);
  }

  /**
   * The spec this configuration passed.
   *
   * @return the spec
   */
  public ConfigSpec spec() {
    return spec;
  }

  /**
   * Whether a value is present (given or defaulted).
   *
   * @param key the key
   * @return true if the key has a value
   */
  public boolean has(String key) {
    declared(key, null);
    return values.containsKey(key);
  }

  /**
   * A text or choice value.
   *
   * @param key a {@link ConfigType#TEXT} or {@link ConfigType#CHOICE} key with a value
   * @return the text
   */
  public String text(String key) {
    Object value = required(key, ConfigType.TEXT, ConfigType.CHOICE);
    return (String) value;
  }

  /**
   * A whole-number value.
   *
   * @param key an {@link ConfigType#INTEGER} key with a value
   * @return the number
   */
  public long integer(String key) {
    return (Long) required(key, ConfigType.INTEGER);
  }

  /**
   * A boolean value.
   *
   * @param key a {@link ConfigType#BOOLEAN} key with a value
   * @return the value
   */
  public boolean bool(String key) {
    return (Boolean) required(key, ConfigType.BOOLEAN);
  }

  /**
   * A duration value.
   *
   * @param key a {@link ConfigType#DURATION} key with a value
   * @return the duration
   */
  public Duration duration(String key) {
    return (Duration) required(key, ConfigType.DURATION);
  }

  /**
   * A path value.
   *
   * @param key a {@link ConfigType#PATH} key with a value
   * @return the path
   */
  public Path path(String key) {
    return (Path) required(key, ConfigType.PATH);
  }

  /**
   * A path value that may be absent.
   *
   * @param key a {@link ConfigType#PATH} key
   * @return the path, or empty
   */
  public Optional<Path> optionalPath(String key) {
    declared(key, ConfigType.PATH);
    return Optional.ofNullable((Path) values.get(key));
  }

  /**
   * A URL value.
   *
   * @param key a {@link ConfigType#URL} key with a value
   * @return the URL
   */
  public URI url(String key) {
    return (URI) required(key, ConfigType.URL);
  }

  /**
   * A secret value.
   *
   * @param key a {@link ConfigType#SECRET} key with a value
   * @return the secret
   */
  public Secret secret(String key) {
    return (Secret) required(key, ConfigType.SECRET);
  }

  /**
   * A text value that may be absent.
   *
   * @param key a {@link ConfigType#TEXT} or {@link ConfigType#CHOICE} key
   * @return the text, or empty
   */
  public Optional<String> optionalText(String key) {
    ConfigKey declared = declared(key, null);
    if (declared.type() != ConfigType.TEXT && declared.type() != ConfigType.CHOICE) {
      throw wrongType(declared, "text");
    }
    return Optional.ofNullable((String) values.get(key));
  }

  private Object required(String key, ConfigType... types) {
    ConfigKey declared = declared(key, null);
    boolean matches = false;
    for (ConfigType type : types) {
      matches |= declared.type() == type;
    }
    if (!matches) {
      throw wrongType(declared, types[0].name().toLowerCase(java.util.Locale.ROOT));
    }
    Object value = values.get(key);
    if (value == null) {
      throw new IllegalStateException(
          "config key '" + key + "' has no value; read it with an optional accessor or give it a default");
    }
    return value;
  }

  private ConfigKey declared(String key, ConfigType type) {
    Objects.requireNonNull(key, "key");
    ConfigKey declared =
        spec.key(key)
            .orElseThrow(() -> new IllegalArgumentException(
                "connector '" + spec.connector() + "' declares no config key '" + key + "'"));
    if (type != null && declared.type() != type) {
      throw wrongType(declared, type.name().toLowerCase(java.util.Locale.ROOT));
    }
    return declared;
  }

  private static IllegalArgumentException wrongType(ConfigKey key, String asked) {
    return new IllegalArgumentException(
        "config key '" + key.name() + "' is of type " + key.type() + ", not " + asked);
  }

  /**
   * The values by key, secrets shown as {@code ****}.
   *
   * @return a description safe for logs
   */
  @Override
  public String toString() {
    return spec.keys().stream()
        .filter(k -> values.containsKey(k.name()))
        .map(k -> k.name() + "=" + (k.secret() ? "****" : values.get(k.name())))
        .collect(Collectors.joining(", ", spec.connector() + "{", "}"));
  }
}
