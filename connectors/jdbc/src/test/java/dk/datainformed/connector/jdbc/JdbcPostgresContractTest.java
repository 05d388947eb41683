package dk.datainformed.connector.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorProvider;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.testkit.ConnectorContractTest;
import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.core.record.FieldType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The connector contract against a real PostgreSQL server, started for this class from the binaries
 * zonky publishes on Maven Central, with a reader role that must give its password (scram-sha-256);
 * and the checks that the password shows nowhere.
 */
class JdbcPostgresContractTest extends ConnectorContractTest {

  /** The reader role's password: synthetic, and planted to be looked for in every message. */
  private static final String PASSWORD = "syntetisk-Laeser-7f3a9";

  private static EmbeddedPostgres postgres;
  private static String url;

  @BeforeAll
  static void startServer() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder()
        .setDataDirectoryCustomizer(folder -> requirePasswords(folder.toPath().resolve("pg_hba.conf")))
        .start();
    url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
      SyntheticWarehouse.execute(admin, "CREATE ROLE laeser LOGIN PASSWORD '" + PASSWORD + "'");
      SyntheticWarehouse.execute(admin, "CREATE SCHEMA hr");
      SyntheticWarehouse.createAbsence(admin, "hr.fravaer", 20);
      SyntheticWarehouse.createMalformed(admin, "hr.fravaer_brudt");
      SyntheticWarehouse.execute(admin, "CREATE TABLE hr.haendelser (id INTEGER NOT NULL, tidspunkt TIMESTAMPTZ NOT NULL)");
      SyntheticWarehouse.execute(admin, "INSERT INTO hr.haendelser VALUES (1, '2024-03-31 01:59:59.999999+01'),"
          + " (2, '2024-03-31 03:00:00+02'), (3, '2024-03-31 03:00:00+02'), (4, '2024-10-27 02:30:00.5+02'),"
          + " (5, '2024-10-27 02:30:00.5+01')");
      SyntheticWarehouse.execute(admin, "GRANT USAGE ON SCHEMA hr TO laeser");
      SyntheticWarehouse.execute(admin, "GRANT SELECT ON ALL TABLES IN SCHEMA hr TO laeser");
    }
  }

  /** The superuser connects without a password, as zonky's own data sources do; every other role needs one. */
  private static void requirePasswords(java.nio.file.Path hba) {
    try {
      Files.writeString(hba, String.join("\n",
          "local all all trust",
          "host all postgres 127.0.0.1/32 trust",
          "host all postgres ::1/128 trust",
          "host all all 127.0.0.1/32 scram-sha-256",
          "host all all ::1/128 scram-sha-256", ""), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  protected ConnectorProvider provider() {
    return new JdbcConnectorProvider();
  }

  @Override
  protected Map<String, String> validConfig() {
    return Map.of("url", url, "user", "laeser", "password", PASSWORD, "table", "hr.fravaer",
        "cursor_field", "opdateret", "key_fields", "id", "checkpoint_every", "3", "fetch_size", "4");
  }

  @Override
  protected Map<String, String> unreachableConfig() {
    return Map.of("url", "jdbc:postgresql://localhost:" + portWhereNothingListens() + "/postgres",
        "user", "laeser", "password", PASSWORD, "table", "hr.fravaer", "cursor_field", "opdateret");
  }

  @Override
  protected Map<String, String> malformedConfig() {
    return Map.of("url", url, "user", "laeser", "password", PASSWORD, "table", "hr.fravaer_brudt",
        "cursor_field", "opdateret", "key_fields", "id", "on_error", "report");
  }

  private static int portWhereNothingListens() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> with(Map<String, String> base, String... more) {
    Map<String, String> settings = new HashMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return settings;
  }

  @Test
  void aWrongPasswordFailsTheCheckWithoutShowingEitherPassword() {
    try (Connector connector = Reads.open(with(validConfig(), "password", "forkert-" + PASSWORD))) {
      CheckResult result = connector.check();
      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains("check 'user' and 'password'").doesNotContain(PASSWORD);
      ConnectorException thrown = (ConnectorException) catchThrowable(() -> Reads.events(connector, ConnectorState.empty()));
      Leaks.assertNoneOf(thrown, PASSWORD);
      Leaks.assertNoneOf(catchThrowable(connector::discover), PASSWORD);
    }
  }

  @Test
  void thePasswordShowsInNoConfigurationConnectorOrCheck() {
    ConfigSpec spec = provider().configSpec();
    assertThat(spec.key("password").orElseThrow().secret()).isTrue();
    assertThat(spec.validate(validConfig()).toString()).doesNotContain(PASSWORD).contains("password=****");
    try (Connector connector = Reads.open(validConfig()); Connector down = Reads.open(unreachableConfig())) {
      assertThat(connector.toString()).doesNotContain(PASSWORD);
      assertThat(connector.check().message()).doesNotContain(PASSWORD);
      assertThat(down.check().message()).doesNotContain(PASSWORD).contains("'url'");
    }
  }

  @Test
  void aPasswordWrittenIntoTheUrlIsRefusedWithoutShowingIt() {
    for (String inUrl : List.of(url + "?user=laeser&password=" + PASSWORD,
        "jdbc:sqlserver://dw.eksempelby.dk:1433;databaseName=dw;user=laeser;password=" + PASSWORD,
        "jdbc:postgresql://laeser:" + PASSWORD + "@localhost/postgres")) {
      InvalidConfigException e = (InvalidConfigException) catchThrowable(() ->
          Reads.open(with(validConfig(), "url", inUrl)));
      assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("url: holds a password"));
      Leaks.assertNoneOf(e, PASSWORD);
    }
  }

  @Test
  void aTimestampWithTimeZoneCursorIsAnInstantAndResumesExactly() {
    Map<String, String> settings = with(validConfig(), "table", "hr.haendelser", "cursor_field", "tidspunkt",
        "key_fields", "id", "checkpoint_every", "1");
    try (Connector connector = Reads.open(settings)) {
      assertThat(connector.discover().get(0).schema().field(1).type()).isEqualTo(FieldType.TIMESTAMP);
      List<ReadEvent> full = Reads.events(connector, ConnectorState.empty());
      assertThat(Reads.ids(Reads.records(full))).containsExactly(1L, 2L, 3L, 4L, 5L);
      List<Checkpoint> checkpoints = Reads.checkpoints(full);
      for (int i = 0; i < checkpoints.size(); i++) {
        List<Long> rest = Reads.ids(Reads.records(Reads.events(connector, ConnectorState.of(List.of(checkpoints.get(i))))));
        assertThat(rest).as("after checkpoint " + checkpoints.get(i))
            .containsExactlyElementsOf(LongStream.rangeClosed(i + 2, 5).boxed().toList());
      }
    }
  }

  @Test
  void aReadTheUserMayNotDoNamesTheSourceAndTheSettings() {
    try (Connector connector = Reads.open(with(validConfig(), "table", "pg_catalog.pg_authid"))) {
      CheckResult result = connector.check();
      assertThat(result.ok()).isFalse();
      assertThat(result.message()).contains("pg_authid").contains("'user' may read it").doesNotContain(PASSWORD);
    }
  }

  @Test
  void aQueryThatIsNotASelectIsRefusedBeforeTheDatabaseIsReached() {
    assertThatThrownBy(() -> Reads.open(with(validConfig(), "table", "", "query", "DELETE FROM hr.fravaer")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("query: must be one SELECT");
  }

  private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isNotNull();
    return thrown;
  }
}
