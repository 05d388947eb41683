package dk.datainformed.connector.statbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.Connectors;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.connector.statbank.internal.StatbankConnector;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.time.Period;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatbankConnectorTest {

  private FakeStatbank server;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new FakeStatbank(Fixtures.TABLE_INFO, Fixtures.BULK);
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

  static List<ReadEvent> readAll(StatbankConnector connector, ConnectorState state) {
    try (Stream<ReadEvent> events = connector.read(ReadRequest.all().from(state))) {
      return events.collect(Collectors.toList());
    }
  }

  static List<Record> records(List<ReadEvent> events) {
    return events.stream().filter(e -> e instanceof ReadEvent.Read).map(e -> ((ReadEvent.Read) e).record())
        .collect(Collectors.toList());
  }

  static List<ReadEvent> withoutCheckpoints(List<ReadEvent> events) {
    return events.stream().filter(e -> !(e instanceof ReadEvent.Checkpointed)).collect(Collectors.toList());
  }

  private static Object field(Record r, String name) {
    return r.value(r.schema().indexOf(name)).orElse(null);
  }

  @Test
  void theReadmeExampleRunsThroughServiceLoader() {
    List<ReadEvent> seen = new ArrayList<>();
    try (Connector dst = Connectors.open("statbank", Map.of(
            "base_url", server.baseUrl(),
            "table", "FOLK1A",
            "variables", "OMRÅDE=101,147;KØN=TOT;Tid=2024*"));
        Stream<ReadEvent> events = dst.read(ReadRequest.all().from(ConnectorState.empty()))) {
      events.forEach(seen::add);
    }

    assertThat(records(seen)).hasSize(Fixtures.BULK_ROWS);
    assertThat(server.dataBodies().get(0)).contains("{\"code\":\"OMRÅDE\",\"values\":[\"101\",\"147\"]}");
  }

  // ---- discover ----------------------------------------------------------------------------------

  @Test
  void discoverMapsTableInfoToOneFieldPerVariableAndANullableDecimalValue() {
    List<StreamDescriptor> streams = connector().discover();

    assertThat(streams).hasSize(1);
    StreamDescriptor folk1a = streams.get(0);
    assertThat(folk1a.name()).isEqualTo("FOLK1A");
    assertThat(folk1a.schema().fields()).containsExactly(
        Field.required("område", FieldType.CATEGORY),
        Field.required("køn", FieldType.CATEGORY),
        Field.required("tid", FieldType.PERIOD),
        Field.nullable("område_level", FieldType.CATEGORY),
        Field.nullable("område_name", FieldType.TEXT),
        Field.nullable("indhold", FieldType.DECIMAL));
    assertThat(folk1a.primaryKey()).containsExactly("område", "køn", "tid");
    assertThat(folk1a.description()).contains("Befolkningen den 1. i kvartalet", "CC BY 4.0");
  }

  @Test
  void checkPassesAndNamesTheVariables() {
    CheckResult check = connector().check();

    assertThat(check.ok()).isTrue();
    assertThat(check.message()).contains("FOLK1A", "OMRÅDE, KØN, Tid");
  }

  // ---- read BULK ------------------------------------------------------------------------------

  @Test
  void readsBulkWithItsByteOrderMarkAreasPeriodsAndValues() {
    List<Record> records = records(readAll(connector(), ConnectorState.empty()));

    assertThat(records).hasSize(Fixtures.BULK_ROWS);
    Record first = records.get(0);
    assertThat(field(first, "område")).isEqualTo("000");
    assertThat(field(first, "område_level")).isEqualTo("country");
    assertThat(field(first, "område_name")).isEqualTo("Hele landet");
    assertThat(field(first, "køn")).isEqualTo("TOT");
    assertThat(field(first, "tid")).isEqualTo(Period.parse("2024K1"));
    assertThat(field(first, "indhold")).isEqualTo(5961249.0);
    assertThat(field(records.get(4), "område_level")).isEqualTo("region");
    assertThat(field(records.get(6), "område_name")).isEqualTo("Københavns Kommune");
    assertThat(field(records.get(6), "område_level")).isEqualTo("municipality");
  }

  @Test
  void suppressedCellIsANullValueNotZero() {
    Record suppressed = records(readAll(connector(), ConnectorState.empty())).get(9);

    assertThat(field(suppressed, "område")).isEqualTo("147");
    assertThat(suppressed.isNull(suppressed.schema().indexOf("indhold"))).isTrue();
  }

  @Test
  void christiansoeIsKeptWithItsCodeAndLabelAndNoLevelByDefault() {
    Record christiansoe = records(readAll(connector(), ConnectorState.empty())).get(10);

    assertThat(field(christiansoe, "område")).isEqualTo("411");
    assertThat(field(christiansoe, "område_level")).isNull();
    assertThat(field(christiansoe, "område_name")).isEqualTo("Christiansø");
    assertThat(field(christiansoe, "indhold")).isEqualTo(87.0);
  }

  @Test
  void christiansoeIsMalformedWhenUnknownAreasAreReported() {
    List<ReadEvent> events = withoutCheckpoints(readAll(connector("unknown_areas", "malformed"), ConnectorState.empty()));

    assertThat(events).hasSize(Fixtures.BULK_ROWS);
    assertThat(events.get(10)).isInstanceOf(ReadEvent.Malformed.class);
    ReadEvent.Malformed malformed = (ReadEvent.Malformed) events.get(10);
    assertThat(malformed.position()).isEqualTo("BULK answer, row 11");
    assertThat(malformed.reason()).contains("411");
    assertThat(malformed.raw()).isEqualTo("411;TOT;2024K1;87");
  }

  @Test
  void labelsInABulkAnswerAreReadBackToCodesAndADecimalCommaIsRead() {
    server.data(Fixtures.BULK_LABELS, "text/csv");

    List<Record> records = records(readAll(connector(), ConnectorState.empty()));

    assertThat(records).hasSize(2);
    assertThat(field(records.get(0), "område")).isEqualTo("000");
    assertThat(field(records.get(0), "køn")).isEqualTo("TOT");
    assertThat(field(records.get(0), "indhold")).isEqualTo(12.5);
    assertThat(field(records.get(1), "køn")).isEqualTo("2");
    assertThat(field(records.get(1), "indhold")).isNull();
  }

  @Test
  void aRowThatCannotBeReadIsAMalformedEventWithItsPositionNeverDropped() {
    server.data("\uFEFFOMRÅDE;KØN;TID;INDHOLD\r\n000;TOT;2024K1;12\r\n000;TOT;2024K2;tolv\r\n999;TOT;2024K1;1\r\n"
        + "000;TOT;2024K9;1\r\n000;TOT\r\n", "text/csv");

    List<ReadEvent> events = withoutCheckpoints(readAll(connector(), ConnectorState.empty()));

    assertThat(events).hasSize(5);
    assertThat(events.get(0)).isInstanceOf(ReadEvent.Read.class);
    assertThat(events.subList(1, 5)).allMatch(e -> e instanceof ReadEvent.Malformed);
    assertThat(((ReadEvent.Malformed) events.get(1)).reason()).contains("'tolv' is not a number");
    assertThat(((ReadEvent.Malformed) events.get(2)).reason()).contains("OMRÅDE '999' is not a value");
    assertThat(((ReadEvent.Malformed) events.get(3)).reason()).contains("is not a period: quarter 9 is not between 1 and 4");
    assertThat(((ReadEvent.Malformed) events.get(4)).position()).isEqualTo("BULK answer, row 5");
  }

  @Test
  void aHeaderThatDoesNotMatchTheTableIsAClearError() {
    server.data("\uFEFFOMRÅDE;ALDER;TID;INDHOLD\r\n000;TOT;2024K1;1\r\n", "text/csv");

    assertThatThrownBy(() -> readAll(connector(), ConnectorState.empty()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("ALDER").hasMessageContaining("header");
  }

  @Test
  void theRequestNamesEveryVariableWithTheSelectedValuesOrStar() {
    readAll(connector("variables", " OMRÅDE = 101, 147 ; tid=2024*", "lang", "en"), ConnectorState.empty());

    assertThat(server.dataBodies()).hasSize(1);
    assertThat(server.dataBodies().get(0)).isEqualTo("{\"table\":\"FOLK1A\",\"format\":\"BULK\",\"lang\":\"en\","
        + "\"valuePresentation\":\"Code\",\"variables\":[{\"code\":\"OMRÅDE\",\"values\":[\"101\",\"147\"]},"
        + "{\"code\":\"KØN\",\"values\":[\"*\"]},{\"code\":\"Tid\",\"values\":[\"2024*\"]}]}");
  }

  // ---- read JSON-stat ---------------------------------------------------------------------------

  @Test
  void readsTheJsonStat1BundleDstServesIgnoringContentsCode() {
    server.data(Fixtures.JSONSTAT_1X, "text/json");

    List<ReadEvent> events = readAll(connector("format", "jsonstat"), ConnectorState.empty());
    List<Record> records = records(events);

    assertThat(server.dataBodies().get(0)).contains("\"format\":\"JSONSTAT\"");
    assertThat(records).extracting(r -> field(r, "område") + " " + field(r, "tid") + " " + field(r, "indhold"))
        .containsExactly("101 2024K1 660842.0", "101 2024K2 663170.0", "147 2024K1 105223.0", "147 2024K2 null");
    assertThat(events.get(events.size() - 1)).isInstanceOf(ReadEvent.Checkpointed.class);
  }

  @Test
  void readsJsonStat2WithASparseValueObjectAsMissingCells() {
    server.data(Fixtures.JSONSTAT_2, "application/json");

    List<Record> records = records(readAll(connector("format", "jsonstat"), ConnectorState.empty()));

    assertThat(records).extracting(r -> field(r, "område") + " " + field(r, "køn") + " " + field(r, "tid") + " "
        + field(r, "indhold"))
        .containsExactly("101 TOT 2024K1 660842.5", "101 TOT 2024K2 null", "147 TOT 2024K1 null",
            "147 TOT 2024K2 105300.0");
  }

  @Test
  void malformedJsonIsAClearErrorWithItsPosition() {
    server.data("{\"dataset\":{\"dimension\":{\"id\":[\"OMRÅDE\"", "text/json");

    assertThatThrownBy(() -> readAll(connector("format", "jsonstat"), ConnectorState.empty()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("FOLK1A")
        .hasMessageContaining("line 1")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void jsonThatIsNotJsonStatIsAClearError() {
    server.data("{\"dataset\":{\"dimension\":{}}}", "text/json");

    assertThatThrownBy(() -> readAll(connector("format", "jsonstat"), ConnectorState.empty()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("'id' and 'size'");
  }

  @Test
  void aJsonStatValueThatIsNoNumberIsMalformed() {
    server.data(Fixtures.JSONSTAT_1X.replace("[660842,663170,105223,null]", "[660842,\"x\",105223,null]"), "text/json");

    List<ReadEvent> events = withoutCheckpoints(readAll(connector("format", "jsonstat"), ConnectorState.empty()));

    assertThat(events).hasSize(4);
    assertThat(events.get(1)).isInstanceOfSatisfying(ReadEvent.Malformed.class,
        m -> assertThat(m.position()).isEqualTo("JSON-stat answer, cell 2"));
  }

  // ---- errors the API answers -------------------------------------------------------------------

  @Test
  void anUnknownTableIsAnApiExceptionWithTheErrorTypeCodeAndWhatToCheck() {
    server.thenInfo(FakeStatbank.status(400, Fixtures.NOT_FOUND));

    assertThatThrownBy(() -> connector().discover())
        .isInstanceOfSatisfying(StatbankApiException.class,
            e -> assertThat(e.errorTypeCode()).contains("EXTRACT-NOTFOUND"))
        .hasMessageContaining("Tabel findes ikke: FOLK1X")
        .hasMessageContaining("'table' setting");
  }

  @Test
  void checkReportsAnUnknownTableInsteadOfThrowing() {
    server.thenInfo(FakeStatbank.status(400, Fixtures.NOT_FOUND));

    CheckResult check = connector().check();

    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("EXTRACT-NOTFOUND");
  }

  @Test
  void anUnknownValueInTheSelectionIsAnApiExceptionOnRead() {
    server.thenData(FakeStatbank.status(400,
        "{\"errorTypeCode\":\"EXTRACT-NOTFOUND\",\"message\":\"Kan ikke finde værdien: 999 (OMRÅDE)\"}"));

    assertThatThrownBy(() -> readAll(connector("variables", "OMRÅDE=999"), ConnectorState.empty()))
        .isInstanceOf(StatbankApiException.class)
        .hasMessageContaining("999 (OMRÅDE)")
        .hasMessageContaining("'variables'");
  }

  @Test
  void theCellLimitSaysToUseBulk() {
    server.thenData(FakeStatbank.status(400, Fixtures.REQUEST_LIMIT));

    assertThatThrownBy(() -> readAll(connector("format", "jsonstat"), ConnectorState.empty()))
        .isInstanceOfSatisfying(StatbankApiException.class,
            e -> assertThat(e.errorTypeCode()).contains("REQUEST-LIMIT"))
        .hasMessageContaining("format=bulk");
  }

  @Test
  void aSelectedVariableTheTableLacksIsNamedWithASuggestion() {
    CheckResult check = connector("variables", "OMRADE=101").check();

    assertThat(check.ok()).isFalse();
    assertThat(check.message()).contains("'OMRADE'", "Did you mean 'OMRÅDE'?");
  }

  @Test
  void settingsOutOfRangeAreAllNamed() {
    assertThatThrownBy(() -> connector("checkpoint_every", "0", "variables", "OMRÅDE", "table", "FOLK 1A"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems()).hasSize(3))
        .hasMessageContaining("checkpoint_every")
        .hasMessageContaining("has no '='")
        .hasMessageContaining("FOLK 1A");
  }

  // ---- checkpoints ------------------------------------------------------------------------------

  @Test
  void aReadFromAnyCheckpointDeliversExactlyTheRest() {
    StatbankConnector connector = connector("checkpoint_every", "3");
    List<ReadEvent> full = readAll(connector, ConnectorState.empty());
    List<Checkpoint> checkpoints = full.stream().filter(e -> e instanceof ReadEvent.Checkpointed)
        .map(e -> ((ReadEvent.Checkpointed) e).checkpoint()).collect(Collectors.toList());
    assertThat(checkpoints).extracting(c -> c.get("row")).containsExactly("3", "6", "9", "12");

    for (int i = 0; i < full.size(); i++) {
      if (full.get(i) instanceof ReadEvent.Checkpointed) {
        Checkpoint at = ((ReadEvent.Checkpointed) full.get(i)).checkpoint();
        List<ReadEvent> rest = readAll(connector, ConnectorState.empty().with(at));
        assertThat(records(rest)).isEqualTo(records(full.subList(i + 1, full.size())));
      }
    }
  }

  @Test
  void aJsonStatReadResumesAtTheCell() {
    server.data(Fixtures.JSONSTAT_1X, "text/json");
    StatbankConnector connector = connector("format", "jsonstat", "checkpoint_every", "1");
    List<ReadEvent> full = readAll(connector, ConnectorState.empty());
    Checkpoint afterTwo = ((ReadEvent.Checkpointed) full.get(3)).checkpoint();

    List<Record> rest = records(readAll(connector, ConnectorState.empty().with(afterTwo)));

    assertThat(rest).isEqualTo(records(full).subList(2, 4));
  }

  @Test
  void everyCheckpointSpacingResumesWithNothingLostOrTwice() {
    for (int every = 1; every <= Fixtures.BULK_ROWS + 1; every++) {
      StatbankConnector connector = connector("checkpoint_every", Integer.toString(every));
      List<ReadEvent> full = readAll(connector, ConnectorState.empty());
      for (int i = 0; i < full.size(); i++) {
        if (full.get(i) instanceof ReadEvent.Checkpointed) {
          Checkpoint at = ((ReadEvent.Checkpointed) full.get(i)).checkpoint();
          List<Record> resumed = new ArrayList<>(records(full.subList(0, i)));
          resumed.addAll(records(readAll(connector, ConnectorState.empty().with(at))));
          assertThat(resumed).as("checkpoint_every=%d, from %s", every, at.position()).isEqualTo(records(full));
        }
      }
      assertThat(full.get(full.size() - 1)).isInstanceOf(ReadEvent.Checkpointed.class);
    }
  }

  @Test
  void aCheckpointOfAnotherRequestIsRefused() {
    List<ReadEvent> full = readAll(connector("checkpoint_every", "5"), ConnectorState.empty());
    Checkpoint first = ((ReadEvent.Checkpointed) full.get(5)).checkpoint();

    assertThatThrownBy(() -> readAll(connector("variables", "KØN=TOT"), ConnectorState.empty().with(first)))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("another request");
  }

  @Test
  void aCheckpointFromBeforeATableUpdateIsRefused() {
    List<ReadEvent> full = readAll(connector("checkpoint_every", "5"), ConnectorState.empty());
    Checkpoint first = ((ReadEvent.Checkpointed) full.get(5)).checkpoint();
    server.tableInfo(Fixtures.TABLE_INFO.replace("2024-05-10T08:00:00", "2024-08-09T08:00:00"));

    assertThatThrownBy(() -> readAll(connector("checkpoint_every", "5"), ConnectorState.empty().with(first)))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("was updated");
  }

  @Test
  void streamsOfOtherNamesAreNotRead() {
    try (Stream<ReadEvent> events = connector().read(ReadRequest.streams("FOLK1AM"))) {
      assertThat(events).isEmpty();
    }
    assertThat(server.dataBodies()).isEmpty();
  }

  @Test
  void everyRecordFitsTheDiscoveredSchema() {
    StatbankConnector connector = connector();
    StreamDescriptor stream = connector.discover().get(0);

    List<Record> records = new ArrayList<>(records(readAll(connector, ConnectorState.empty())));

    assertThat(records).allMatch(r -> r.schema().equals(stream.schema()));
  }
}
