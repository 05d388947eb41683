package dk.datainformed.connector.statbank;

import static dk.datainformed.connector.statbank.StatbankConnectorTest.readAll;
import static dk.datainformed.connector.statbank.StatbankConnectorTest.records;
import static dk.datainformed.connector.statbank.StatbankConnectorTest.withoutCheckpoints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.statbank.internal.StatbankConnector;
import dk.datainformed.connector.testkit.Leaks;
import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers no real Statistikbank gives but a broken proxy or a hostile server may: each ends in the
 * connector's own exception (or one malformed event) with a message that quotes nothing whole.
 */
class StatbankHostileAnswerTest {

  static final String CPR = "0101901234";

  private FakeStatbank server;

  @BeforeEach
  void start() throws IOException {
    server = new FakeStatbank(Fixtures.TABLE_INFO, Fixtures.BULK);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StatbankConnector connector(String... settings) {
    String[] all = java.util.Arrays.copyOf(settings, settings.length + 2);
    all[settings.length] = "format";
    all[settings.length + 1] = "jsonstat";
    return server.connector(wait -> { }, all);
  }

  private MalformedSourceException readFails(String jsonStat) {
    server.data(jsonStat, "application/json");
    MalformedSourceException e = catchThrowableOfType(MalformedSourceException.class,
        () -> readAll(connector(), ConnectorState.empty()));
    assertThat(e).as("a MalformedSourceException").isNotNull();
    Leaks.assertNoneOf(e, CPR);
    return e;
  }

  @Test
  void aNegativeSizeIsAMalformedAnswerNotNegativeArraySize() {
    assertThat(readFails(Fixtures.JSONSTAT_2.replace("\"size\":[2,1,2]", "\"size\":[-1,1,2]")))
        .hasMessageContaining("entry 1 of 'size'");
  }

  @Test
  void aHugeSizeIsRefusedBeforeAnythingIsAllocated() {
    assertThat(readFails(Fixtures.JSONSTAT_2.replace("\"size\":[2,1,2]", "\"size\":[2147483647,1,2]")))
        .hasMessageContaining("more than 1000000 cells")
        .hasMessageContaining("format=bulk");
  }

  @Test
  void aTextWhereASizeBelongsIsAMalformedAnswer() {
    assertThat(readFails(Fixtures.JSONSTAT_2.replace("\"size\":[2,1,2]", "\"size\":[\"" + CPR + "\",1,2]")))
        .hasMessageContaining("is a JSON string, not a number of categories");
  }

  @Test
  void anObjectWhereAnIdBelongsIsAMalformedAnswer() {
    assertThat(readFails(Fixtures.JSONSTAT_2.replace("\"id\":[\"OMRÅDE\",", "\"id\":[{\"x\":\"" + CPR + "\"},")))
        .hasMessageContaining("entry 1 of 'id' is a JSON object");
  }

  @Test
  void anObjectWhereACategoryCodeBelongsIsAMalformedAnswer() {
    assertThat(readFails(Fixtures.JSONSTAT_2.replace("\"index\":[\"101\",\"147\"]", "\"index\":[{},\"147\"]")))
        .hasMessageContaining("category 1 of dimension 'OMRÅDE' is a JSON object");
  }

  @Test
  void aCprAsADimensionIdIsNotQuotedInTheMessage() {
    assertThat(readFails(Fixtures.JSONSTAT_2.replace("\"KØN\"", "\"" + CPR + "\"")))
        .hasMessageContaining("variable KØN is not among the answer's 3 dimensions");
  }

  @Test
  void aValueBeyondTheRangeOfADoubleIsOneMalformedEventAndTheReadGoesOn() {
    server.data(Fixtures.JSONSTAT_2.replace("\"0\":660842.5", "\"0\":1e400"), "application/json");

    List<ReadEvent> events = withoutCheckpoints(readAll(connector(), ConnectorState.empty()));

    assertThat(events).hasSize(4);
    assertThat(events.get(0)).isInstanceOfSatisfying(ReadEvent.Malformed.class,
        m -> assertThat(m.reason()).contains("beyond the range"));
    assertThat(records(events)).hasSize(3);
  }

  @Test
  void aTableInfoWithAnObjectForItsIdIsAMalformedAnswer() {
    server.tableInfo(Fixtures.TABLE_INFO.replace("{\"id\":\"FOLK1A\"", "{\"id\":{\"a\":\"" + CPR + "\"}"));

    assertThatThrownBy(() -> connector().discover())
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("'id' of the table is a JSON object, not a text")
        .satisfies(e -> Leaks.assertNoneOf(e, CPR));
  }

  @Test
  void aTableInfoWithATextForItsValuesIsAMalformedAnswer() {
    server.tableInfo(Fixtures.TABLE_INFO.replace(
        "\"values\":[{\"id\":\"TOT\",\"text\":\"I alt\"},{\"id\":\"1\",\"text\":\"Mænd\"},{\"id\":\"2\",\"text\":\"Kvinder\"}]",
        "\"values\":\"" + CPR + "\""));

    assertThatThrownBy(() -> connector().discover())
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("'values' of variable KØN is not a list");
  }

  @Test
  void aCheckpointWithANegativeRowIsRefusedWithAClearMessage() {
    server.data(Fixtures.JSONSTAT_2, "application/json");
    StatbankConnector connector = connector("checkpoint_every", "1");
    Checkpoint good = ((ReadEvent.Checkpointed) readAll(connector, ConnectorState.empty()).get(1)).checkpoint();
    Map<String, String> values = new HashMap<>(good.position());
    values.put("row", "-5");

    assertThatThrownBy(() -> readAll(connector, ConnectorState.empty().with(new Checkpoint(good.stream(), values))))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("has row '-5', which is not a count of delivered rows");
  }

  @Test
  void theApisErrorMessageIsQuotedMaskedAndCutShort() {
    server.thenInfo(FakeStatbank.status(400, "{\"errorTypeCode\":\"EXTRACT-NOTFOUND\",\"message\":\"Ukendt person "
        + CPR + " og 010190 1234 " + "x".repeat(500) + "\"}"));

    StatbankApiException e = catchThrowableOfType(StatbankApiException.class, () -> connector().discover());

    assertThat(e).hasMessageContaining("Ukendt person 010190-****").hasMessageContaining("EXTRACT-NOTFOUND");
    assertThat(e.getMessage()).hasSizeLessThan(600);
    Leaks.assertNoneOf(e, CPR, "010190 1234");
  }

  @Test
  void jacksonsDescriptionOfBadJsonIsMaskedAndItsCauseDropped() {
    server.data("{\"value\": " + CPR + "x}", "application/json");

    MalformedSourceException e = catchThrowableOfType(MalformedSourceException.class,
        () -> readAll(connector(), ConnectorState.empty()));

    assertThat(e).hasMessageContaining("not valid JSON").hasNoCause();
    Leaks.assertNoneOf(e, CPR);
  }

  @Test
  void aJsonStatAnswerThatStallsMidBodyIsRetriedAndReadOnceWithinTwiceItsTimeout() {
    Duration timeout = Duration.ofMillis(500);
    String body = Fixtures.JSONSTAT_2;
    server.data(body, "application/json");
    List<ReadEvent> expected = withoutCheckpoints(readAll(connector(), ConnectorState.empty()));
    server.thenData(Answer.stalling(200, body.substring(0, 40), Duration.ofSeconds(5)));

    long started = System.nanoTime();
    List<ReadEvent> events = withoutCheckpoints(readAll(connector("timeout", timeout.toMillis() + "ms"),
        ConnectorState.empty()));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(events).isEqualTo(expected);
    assertThat(took).isLessThan(timeout.multipliedBy(2));
    assertThat(server.dataBodies()).hasSize(1 + 2);
  }
}
