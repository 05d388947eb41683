package dk.datainformed.connector.api;

import dk.datainformed.connector.api.internal.ConfigValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * What a connector can be configured with, and the check that a configuration fits.
 *
 * <pre>{@code
 * ConfigSpec spec = ConfigSpec.builder("jobindsats")
 *     .required("base_url", ConfigType.URL, "The API's address, e.g. https://api.jobindsats.dk/v2/")
 *     .required("api_key", ConfigType.SECRET, "The API key from STAR")
 *     .optional("timeout", ConfigType.DURATION, "60s", "How long one request may take")
 *     .build();
 * ConnectorConfig config = spec.validate(Map.of("base_url", "https://api.jobindsats.dk/v2/",
 *     "api_key", System.getenv("JOBINDSATS_API_KEY")));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConfigSpec {

  private final String connector;
  private final Map<String, ConfigKey> keys;

  private ConfigSpec(String connector, Map<String, ConfigKey> keys) {
    this.connector = connector;
    this.keys = keys;
  }

  /**
   * Starts a spec.
   *
   * @param connector the connector's name, for messages
   * @return a builder
   */
  public static Builder builder(String connector) {
    return new Builder(connector);
  }

  /**
   * The connector's name.
   *
   * @return the name given to the builder
   */
  public String connector() {
    return connector;
  }

  /**
   * The keys, in the order they were declared.
   *
   * @return the keys
   */
  public List<ConfigKey> keys() {
    return List.copyOf(keys.values());
  }

  /**
   * The key of a name.
   *
   * @param name the key's name
   * @return the key, or empty when the spec has no such key
   */
  public Optional<ConfigKey> key(String name) {
    return Optional.ofNullable(keys.get(name));
  }

  /**
   * Checks a configuration and reads its values.
   *
   * <p>Every problem is collected and reported at once: a missing required key, a value that does
   * not read as its type, an unknown key (with the nearest known key suggested). Defaults fill in
   * keys that are not given.
   *
   * @param settings the values as text, by key
   * @return the typed configuration
   * @throws InvalidConfigException listing every problem, each naming its key; secret values are
   *     never shown
   */
  public ConnectorConfig validate(Map<String, String> settings) {
    Objects.requireNonNull(settings, "settings");
    List<String> problems = new ArrayList<>();
    for (String given : new TreeSet<>(settings.keySet())) {
      if (!keys.containsKey(given)) {
        problems.add(AnswerText.quote(given) + ": unknown key" + ConfigValues.suggestion(given, keys.keySet()));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (ConfigKey key : keys.values()) {
      String raw = settings.get(key.name());
      if (raw == null || raw.isBlank()) {
        if (key.required()) {
          problems.add(key.name() + ": required but missing (" + key.description() + ")");
          continue;
        }
        if (key.defaultValue().isEmpty()) {
          continue;
        }
        raw = key.defaultValue().get();
      }
      ConfigValues.read(key, raw.strip()).ifPresentOrElse(
          value -> values.put(key.name(), value),
          () -> problems.add(key.name() + ": " + ConfigValues.shown(key, settings.get(key.name()))
              + " is not " + key.type().expected() + choices(key)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(connector, problems);
    }
    return new ConnectorConfig(this, values);
  }

  private static String choices(ConfigKey key) {
    return key.choices().isEmpty() ? "" : " (" + String.join(", ", key.choices()) + ")";
  }

  /** Builds a {@link ConfigSpec}. */
  public static final class Builder {
    private final String connector;
    private final Map<String, ConfigKey> keys = new LinkedHashMap<>();

    private Builder(String connector) {
      this.connector = Objects.requireNonNull(connector, "connector");
    }

    /**
     * Adds a key that must be given.
     *
     * @param name the key
     * @param type its type
     * @param description what it means
     * @return this builder
     */
    public Builder required(String name, ConfigType type, String description) {
      return add(new ConfigKey(name, type, true, Optional.empty(), description, List.of()));
    }

    /**
     * Adds a key that may be left out, with a default.
     *
     * @param name the key
     * @param type its type
     * @param defaultValue the default, as text; it must read as the type
     * @param description what it means
     * @return this builder
     */
    public Builder optional(String name, ConfigType type, String defaultValue, String description) {
      return add(new ConfigKey(name, type, false, Optional.of(defaultValue), description, List.of()));
    }

    /**
     * Adds a key that may be left out and has no default.
     *
     * @param name the key
     * @param type its type
     * @param description what it means
     * @return this builder
     */
    public Builder optional(String name, ConfigType type, String description) {
      return add(new ConfigKey(name, type, false, Optional.empty(), description, List.of()));
    }

    /**
     * Adds a key whose value is one of a fixed set of words.
     *
     * @param name the key
     * @param choices the allowed words
     * @param defaultValue the default, one of the choices
     * @param description what it means
     * @return this builder
     */
    public Builder choice(String name, Collection<String> choices, String defaultValue, String description) {
      return add(new ConfigKey(name, ConfigType.CHOICE, false, Optional.of(defaultValue), description, List.copyOf(choices)));
    }

    /**
     * Adds a key.
     *
     * @param key the key
     * @return this builder
     * @throws IllegalArgumentException when the name is taken or the default does not read as the type
     */
    public Builder add(ConfigKey key) {
      if (keys.containsKey(key.name())) {
        throw new IllegalArgumentException("config key '" + key.name() + "' is declared twice");
      }
      key.defaultValue().ifPresent(value -> {
        if (ConfigValues.read(key, value).isEmpty()) {
          throw new IllegalArgumentException("the default of config key '" + key.name() + "' ('" + value
              + "') is not " + key.type().expected() + choices(key));
        }
      });
      keys.put(key.name(), key);
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the immutable spec
     */
    public ConfigSpec build() {
      return new ConfigSpec(connector, new LinkedHashMap<>(keys));
    }
  }
}
