package dk.datainformed.connector.api;

import dk.datainformed.core.text.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The connectors available at run time: every {@link ConnectorProvider} that
 * {@link ServiceLoader} finds on the module path or the class path.
 *
 * <pre>{@code
 * Connectors.names();                                   // [csv, statbank, ...]
 * Connector csv = Connectors.open("csv", Map.of("path", "/data/fravaer"));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Connectors {

  private Connectors() {}

  /**
   * Every provider found, by name.
   *
   * @return the providers, sorted by name
   * @throws ConnectorException when two providers share a name
   */
  public static Map<String, ConnectorProvider> providers() {
    return providers(ServiceLoader.load(ConnectorProvider.class));
  }

  static Map<String, ConnectorProvider> providers(Iterable<ConnectorProvider> found) {
    Map<String, ConnectorProvider> byName = new TreeMap<>();
    for (ConnectorProvider provider : found) {
      ConnectorProvider clash = byName.put(provider.name(), provider);
      if (clash != null) {
        throw new ConnectorException(
            "Two connectors are named '" + provider.name() + "': " + clash.getClass().getName() + " and "
                + provider.getClass().getName() + "; remove one from the class or module path");
      }
    }
    return Map.copyOf(byName);
  }

  /**
   * The names of the providers found.
   *
   * @return the names, sorted
   */
  public static List<String> names() {
    return List.copyOf(new TreeMap<>(providers()).keySet());
  }

  /**
   * The provider of a name.
   *
   * @param name the connector's name
   * @return the provider
   * @throws ConnectorException when none has the name; the message lists those found
   */
  public static ConnectorProvider provider(String name) {
    Map<String, ConnectorProvider> all = providers();
    ConnectorProvider provider = all.get(name);
    if (provider == null) {
      String hint = Suggestions.didYouMean(name, all.keySet()).map(n -> " Did you mean '" + n + "'?").orElse("");
      throw new ConnectorException(
          "No connector is named '" + AnswerText.quote(name) + "'; found " + new TreeMap<>(all).keySet()
              + "." + hint + " Is its module on the class or module path?");
    }
    return provider;
  }

  /**
   * Validates a configuration and opens a connector.
   *
   * @param name the connector's name
   * @param settings its configuration as text
   * @return the connector
   * @throws InvalidConfigException when the configuration does not fit the connector's spec
   */
  public static Connector open(String name, Map<String, String> settings) {
    ConnectorProvider provider = provider(name);
    return provider.open(provider.configSpec().validate(settings));
  }
}
