package dk.datainformed.connector.jobindsats;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.jobindsats.internal.JobindsatsConnector;
import dk.datainformed.connector.jobindsats.internal.Settings;
import org.apiguardian.api.API;

/**
 * Makes connectors to Jobindsats (https://api.jobindsats.dk/v2/), the labour-market statistics of
 * the Danish Agency for Labour Market and Recruitment (STAR).
 *
 * <p>Each configured table (such as Y01A02, A-dagpenge; Y07A02, sygedagpenge; Y36A02, kontanthjælp)
 * is a stream of records with the fields {@code area} (Jobindsats' name, e.g. "Randers"),
 * {@code area_code} (Statistics Denmark's code of the core area, where it is one), {@code period} (a
 * core period), one category per variable (such as {@code kon}) and one decimal per measure. A read
 * asks for a few periods at a time and checkpoints after each period, so a resumed read loses nothing
 * and repeats nothing. The API key is a secret: it is sent in the {@code Authorization} header and
 * never shown.
 *
 * <pre>{@code
 * Connector jobindsats = Connectors.open("jobindsats", Map.of(
 *     "api_key", System.getenv("JOBINDSATS_API_KEY"),
 *     "table", "Y01A02",
 *     "periods", "l(m:12)",
 *     "area", "Randers|Hele landet",
 *     "filters", "_kon=Kvinder|Mænd"));
 * }</pre>
 *
 * <p>The keys, with their defaults, are those of {@link #configSpec()}; the module's README explains
 * them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JobindsatsConnectorProvider implements ConnectorProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JobindsatsConnectorProvider() {}

  /**
   * The connector's name.
   *
   * @return {@code jobindsats}
   */
  @Override
  public String name() {
    return Settings.CONNECTOR;
  }

  @Override
  public String description() {
    return "Tables from Jobindsats, STAR's labour-market statistics (api.jobindsats.dk, API key needed),"
        + " by area and period";
  }

  @Override
  public ConfigSpec configSpec() {
    return Settings.SPEC;
  }

  /**
   * Makes a connector; it reaches Jobindsats on {@code check}, {@code discover} or {@code read}.
   *
   * @param config a configuration that has passed {@link #configSpec()}
   * @return the connector
   * @throws dk.datainformed.connector.api.InvalidConfigException when a value breaks the connector's
   *     rules (a table id, the periods, the filters), with every problem named
   */
  @Override
  public Connector open(ConnectorConfig config) {
    Settings settings = Settings.from(config);
    return new JobindsatsConnector(settings, settings.httpClient().build());
  }
}
