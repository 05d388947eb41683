package dk.datainformed.connector.jobindsats;

import static dk.datainformed.connector.jobindsats.FakeJobindsats.KEY;
import static dk.datainformed.connector.jobindsats.FakeJobindsats.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.http.HttpFailureException;
import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Keys that cannot be sent, servers that echo them, and answers that stall mid-body. */
class JobindsatsHostileTest {

  private FakeJobindsats server;

  @BeforeEach
  void startServer() throws Exception {
    server = new FakeJobindsats();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private Connector connector(Map<String, String> extra) {
    return server.connector(extra, wait -> { });
  }

  private static List<ReadEvent> readAll(Connector connector) {
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
      return events.filter(e -> !(e instanceof ReadEvent.Checkpointed)).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"secret\u0000key-0101901234", "secret\nkey-0101901234", "secretłkey-0101901234"})
  void aKeyAnHttpHeaderCannotCarryIsAConfigProblemThatNeverShowsTheKey(String key) {
    InvalidConfigException e = catchThrowableOfType(InvalidConfigException.class,
        () -> new JobindsatsConnectorProvider().open(new JobindsatsConnectorProvider().configSpec()
            .validate(Map.of("api_key", key, "table", "Y01A02"))));

    assertThat(e).hasMessageContaining("api_key").hasMessageContaining("cannot carry");
    Leaks.assertNoneOf(e, key, "0101901234");
  }

  @Test
  void aKeyEchoedInA401IsInNoMessageCauseOrBody() {
    server.then(status(401, Map.of(), "{\"Ukendt nøgle\":\"" + KEY + "\"}"));

    ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> connector(Map.of()).discover());

    Leaks.assertNoneOf(e, KEY);
    assertThat(e.getCause()).isInstanceOfSatisfying(HttpFailureException.class,
        cause -> assertThat(cause.body()).doesNotContain(KEY).contains("****"));
  }

  @Test
  void anAnswerThatStallsMidBodyIsRetriedAndReadOnceWithinTwiceItsTimeout() {
    Duration timeout = Duration.ofMillis(500);
    Map<String, String> settings = Map.of("request_timeout", timeout.toMillis() + "ms");
    List<ReadEvent> expected = readAll(connector(settings));
    server.then(Answer.stalling(200, "[{\"TableID\":", Duration.ofSeconds(5)));

    long started = System.nanoTime();
    List<ReadEvent> events = readAll(connector(settings));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(events).isEqualTo(expected);
    assertThat(took).isLessThan(timeout.multipliedBy(2));
  }
}
