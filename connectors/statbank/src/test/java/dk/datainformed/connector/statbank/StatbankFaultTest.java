package dk.datainformed.connector.statbank;

import static dk.datainformed.connector.statbank.StatbankConnectorTest.readAll;
import static dk.datainformed.connector.statbank.StatbankConnectorTest.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.http.HttpFailureException;
import dk.datainformed.connector.statbank.internal.StatbankConnector;
import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import dk.datainformed.core.record.Record;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the network and the source, against the local server: each ends in success after
 * retries, or in a clear error after which a resumed read delivers the rest, nothing lost or twice.
 */
class StatbankFaultTest {

  private FakeStatbank server;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private List<Record> expected;

  @BeforeEach
  void start() throws IOException {
    server = new FakeStatbank(Fixtures.TABLE_INFO, Fixtures.BULK);
    expected = records(readAll(connector(), ConnectorState.empty()));
    assertThat(expected).hasSize(Fixtures.BULK_ROWS);
    waits.clear();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StatbankConnector connector(String... settings) {
    Map<String, String> all = new HashMap<>();
    all.put("base_url", server.baseUrl());
    all.put("table", "FOLK1A");
    all.put("requests_per_second", "1000");
    for (int i = 0; i < settings.length; i += 2) {
      all.put(settings[i], settings[i + 1]);
    }
    return new StatbankConnector(new StatbankConnectorProvider().configSpec().validate(all), waits::add);
  }

  private static String bulkRows(int from, int to) {
    String[] lines = Fixtures.BULK.split("\r\n");
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      text.append(lines[i]).append("\r\n");
    }
    return text.toString();
  }

  @Test
  void tooManyRequestsWaitsAsRetryAfterAsksAndThenReadsEverythingOnce() {
    server.thenData(FakeStatbank.status(429, Map.of("Retry-After", "7"), "{}"));

    List<Record> records = records(readAll(connector(), ConnectorState.empty()));

    assertThat(records).isEqualTo(expected);
    assertThat(waits).contains(Duration.ofSeconds(7));
    assertThat(server.dataBodies()).hasSize(2 + 1);
  }

  @Test
  void serviceUnavailableIsRetriedAndThenEverythingIsReadOnce() {
    server.thenData(FakeStatbank.status(503, "")).thenData(FakeStatbank.status(503, ""));

    assertThat(records(readAll(connector(), ConnectorState.empty()))).isEqualTo(expected);
  }

  @Test
  void aRequestThatTimesOutIsRetried() {
    server.thenData(FakeStatbank.slow(3_000, Fixtures.BULK));

    assertThat(records(readAll(connector("timeout", "300ms"), ConnectorState.empty()))).isEqualTo(expected);
  }

  @Test
  void aTableInfoThatTimesOutOnEveryAttemptIsAClearError() {
    server.thenInfo(FakeStatbank.slow(2_000, Fixtures.TABLE_INFO)).thenInfo(FakeStatbank.slow(2_000, Fixtures.TABLE_INFO));

    assertThatThrownBy(() -> connector("timeout", "200ms", "max_attempts", "2").discover())
        .isInstanceOfSatisfying(HttpFailureException.class, e -> assertThat(e.attempts()).isEqualTo(2))
        .hasMessageContaining("tableinfo")
        .hasMessageContaining("failed after 2 attempts");
  }

  @Test
  void aBulkAnswerCutShortIsRequestedAgainAndTheDeliveredRowsAreSkipped() {
    server.thenData(FakeStatbank.truncated(bulkRows(0, 5) + "101;TO"));

    List<ReadEvent> events = readAll(connector(), ConnectorState.empty());

    assertThat(records(events)).isEqualTo(expected);
    assertThat(server.dataBodies()).hasSize(2 + 1);
  }

  @Test
  void aBulkAnswerThatStallsIsRequestedAgainAndTheDeliveredRowsAreSkipped() {
    server.thenData(Answer.streamed(200, out -> {
      out.write(bulkRows(0, 3).getBytes(StandardCharsets.UTF_8));
      out.flush();
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }));

    List<ReadEvent> events = readAll(connector("timeout", "300ms"), ConnectorState.empty());

    assertThat(records(events)).isEqualTo(expected);
    assertThat(server.dataBodies()).hasSize(2 + 1);
  }

  @Test
  void aBulkAnswerCutShortOnEveryAttemptFailsClearlyAndResumesFromItsLastCheckpoint() {
    String cut = bulkRows(0, 5) + "101;TO";
    server.thenData(FakeStatbank.truncated(cut)).thenData(FakeStatbank.truncated(cut));
    StatbankConnector connector = connector("max_attempts", "2", "checkpoint_every", "2");
    List<ReadEvent> before = new ArrayList<>();

    assertThatThrownBy(() -> {
      try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
        events.forEach(before::add);
      }
    }).isInstanceOf(ConnectorException.class)
        .hasMessageContaining("broke off after row 5")
        .hasMessageContaining("on all 2 attempts")
        .hasMessageContaining("Resume from the last checkpoint");

    int last = before.size() - 1;
    while (!(before.get(last) instanceof ReadEvent.Checkpointed)) {
      last--;
    }
    Checkpoint checkpoint = ((ReadEvent.Checkpointed) before.get(last)).checkpoint();
    assertThat(checkpoint.get("row")).isEqualTo("4");
    List<Record> delivered = records(before.subList(0, last));
    List<Record> rest = records(readAll(connector, ConnectorState.empty().with(checkpoint)));

    List<Record> all = new ArrayList<>(delivered);
    all.addAll(rest);
    assertThat(all).isEqualTo(expected);
  }

  @Test
  void aBulkAnswerIsReadWhileItArrivesNotBufferedWhole() {
    int rows = 50_000;
    CountDownLatch firstRecordSeen = new CountDownLatch(1);
    AtomicBoolean streamed = new AtomicBoolean();
    server.thenData(Answer.streamed(200, out -> streamRows(out, rows, firstRecordSeen, streamed)));

    long count = 0;
    try (Stream<ReadEvent> events = connector().read(ReadRequest.all())) {
      Iterator<ReadEvent> it = events.iterator();
      while (it.hasNext()) {
        if (it.next() instanceof ReadEvent.Read) {
          count++;
          firstRecordSeen.countDown();
        }
      }
    }

    assertThat(streamed).as("the first record arrived before the server sent the rest").isTrue();
    assertThat(count).isEqualTo(rows);
  }

  /** Sends a few rows, waits until the client has a record, then sends the rest (chunked). */
  private static void streamRows(OutputStream out, int rows, CountDownLatch firstRecordSeen, AtomicBoolean streamed)
      throws IOException {
    out.write("\uFEFFOMRÅDE;KØN;TID;INDHOLD\r\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < rows; i++) {
      out.write(("101;TOT;2024K1;" + i + "\r\n").getBytes(StandardCharsets.UTF_8));
      if (i == 100) {
        out.flush();
        try {
          streamed.set(firstRecordSeen.await(20, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
