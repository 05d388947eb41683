package dk.datainformed.connector.statbank;

import com.code_intelligence.jazzer.api.BugDetectors;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.statbank.internal.StatbankConnector;
import dk.datainformed.connector.testkit.Leaks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fuzz target of a resumed read (docs/fuzzing.md): any checkpoint (row, request fingerprint,
 * table update time) gives the rows after it or the connector's own {@link ConnectorException},
 * never a planted CPR number in a message or cause. The local stand-in answers every request.
 */
class StatbankCheckpointFuzzTest {

  static final String CPR = "0101901234";

  private static final FakeStatbank SERVER;

  /**
   * One connector per format for the whole run: a connector per input made a new HTTP client per
   * input, and after a few hundred the unfuzzed first read failed ("header parser received no
   * bytes") on a pooled connection the local server had closed. A retry without waiting covers a
   * connection closed between inputs, as it would for any transient fault.
   */
  private static final Map<Boolean, StatbankConnector> CONNECTORS;

  static {
    try {
      SERVER = new FakeStatbank(Fixtures.TABLE_INFO, Fixtures.BULK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CONNECTORS = Map.of(
        true, SERVER.connector(wait -> { }, "format", "bulk", "max_attempts", "3"),
        false, SERVER.connector(wait -> { }, "format", "jsonstat", "max_attempts", "3"));
  }

  @FuzzTest(maxDuration = "10m")
  void resumedRead(FuzzedDataProvider data) {
    // The target talks to its own local server; Jazzer's request-forgery detector allows only loopback.
    BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") || host.equals("127.0.0.1"));
    boolean bulk = data.consumeBoolean();
    SERVER.data(bulk ? Fixtures.BULK : Fixtures.JSONSTAT_2, bulk ? "text/csv" : "application/json");
    StatbankConnector connector = CONNECTORS.get(bulk);
    Checkpoint good;
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
      good = events.filter(ReadEvent.Checkpointed.class::isInstance).map(e -> ((ReadEvent.Checkpointed) e).checkpoint())
          .reduce((first, second) -> second).orElseThrow();
    }
    String row = data.consumeBoolean() ? Long.toString(data.consumeLong()) : data.consumeString(30);
    String request = data.consumeBoolean() ? good.get("request") : data.consumeString(30);
    String updated = data.consumeBoolean() ? good.get("updated") : data.consumeRemainingAsString();
    ConnectorState state = ConnectorState.empty().with(new Checkpoint(good.stream(),
        Map.of("row", row, "request", request, "updated", updated)));
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all().from(state))) {
      events.forEach(event -> assertThat(event.toString()).doesNotContain(CPR));
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR);
    }
  }
}
