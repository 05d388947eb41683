package dk.datainformed.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.connector.api.InvalidConfigException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings the connector refuses before it reaches a database, each with the key named. */
class JdbcSettingsTest {

  private static InvalidConfigException refused(String... settings) {
    Map<String, String> given = new HashMap<>(Map.of("url", "jdbc:duckdb:/data/dw.duckdb", "cursor_field", "opdateret"));
    for (int i = 0; i < settings.length; i += 2) {
      given.put(settings[i], settings[i + 1]);
    }
    return catchThrowableOfType(InvalidConfigException.class, () -> Reads.open(given));
  }

  @Test
  void exactlyOneOfTableAndQueryIsNeeded() {
    assertThat(refused().problems()).anySatisfy(p -> assertThat(p).startsWith("table, query: give exactly one"));
    assertThat(refused("table", "fravaer", "query", "SELECT 1").problems())
        .anySatisfy(p -> assertThat(p).startsWith("table, query: give exactly one"));
  }

  @Test
  void aTableNameIsAnIdentifierPossiblySchemaQualified() {
    assertThat(refused("table", "hr.fravaer; DROP TABLE x").problems()).singleElement().asString().startsWith("table: ");
    assertThat(refused("table", "a.b.c.d").problems()).singleElement().asString().startsWith("table: ");
    for (String good : new String[] {"fravaer", "hr.fravaer", "dw.hr.fravaer", "hr.\"Fravær 2024\"", "løn_måned"}) {
      Map<String, String> settings = Map.of("url", "jdbc:duckdb:/data/dw.duckdb", "cursor_field", "c", "table", good);
      assertThat(Reads.open(settings)).as(good).isNotNull();
    }
  }

  @Test
  void theDefaultStreamNameIsTheTablesNameWithoutSchemaOrQuotes() throws Exception {
    Map<String, String> settings = Map.of("url", "jdbc:duckdb:/data/dw.duckdb", "cursor_field", "c",
        "table", "hr.\"Fravær 2024\"");
    assertThat(Reads.open(settings).read(dk.datainformed.connector.api.ReadRequest.streams("other"))).isEmpty();
    assertThat(Reads.open(settings).toString()).contains("stream Fravær 2024");
  }

  @Test
  void aQueryIsOneSelect() {
    assertThat(refused("query", "UPDATE fravaer SET timer = 0").problems()).singleElement().asString().startsWith("query: must be one SELECT");
    assertThat(refused("query", "SELECT 1; SELECT 2").problems()).singleElement().asString().startsWith("query: holds a ';'");
    assertThat(Reads.open(Map.of("url", "jdbc:duckdb:/data/dw.duckdb", "cursor_field", "c",
        "query", "/* the rows */ WITH x AS (SELECT 1 AS c) SELECT c FROM x;"))).isNotNull();
  }

  @Test
  void columnsAndLimitsAreChecked() {
    InvalidConfigException e = refused("table", "fravaer", "cursor_field", "opdateret at", "key_fields", "id, id, 2x",
        "fetch_size", "0", "checkpoint_every", "-1", "query_timeout_seconds", "-5", "max_rows", "0");
    assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("cursor_field: "))
        .anySatisfy(p -> assertThat(p).startsWith("key_fields: 'id' is listed twice"))
        .anySatisfy(p -> assertThat(p).startsWith("key_fields: '2x' is not a column name"))
        .anySatisfy(p -> assertThat(p).startsWith("fetch_size: 0 must be from 1"))
        .anySatisfy(p -> assertThat(p).startsWith("checkpoint_every: -1 must be from 1"))
        .anySatisfy(p -> assertThat(p).startsWith("query_timeout_seconds: -5 must be from 0"))
        .anySatisfy(p -> assertThat(p).startsWith("max_rows: 0 must be at least 1"));
    assertThat(refused("table", "fravaer", "key_fields", "id, Opdateret").problems())
        .singleElement().asString().startsWith("key_fields: holds the cursor_field");
  }

  @Test
  void theUrlIsAJdbcUrl() {
    assertThat(refused("table", "fravaer", "url", "https://dw.eksempelby.dk").problems())
        .singleElement().asString().startsWith("url: 'https://dw.eksempelby.dk' is not a JDBC URL");
  }

  @Test
  void anUnknownDriverFailsTheCheckWithWhatToAdd() {
    var connector = Reads.open(Map.of("url", "jdbc:nosuchdb://localhost/dw", "cursor_field", "c", "table", "t"));
    assertThat(connector.check().ok()).isFalse();
    assertThat(connector.check().message()).contains("No JDBC driver").contains("add your database's driver");
  }
}
