package dk.datainformed.connector.csv;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.csv.internal.CsvConnector;
import dk.datainformed.connector.csv.internal.CsvSettings;
import org.apiguardian.api.API;

/**
 * The provider of the built-in {@code csv} connector: one CSV file, or the files of a folder that
 * match a glob pattern, read as one stream of typed records.
 *
 * <p>Made for the exports of Danish systems (KMD Opus Løn, SD Løn and most line-of-business
 * systems): {@code ;} or {@code ,} separators, decimal comma, UTF-8 (with or without a byte order
 * mark) or Windows-1252, and dates written {@code 31-12-2024}, {@code 31.12.2024} or {@code
 * 2024-12-31}. The record schema is declared (core's Schema JSON form) or inferred from a sample of
 * the first file. Rows that cannot be read are reported with file and line, or stop the read, as
 * {@code on_error} says. Reads resume from checkpoints that hold a file name and a position.
 *
 * <pre>{@code
 * try (Connector csv = Connectors.open("csv", Map.of(
 *     "path", "/data/fravaer", "glob", "fravaer-*.csv", "on_error", "report"))) {
 *   try (Stream<ReadEvent> events = csv.read(ReadRequest.all().from(savedState))) {
 *     events.forEach(this::handle);
 *   }
 * }
 * }</pre>
 *
 * <p>The configuration keys are those of {@link #configSpec()}; the module's README explains each.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CsvConnectorProvider implements ConnectorProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public CsvConnectorProvider() {
    // Stateless: the spec is shared and immutable.
  }

  /**
   * The connector's name.
   *
   * @return {@code csv}
   */
  @Override
  public String name() {
    return CsvSettings.CONNECTOR;
  }

  /**
   * What the connector reads.
   *
   * @return a sentence
   */
  @Override
  public String description() {
    return "CSV files or folders as Danish systems export them (';' or ',', decimal comma, UTF-8 or"
        + " Windows-1252, Danish dates), typed by a declared or inferred schema";
  }

  /**
   * The configuration keys: {@code path}, {@code glob}, {@code stream}, {@code separator}, {@code
   * encoding}, {@code decimal_separator}, {@code date_formats}, {@code schema}, {@code infer_rows},
   * {@code on_error}, {@code checkpoint_every}, {@code max_line_length}, {@code max_fields} and
   * {@code max_file_size}.
   *
   * @return the spec
   */
  @Override
  public ConfigSpec configSpec() {
    return CsvSettings.SPEC;
  }

  /**
   * Opens a connector. Settings that can be checked without the files (limits, date formats, an
   * inline schema) are checked here; the files are first touched by {@code check}, {@code
   * discover} or {@code read}.
   *
   * @param config a configuration validated by {@link #configSpec()}
   * @return the connector
   * @throws dk.datainformed.connector.api.InvalidConfigException when a value is out of range or
   *     an inline schema or date format cannot be read
   */
  @Override
  public Connector open(ConnectorConfig config) {
    return new CsvConnector(CsvSettings.from(config));
  }
}
