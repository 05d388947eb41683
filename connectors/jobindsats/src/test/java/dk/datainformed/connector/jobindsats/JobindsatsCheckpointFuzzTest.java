package dk.datainformed.connector.jobindsats;

import com.code_intelligence.jazzer.api.BugDetectors;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.jobindsats.internal.JobindsatsConnector;
import dk.datainformed.connector.jobindsats.internal.Settings;
import dk.datainformed.connector.testkit.Leaks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fuzz target of a resumed read (docs/fuzzing.md): any text as a checkpoint's period gives the
 * periods after it or the connector's own {@link ConnectorException}, never the planted CPR number
 * or the key in a message or cause. The local stand-in for Jobindsats answers every request.
 */
class JobindsatsCheckpointFuzzTest {

  static final String CPR = "0101901234";

  private static final FakeJobindsats SERVER;

  /** One HTTP client for the whole run, as a connector is used: a client per input exhausts the machine. */
  private static final Settings SETTINGS;

  private static final ResilientHttpClient CLIENT;

  static {
    try {
      SERVER = new FakeJobindsats();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SETTINGS = Settings.from(Settings.SPEC.validate(Map.of("base_url", SERVER.baseUrl(),
        "api_key", FakeJobindsats.KEY, "table", "Y01A02", "requests_per_second", "0", "max_attempts", "1")));
    CLIENT = SETTINGS.httpClient().build();
  }

  @FuzzTest(maxDuration = "10m")
  void checkpointPeriod(byte[] input) {
    // The target talks to its own local server; Jazzer's request-forgery detector allows only loopback.
    BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") || host.equals("127.0.0.1"));
    String period = new String(input, StandardCharsets.UTF_8);
    ConnectorState state = ConnectorState.empty().with(new Checkpoint("Y01A02", Map.of("period", period)));
    try (Connector connector = new JobindsatsConnector(SETTINGS, CLIENT);
        Stream<ReadEvent> events = connector.read(ReadRequest.all().from(state))) {
      events.forEach(event -> assertThat(event.toString()).doesNotContain(CPR));
    } catch (ConnectorException e) {
      Leaks.assertNoneOf(e, CPR, FakeJobindsats.KEY);
    }
  }
}
