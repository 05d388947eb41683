package dk.datainformed.connector.jdbc.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * The jdbc connector: one stream, the rows of a table or a query, read in the order of the cursor
 * column and the key columns.
 *
 * <p>It holds no connection between calls: {@code check} and {@code discover} connect and close,
 * and each read holds its own connection until its stream is closed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JdbcConnector implements Connector {

  private final JdbcSettings settings;

  /**
   * Creates the connector.
   *
   * @param settings the checked settings
   */
  public JdbcConnector(JdbcSettings settings) {
    this.settings = settings;
  }

  JdbcSettings settings() {
    return settings;
  }

  @Override
  public CheckResult check() {
    try (Connection connection = connect()) {
      StreamShape shape = shape(connection);
      return CheckResult.passed("Connected to " + Shown.url(settings.url()) + " and ran the query of "
          + settings.sourceShown() + " without fetching rows; stream '" + AnswerText.quote(settings.stream())
          + "' has " + shape.schema());
    } catch (SQLException e) {
      return CheckResult.failed(problem(e));
    } catch (ConnectorException e) {
      return CheckResult.failed(e.getMessage());
    } catch (RuntimeException e) {
      // A driver that breaks its contract (an unchecked exception from connect or metadata).
      return CheckResult.failed("The JDBC driver for " + Shown.url(settings.url()) + " failed: "
          + AnswerText.quote(Shown.scrub(e.toString(), settings.password()), 300));
    }
  }

  @Override
  public List<StreamDescriptor> discover() {
    try (Connection connection = connect()) {
      StreamShape shape = shape(connection);
      List<String> keys = new ArrayList<>();
      int[] order = shape.order();
      for (int i = 1; i < order.length; i++) {
        keys.add(shape.schema().field(order[i]).name());
      }
      return List.of(new StreamDescriptor(settings.stream(), shape.schema(), keys,
          Optional.of(shape.schema().field(order[0]).name()),
          "The rows of " + settings.sourceShown() + " at " + Shown.url(settings.url()) + ", in order of "
              + settings.cursorField() + (keys.isEmpty() ? "" : " and " + String.join(", ", keys))));
    } catch (SQLException e) {
      throw new ConnectorException(problem(e));
    }
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    if (!request.includes(settings.stream())) {
      return Stream.empty();
    }
    Optional<Checkpoint> from = request.state().checkpoint(settings.stream());
    from.ifPresent(this::checkFitsSettings);
    JdbcRead read = new JdbcRead(this, from);
    return StreamSupport.stream(read, false).onClose(read::close);
  }

  @Override
  public void close() {
    // Each read closes its own connection when its stream is closed; the connector holds none.
  }

  /** The settings without the password, for logs. */
  @Override
  public String toString() {
    return "JdbcConnector[" + Shown.url(settings.url()) + ", " + settings.sourceShown() + ", stream "
        + AnswerText.quote(settings.stream()) + "]";
  }

  /** Opens a connection with the user and password, if given. */
  Connection connect() throws SQLException {
    try {
      DriverManager.getDriver(settings.url());
    } catch (SQLException e) {
      throw new ConnectorException("No JDBC driver on the class or module path accepts the URL "
          + Shown.url(settings.url()) + ": add your database's driver as a dependency (e.g."
          + " org.postgresql:postgresql, com.microsoft.sqlserver:mssql-jdbc or org.duckdb:duckdb_jdbc),"
          + " or check the 'url' setting");
    }
    Properties properties = new Properties();
    settings.user().ifPresent(user -> properties.setProperty("user", user));
    settings.password().ifPresent(password -> properties.setProperty("password", password.reveal()));
    return DriverManager.getConnection(settings.url(), properties);
  }

  /** The stream's columns, from a query that fetches no rows. */
  StreamShape shape(Connection connection) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString();
    try (PreparedStatement probe = connection.prepareStatement(ReadSql.probe(settings.source()))) {
      probe.setQueryTimeout(settings.queryTimeoutSeconds());
      try (ResultSet none = probe.executeQuery()) {
        return StreamShape.of(none.getMetaData(), settings, quote == null ? " " : quote);
      }
    }
  }

  /**
   * What a failed database call means for the user: the database's message, scrubbed, and the
   * setting to look at.
   */
  String problem(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String hint;
    if (state.startsWith("08")) {
      hint = "check the host, port and database in 'url', and that the database server is running and"
          + " reachable from here";
    } else if (state.startsWith("28")) {
      hint = "check 'user' and 'password'";
    } else if (state.startsWith("42")) {
      hint = "check " + (settings.table().isPresent() ? "'table'" : "'query'")
          + ", and that 'user' may read it";
    } else if (state.startsWith("57") || state.equals("HYT00")) {
      hint = "the database stopped the query (a timeout or a cancel): raise 'query_timeout_seconds' or ask"
          + " the database's administrators";
    } else {
      hint = "check 'url', 'user' and " + (settings.table().isPresent() ? "'table'" : "'query'");
    }
    return "The database at " + Shown.url(settings.url()) + " refused to give " + settings.sourceShown() + ": "
        + Shown.cause(e, settings.password()) + ". To fix: " + hint;
  }

  private void checkFitsSettings(Checkpoint checkpoint) {
    String cursor = checkpoint.get(JdbcRead.CURSOR_FIELD);
    String keys = checkpoint.get(JdbcRead.KEY_FIELDS);
    String want = String.join(",", settings.keyFields());
    if (!cursor.equalsIgnoreCase(settings.cursorField()) || !keys.equalsIgnoreCase(want)) {
      throw new ConnectorException("The checkpoint of stream '" + AnswerText.quote(settings.stream())
          + "' was made with cursor_field '" + AnswerText.quote(cursor) + "' and key_fields '"
          + AnswerText.quote(keys) + "', but the connector now has '" + settings.cursorField() + "' and '" + want
          + "': a checkpoint resumes only the order it was made in; read from the start (an empty state)"
          + " after changing them");
    }
  }
}
