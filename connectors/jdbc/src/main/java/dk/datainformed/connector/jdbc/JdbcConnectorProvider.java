package dk.datainformed.connector.jdbc;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.jdbc.internal.JdbcConnector;
import dk.datainformed.connector.jdbc.internal.JdbcSettings;
import org.apiguardian.api.API;

/**
 * The provider of the built-in {@code jdbc} connector: a table or a query of the municipality's own
 * warehouse (PostgreSQL, SQL Server, DuckDB, any database with a JDBC driver), read as one stream of
 * typed records in the order of a watermark column.
 *
 * <p>The rows are read in the order of {@code cursor_field} (an {@code updated_at} timestamp or an
 * increasing id) and then {@code key_fields} (the columns that tell apart rows with the same cursor
 * value). A checkpoint holds the cursor and key values of the last row delivered, as exact text, and
 * a read from it asks the database for the rows after those values: nothing is lost and nothing
 * comes twice, and a later run from the last checkpoint gets only the rows added or updated since
 * (those whose cursor value grew). Column types are mapped to record field types from the result
 * set's metadata. A row with a NULL cursor or key, or a value that does not fit its field, is
 * reported as a {@link dk.datainformed.connector.api.ReadEvent.Malformed} event or stops the read,
 * as {@code on_error} says.
 *
 * <p>The JDBC driver is not a dependency of this module: add your database's driver to your
 * application.
 *
 * <pre>{@code
 * try (Connector warehouse = Connectors.open("jdbc", Map.of(
 *     "url", "jdbc:postgresql://dw.eksempelby.dk:5432/dw",
 *     "user", "datainformed_reader",
 *     "password", System.getenv("DW_PASSWORD"),
 *     "table", "hr.fravaer_dag",
 *     "cursor_field", "opdateret",
 *     "key_fields", "medarbejder_id, dato"))) {
 *   try (Stream<ReadEvent> events = warehouse.read(ReadRequest.all().from(savedState))) {
 *     events.forEach(this::handle);
 *   }
 * }
 * }</pre>
 *
 * <p>The configuration keys are those of {@link #configSpec()}; the module's README explains each.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JdbcConnectorProvider implements ConnectorProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public JdbcConnectorProvider() {
    // Stateless: the spec is shared and immutable.
  }

  /**
   * The connector's name.
   *
   * @return {@code jdbc}
   */
  @Override
  public String name() {
    return JdbcSettings.CONNECTOR;
  }

  /**
   * What the connector reads.
   *
   * @return a sentence
   */
  @Override
  public String description() {
    return "A table or a query of a database over JDBC (the user's driver), read incrementally in the"
        + " order of a watermark column and key columns, resumed exactly from checkpoints";
  }

  /**
   * The configuration keys: {@code url}, {@code user}, {@code password} (secret), {@code table} or
   * {@code query}, {@code cursor_field}, {@code key_fields}, {@code cpr_fields}, {@code stream},
   * {@code fetch_size}, {@code checkpoint_every}, {@code query_timeout_seconds}, {@code max_rows}
   * and {@code on_error}.
   *
   * @return the spec
   */
  @Override
  public ConfigSpec configSpec() {
    return JdbcSettings.SPEC;
  }

  /**
   * Opens a connector. Settings that can be checked without the database (exactly one of table and
   * query, names, limits) are checked here; the database is first reached by {@code check}, {@code
   * discover} or {@code read}.
   *
   * @param config a configuration validated by {@link #configSpec()}
   * @return the connector
   * @throws dk.datainformed.connector.api.InvalidConfigException when a value is out of range or
   *     names no column or table, or both or neither of table and query are given
   */
  @Override
  public Connector open(ConnectorConfig config) {
    return new JdbcConnector(JdbcSettings.from(config));
  }
}
