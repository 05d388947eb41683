package dk.datainformed.connector.jdbc;

import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The connector contract against a real DuckDB file database, written by the test. */
class JdbcDuckDbContractTest extends ConnectorContractTest {

  @TempDir Path folder;

  private String url;

  @BeforeEach
  void writeDatabase() throws SQLException {
    url = "jdbc:duckdb:" + folder.resolve("dw.duckdb");
    try (Connection connection = DriverManager.getConnection(url)) {
      SyntheticWarehouse.execute(connection, "CREATE SCHEMA hr");
      SyntheticWarehouse.createAbsence(connection, "hr.fravaer", 20);
      SyntheticWarehouse.createMalformed(connection, "hr.fravaer_brudt");
    }
  }

  @Override
  protected ConnectorProvider provider() {
    return new JdbcConnectorProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return Map.of("url", url, "table", "hr.fravaer", "cursor_field", "opdateret", "key_fields", "id",
        "checkpoint_every", "3");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("url", "jdbc:duckdb:" + folder.resolve("no/such/folder/dw.duckdb"), "table", "hr.fravaer",
        "cursor_field", "opdateret");
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("url", url, "table", "hr.fravaer_brudt", "cursor_field", "opdateret", "key_fields", "id",
        "on_error", "report");
  }
}
