package dk.datainformed.connector.jobindsats;

import static dk.datainformed.connector.jobindsats.FakeJobindsats.KEY;
import static dk.datainformed.connector.jobindsats.FakeJobindsats.slow;
import static dk.datainformed.connector.jobindsats.FakeJobindsats.status;
import static dk.datainformed.connector.jobindsats.FakeJobindsats.truncated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.connector.jobindsats.internal.JobindsatsConnector;
import dk.datainformed.connector.jobindsats.internal.Settings;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JobindsatsConnectorTest {

  private FakeJobindsats server;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void startServer() throws Exception {
    server = new FakeJobindsats();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private Connector connector(Map<String, String> extra) {
    Map<String, String> settings = new HashMap<>(Map.of("base_url", server.baseUrl(), "api_key", KEY,
        "table", "Y01A02", "requests_per_second", "0", "max_attempts", "3", "request_timeout", "2s"));
    settings.putAll(extra);
    Settings parsed = Settings.from(Settings.SPEC.validate(settings));
    return new JobindsatsConnector(parsed, parsed.httpClient().sleeper(waits::add).jitter(() -> 0.5).build());
  }

  private Connector connector() {
    return connector(Map.of());
  }

  private static List<ReadEvent> readAll(Connector connector, ReadRequest request) {
    try (Stream<ReadEvent> events = connector.read(request)) {
      return events.collect(Collectors.toList());
    }
  }

  private static List<Record> records(List<ReadEvent> events) {
    return events.stream().filter(e -> e instanceof ReadEvent.Read).map(e -> ((ReadEvent.Read) e).record())
        .collect(Collectors.toList());
  }

  private static String text(Record record, String field) {
    return record.getText(record.schema().indexOf(field));
  }

  // ---- reading -----------------------------------------------------------------------------------

  @Test
  void readsEveryRowAsARecordWithCorePeriodsAndAreas() {
    List<Record> records = records(readAll(connector(), ReadRequest.all()));

    assertThat(records).hasSize(48);
    Record first = records.get(0);
    assertThat(text(first, "area")).isEqualTo("Hele landet");
    assertThat(text(first, "area_code")).isEqualTo("000");
    assertThat(first.getPeriod(first.schema().indexOf("period"))).isEqualTo(Period.month(2023, 10));
    assertThat(text(first, "kon")).isEqualTo("Kvinder");
    assertThat(first.getDouble(first.schema().indexOf("y01a02_antpers"))).isEqualTo(101.0);
    assertThat(first.getDouble(first.schema().indexOf("y01a02_antfuld"))).isEqualTo(51.5);
    // København and Randers are municipalities: their kommunekoder are 101 and 730 (Danmarks Statistik, KOMK).
    assertThat(records.stream().filter(r -> text(r, "area").equals("København")).map(r -> text(r, "area_code")))
        .containsOnly("101");
    assertThat(records.stream().filter(r -> text(r, "area").equals("Randers")).map(r -> text(r, "area_code")))
        .containsOnly("730");
  }

  @Test
  void keepsAnAreaCoreDoesNotKnowWithoutACode() {
    List<Record> rar = records(readAll(connector(), ReadRequest.all())).stream()
        .filter(r -> text(r, "area").equals("RAR Østjylland")).collect(Collectors.toList());

    assertThat(rar).hasSize(12);
    assertThat(rar).allMatch(r -> r.isNull(r.schema().indexOf("area_code")));
  }

  @Test
  void readsASuppressedValueAsNoValue() {
    Record suppressed = records(readAll(connector(), ReadRequest.all())).stream()
        .filter(r -> text(r, "area").equals("RAR Østjylland") && text(r, "kon").equals("Kvinder")
            && r.getPeriod(r.schema().indexOf("period")).equals(Period.month(2024, 1)))
        .findFirst().orElseThrow();

    assertThat(suppressed.isNull(suppressed.schema().indexOf("y01a02_antpers"))).isTrue();
    assertThat(suppressed.isNull(suppressed.schema().indexOf("y01a02_antfuld"))).isFalse();
  }

  @Test
  void readsPeriodsInTimeOrderWithACheckpointAfterEach() {
    List<ReadEvent> events = readAll(connector(Map.of("periods_per_request", "4")), ReadRequest.all());

    List<String> checkpoints = events.stream().filter(e -> e instanceof ReadEvent.Checkpointed)
        .map(e -> ((ReadEvent.Checkpointed) e).checkpoint().get("period")).collect(Collectors.toList());
    assertThat(checkpoints).containsExactly("2023M10", "2023M11", "2023M12", "2024M01", "2024M02", "2024M03");
    // One metadata request and two data requests of at most four periods each.
    assertThat(server.requests()).containsExactly("GET /v2/tables/y01a02/json", "POST /v2/data/y01a02/json",
        "POST /v2/data/y01a02/json");
  }

  @Test
  void resumesAfterTheCheckpointedPeriod() {
    ConnectorState state = ConnectorState.of(List.of(new Checkpoint("Y01A02", Map.of("period", "2024M01"))));

    List<Record> records = records(readAll(connector(), ReadRequest.all().from(state)));

    assertThat(records).hasSize(16);
    assertThat(records).allMatch(r -> r.getPeriod(r.schema().indexOf("period")).compareTo(Period.month(2024, 1)) > 0);
  }

  @Test
  void asksForTheNextPeriodsOnlyWhenTheEventsBeforeThemAreConsumed() {
    try (Stream<ReadEvent> events = connector(Map.of("periods_per_request", "2")).read(ReadRequest.all())) {
      java.util.Iterator<ReadEvent> it = events.iterator();
      it.next();

      assertThat(server.requests()).containsExactly("GET /v2/tables/y01a02/json", "POST /v2/data/y01a02/json");
    }
  }

  @Test
  void resumesAfterACheckpointWhosePeriodTheWindowHasLeft() {
    ConnectorState state = ConnectorState.of(List.of(new Checkpoint("Y01A02", Map.of("period", "2024M01"))));

    List<Record> records = records(readAll(connector(Map.of("periods", "2024M02, 2024M03")), ReadRequest.all().from(state)));

    assertThat(records).hasSize(16);
    assertThat(readAll(connector(Map.of("periods", "l(m:2)")), ReadRequest.all().from(
        ConnectorState.of(List.of(new Checkpoint("Y01A02", Map.of("period", "2024M03"))))))).isEmpty();
  }

  @Test
  void readsEachTableAsItsOwnStreamAndOnlyThoseAskedFor() {
    server.add(new FakeJobindsats.Table("Y07A02", "Antal personer", "Sygedagpenge", List.of("2024M01"),
        List.of(FakeJobindsats.variable("area", "Area"), FakeJobindsats.variable("period", "Periode"),
            FakeJobindsats.variable("y07a02_antpers", "Antal personer")),
        List.of(List.of("Randers", "2024M01", 1500))));
    Connector connector = connector(Map.of("table", "Y01A02, Y07A02"));

    assertThat(connector.discover()).extracting(StreamDescriptor::name).containsExactly("Y01A02", "Y07A02");
    assertThat(readAll(connector, ReadRequest.streams("Y07A02"))).extracting(ReadEvent::stream).containsOnly("Y07A02")
        .hasSize(2);
  }

  @Test
  void sendsAreaPeriodsAndFiltersInTheRequestBody() {
    List<Record> records = records(readAll(connector(Map.of("area", "Randers", "filters", "kon=Kvinder",
        "periods", "l(m:2)")), ReadRequest.all()));

    assertThat(records).hasSize(2);
    JsonNode body = server.bodies().get(0);
    assertThat(body.get("area").stringValue()).isEqualTo("Randers");
    assertThat(body.get("period").values()).extracting(JsonNode::stringValue).containsExactly("2024M02", "2024M03");
    assertThat(body.get("_kon").values()).extracting(JsonNode::stringValue).containsExactly("Kvinder");
  }

  @Test
  void discoversTheTableWithItsSchemaAndKey() {
    List<StreamDescriptor> streams = connector().discover();

    assertThat(streams).hasSize(1);
    StreamDescriptor stream = streams.get(0);
    assertThat(stream.name()).isEqualTo("Y01A02");
    assertThat(stream.description()).contains("Antal personer og fuldtidspersoner").contains("A-dagpenge");
    assertThat(stream.schema().fields()).extracting(f -> f.name())
        .containsExactly("area", "area_code", "period", "kon", "y01a02_antpers", "y01a02_antfuld");
    assertThat(stream.primaryKey()).containsExactly("area", "period", "kon");
    assertThat(stream.cursorField()).contains("period");
  }

  @Test
  void readsAnAnswerWithoutAByteOrderMarkAlike() {
    List<Record> withBom = records(readAll(connector(), ReadRequest.all()));
    server.withoutBom();

    assertThat(records(readAll(connector(), ReadRequest.all()))).isEqualTo(withBom);
  }

  // ---- the key ------------------------------------------------------------------------------------

  @Test
  void sendsTheKeyInTheAuthorizationHeaderAndNeverShowsIt() {
    Connector connector = connector();
    readAll(connector, ReadRequest.all());

    assertThat(server.authorizations()).containsOnly(KEY);
    Settings settings = Settings.from(Settings.SPEC.validate(Map.of("api_key", KEY, "table", "Y01A02")));
    assertThat(settings.toString()).doesNotContain(KEY);
    assertThat(Settings.SPEC.validate(Map.of("api_key", KEY, "table", "Y01A02")).toString()).doesNotContain(KEY);
  }

  @Test
  void aWrongOrExpiredKeyFailsTheCheckWithJobindsatsOwnWords() {
    CheckResult result = connector(Map.of("api_key", "an-expired-key")).check();

    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("refused the API key (HTTP 401)").contains("Forkert nøgle")
        .contains("api_key").doesNotContain("an-expired-key");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aWrongKeyEndsTheReadWithTheSameMessage() {
    assertThatThrownBy(() -> readAll(connector(Map.of("api_key", "an-expired-key")), ReadRequest.all()))
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("refused the API key");
  }

  @Test
  void aKeyEchoedByTheServerIsMasked() {
    server.then(status(401, Map.of(), "{\"Ukendt nøgle\":\"" + KEY + "\"}"));

    CheckResult result = connector().check();

    assertThat(result.message()).doesNotContain(KEY).contains("****");
  }

  // ---- failures -----------------------------------------------------------------------------------

  @Test
  void anUnknownTableIsNamed() {
    assertThatThrownBy(() -> connector(Map.of("table", "Y99X99")).discover())
        .isInstanceOf(ConnectorException.class)
        .hasMessageContaining("Jobindsats has no table 'Y99X99' (HTTP 404)")
        .hasMessageContaining("'table' setting");
  }

  @Test
  void waitsAsToldByRetryAfterOn429ThenReads() {
    server.then(status(429, Map.of("Retry-After", "3"), "For mange forespørgsler"));

    List<Record> records = records(readAll(connector(), ReadRequest.all()));

    assertThat(records).hasSize(48);
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retriesA503ThenReads() {
    server.then(status(503, Map.of(), "Service Unavailable"));

    assertThat(connector().check().ok()).isTrue();
    assertThat(server.requests()).hasSize(2);
    assertThat(waits).hasSize(1);
  }

  @Test
  void a503OnEveryAttemptEndsInAClearError() {
    for (int i = 0; i < 3; i++) {
      server.then(status(503, Map.of(), "Service Unavailable"));
    }

    CheckResult result = connector().check();

    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("503 on all 3 attempts").contains("try later");
  }

  @Test
  void retriesARequestThatTimesOutThenReads() {
    server.then(slow(1_500));

    List<Record> records = records(readAll(connector(Map.of("request_timeout", "200ms")), ReadRequest.all()));

    assertThat(records).hasSize(48);
    assertThat(waits).hasSize(1);
  }

  @Test
  void retriesABodyCutOffInTransferThenReads() {
    server.then(truncated("\uFEFF[{\"TableID\":\"Y01A02\",\"Period\":[\"2024M0"));

    assertThat(records(readAll(connector(), ReadRequest.all()))).hasSize(48);
    assertThat(waits).hasSize(1);
  }

  @Test
  void anAnswerThatIsNotCompleteJsonEndsInAClearError() {
    server.then(status(200, Map.of(), "\uFEFF[{\"TableID\":\"Y01A02\",\"Period\":[\"2024M0"));

    assertThatThrownBy(() -> readAll(connector(), ReadRequest.all()))
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("the metadata of table Y01A02")
        .hasMessageContaining("not complete JSON");
  }

  @Test
  void anAnswerOfTheWrongShapeEndsInAClearError() {
    server.then(status(200, Map.of(), "{\"message\":\"An error has occurred.\"}"));

    assertThatThrownBy(() -> connector().discover())
        .isInstanceOf(MalformedSourceException.class)
        .hasMessageContaining("not a JSON array");
  }

  // ---- bad rows -----------------------------------------------------------------------------------

  private void addBrokenTable() {
    server.add(new FakeJobindsats.Table("Y36A02", "Antal personer og fuldtidspersoner", "Kontanthjælp",
        List.of("2024M01"),
        List.of(FakeJobindsats.variable("area", "Area"), FakeJobindsats.variable("period", "Periode"),
            FakeJobindsats.variable("y36a02_antpers", "Antal personer")),
        List.of(List.of("Randers", "2024M01", 812), List.of("Aarhus", "2024M01", "mange"),
            List.of("Odense", "2024M01"), List.of("Vejle", "2024M01", "1.234,5"))));
  }

  @Test
  void reportsRowsThatCannotBeReadAndCarriesOn() {
    addBrokenTable();

    List<ReadEvent> events = readAll(connector(Map.of("table", "Y36A02")), ReadRequest.all());

    assertThat(records(events)).extracting(r -> text(r, "area")).containsExactly("Randers", "Vejle");
    assertThat(records(events).get(1).getDouble(records(events).get(1).schema().indexOf("y36a02_antpers"))).isEqualTo(1234.5);
    List<ReadEvent.Malformed> bad = events.stream().filter(e -> e instanceof ReadEvent.Malformed)
        .map(e -> (ReadEvent.Malformed) e).collect(Collectors.toList());
    assertThat(bad).hasSize(2);
    assertThat(bad.get(0).position()).isEqualTo("table Y36A02, row 2 of the answer");
    assertThat(bad.get(0).reason()).contains("\"mange\"").contains("not a number");
    assertThat(bad.get(1).reason()).contains("2 cells").contains("3 columns");
    assertThat(events.get(events.size() - 1)).isInstanceOf(ReadEvent.Checkpointed.class);
  }

  @Test
  void stopsAtARowThatCannotBeReadWhenToldTo() {
    addBrokenTable();
    List<ReadEvent> delivered = new ArrayList<>();

    assertThatThrownBy(() -> {
      try (Stream<ReadEvent> events = connector(Map.of("table", "Y36A02", "on_malformed", "stop"))
          .read(ReadRequest.all())) {
        events.forEach(delivered::add);
      }
    }).isInstanceOf(MalformedSourceException.class).hasMessageContaining("row 2 of the answer");
    assertThat(records(delivered)).hasSize(1);
  }

  @Test
  void aMovingAnnualTotalIsAMalformedRowWithItsReason() {
    server.add(new FakeJobindsats.Table("Y30R21", "Forventet og faktisk antal", "Benchmark", List.of("2024QMAT01"),
        List.of(FakeJobindsats.variable("area", "Area"), FakeJobindsats.variable("period", "Periode"),
            FakeJobindsats.variable("y30r21_faktisk", "Faktisk antal")),
        List.of(List.of("Randers", "2024QMAT01", 8123.4))));

    List<ReadEvent> events = readAll(connector(Map.of("table", "Y30R21")), ReadRequest.all());

    assertThat(records(events)).isEmpty();
    assertThat(events.get(0)).isInstanceOf(ReadEvent.Malformed.class);
    assertThat(((ReadEvent.Malformed) events.get(0)).reason()).contains("2024QMAT01").contains("moving annual total");
  }

  @Test
  void aSchemaReadWithoutNamesStillFindsAreaPeriodAndVariables() {
    server.add(new FakeJobindsats.Table("PTVA02", "Antal personer", "Alle ydelser", List.of("2024M01"),
        List.of(Map.of("Label", "Område"), Map.of("Label", "Periode"), Map.of("Label", "Ydelsesgrupper"),
            Map.of("Label", "Antal fuldtidspersoner")),
        List.of(List.of("Randers", "2024M01", "A-dagpenge mv.", 1200.0))));

    Schema schema = connector(Map.of("table", "PTVA02")).discover().get(0).schema();

    assertThat(schema.fields()).extracting(f -> f.name() + " " + f.type().name())
        .containsExactly("area CATEGORY", "area_code CATEGORY", "period PERIOD", "ydelsesgrupper CATEGORY",
            "antal_fuldtidspersoner DECIMAL");
  }
}
