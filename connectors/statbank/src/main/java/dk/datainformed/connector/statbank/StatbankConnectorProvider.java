package dk.datainformed.connector.statbank;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.statbank.internal.StatbankConnector;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The {@code statbank} connector: one table of Statistics Denmark's Statistikbank
 * (https://api.statbank.dk/v1/, open data under CC BY 4.0, no key) as one stream of records.
 *
 * <pre>{@code
 * try (Connector dst = Connectors.open("statbank", Map.of(
 *     "table", "FOLK1A",
 *     "variables", "OMRÅDE=101,147;KØN=TOT;ALDER=IALT;CIVILSTAND=TOT;Tid=2024*"))) {
 *   try (Stream<ReadEvent> events = dst.read(ReadRequest.all())) {
 *     events.forEach(this::handle);
 *   }
 * }
 * }</pre>
 *
 * <p>The stream is named after the table in upper case ({@code FOLK1A}). Its schema has one field
 * per variable (the code, or for the time variable a core period), {@code område_level} and
 * {@code område_name} for the area variable, and {@code indhold}, the value, null for a suppressed
 * cell. The settings:
 *
 * <table>
 *   <caption>Settings of the statbank connector</caption>
 *   <tr><th>key</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code table}</td><td>(required)</td><td>the table's id, e.g. {@code FOLK1A}</td></tr>
 *   <tr><td>{@code variables}</td><td>every value</td><td>the values to read,
 *       {@code OMRÅDE=101,147;KØN=*;Tid=2024*}: entries separated by {@code ;}, values by
 *       {@code ,}; {@code *} is every value and {@code 2024*} a prefix; a variable left out is read
 *       with {@code *}</td></tr>
 *   <tr><td>{@code format}</td><td>{@code bulk}</td><td>{@code bulk} (streamed CSV, any size) or
 *       {@code jsonstat} (at most 1,000,000 cells)</td></tr>
 *   <tr><td>{@code lang}</td><td>{@code da}</td><td>{@code da} or {@code en}</td></tr>
 *   <tr><td>{@code base_url}</td><td>{@code https://api.statbank.dk/v1/}</td><td>the API</td></tr>
 *   <tr><td>{@code timeout}, {@code connect_timeout}</td><td>{@code 60s}, {@code 10s}</td>
 *       <td>per request until its answer starts, and the longest a BULK answer may go without
 *       data; and to connect</td></tr>
 *   <tr><td>{@code max_attempts}</td><td>{@code 5}</td><td>attempts per request, and per broken
 *       BULK answer</td></tr>
 *   <tr><td>{@code requests_per_second}</td><td>{@code 5}</td><td>the rate limit</td></tr>
 *   <tr><td>{@code checkpoint_every}</td><td>{@code 10000}</td><td>rows between checkpoints</td></tr>
 *   <tr><td>{@code unknown_areas}</td><td>{@code keep}</td><td>{@code keep} an OMRÅDE code that core
 *       does not read as an area (Christiansø 411, landsdele) with a null level, or report it as
 *       {@code malformed}</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StatbankConnectorProvider implements ConnectorProvider {

  private static final ConfigSpec SPEC = ConfigSpec.builder("statbank")
      .required("table", ConfigType.TEXT, "The table's id in the Statistikbank, e.g. FOLK1A")
      .optional("variables", ConfigType.TEXT,
          "The values to read, e.g. OMRÅDE=101,147;KØN=*;Tid=2024* (a variable left out is read with *)")
      .choice("format", List.of("bulk", "jsonstat"), "bulk",
          "bulk streams any number of rows; jsonstat answers at most 1,000,000 cells")
      .choice("lang", List.of("da", "en"), "da", "The language of labels and messages")
      .optional("base_url", ConfigType.URL, "https://api.statbank.dk/v1/", "The API's address")
      .optional("timeout", ConfigType.DURATION, "60s", "How long one request may take until its answer starts")
      .optional("connect_timeout", ConfigType.DURATION, "10s", "How long to wait for a connection")
      .optional("max_attempts", ConfigType.INTEGER, "5", "Attempts per request before giving up")
      .optional("requests_per_second", ConfigType.INTEGER, "5", "At most this many requests a second")
      .optional("checkpoint_every", ConfigType.INTEGER, "10000", "Rows between checkpoints")
      .choice("unknown_areas", List.of("keep", "malformed"), "keep",
          "What to do with an OMRÅDE code that is not a country, region or municipality (e.g. 411 Christiansø)")
      .build();

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public StatbankConnectorProvider() {}

  @Override
  public String name() {
    return "statbank";
  }

  @Override
  public String description() {
    return "A table of Statistics Denmark's Statistikbank (api.statbank.dk), as JSON-stat or streamed BULK CSV";
  }

  @Override
  public ConfigSpec configSpec() {
    return SPEC;
  }

  @Override
  public Connector open(ConnectorConfig config) {
    return new StatbankConnector(config);
  }
}
