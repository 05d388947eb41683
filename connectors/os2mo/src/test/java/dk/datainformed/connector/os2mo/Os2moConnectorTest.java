package dk.datainformed.connector.os2mo;

import static dk.datainformed.connector.os2mo.FakeOs2mo.NORMAL;
import static dk.datainformed.connector.os2mo.FakeOs2mo.body;
import static dk.datainformed.connector.os2mo.FakeOs2mo.slow;
import static dk.datainformed.connector.os2mo.FakeOs2mo.status;
import static dk.datainformed.connector.os2mo.FakeOs2mo.truncated;
import static dk.datainformed.connector.os2mo.Fixtures.BORN;
import static dk.datainformed.connector.os2mo.Fixtures.DAGTILBUD_OST;
import static dk.datainformed.connector.os2mo.Fixtures.HJEMMEPLEJE_SYD;
import static dk.datainformed.connector.os2mo.Fixtures.KOMMUNE;
import static dk.datainformed.connector.os2mo.Fixtures.MILJO;
import static dk.datainformed.connector.os2mo.Fixtures.NORDSKOLEN;
import static dk.datainformed.connector.os2mo.Fixtures.SOCIAL;
import static dk.datainformed.connector.os2mo.Fixtures.SOLHOJ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.ConnectorState;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.testkit.LocalHttpServer;
import dk.datainformed.core.org.OrgUnitId;
import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.core.record.Record;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Os2moConnectorTest {

  private static final int VALIDITIES = 14;
  private static final int PAGES = 4;

  private FakeOs2mo os2mo;
  private final TestClock clock = new TestClock();
  private final List<Duration> waits = new ArrayList<>();
  private final List<String> messages = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    os2mo = new FakeOs2mo(Fixtures.municipality());
  }

  @AfterEach
  void stopAndCheckThatNoSecretShowed() {
    List<String> secrets = new ArrayList<>(os2mo.issuedTokens());
    secrets.add(FakeOs2mo.CLIENT_SECRET);
    for (String message : messages) {
      for (String secret : secrets) {
        assertThat(message).doesNotContain(secret);
      }
    }
    os2mo.close();
  }

  private Os2moConnector connector(Map<String, String> changes) {
    Map<String, String> settings = os2mo.settings();
    settings.putAll(changes);
    Os2moConnector connector = new Os2moConnector(
        new Os2moConnectorProvider().configSpec().validate(settings), clock, waits::add);
    messages.add(connector.toString());
    return connector;
  }

  private Os2moConnector connector() {
    return connector(Map.of());
  }

  private static List<ReadEvent> readAll(Os2moConnector connector, ReadRequest request) {
    try (Stream<ReadEvent> events = connector.read(request)) {
      return events.collect(Collectors.toList());
    }
  }

  private static List<Record> records(List<ReadEvent> events) {
    return events.stream()
        .filter(e -> e instanceof ReadEvent.Read)
        .map(e -> ((ReadEvent.Read) e).record())
        .collect(Collectors.toList());
  }

  private <T extends Throwable> T failure(Class<T> type, Runnable action) {
    try {
      action.run();
    } catch (Throwable e) {
      assertThat(e).isInstanceOf(type);
      for (Throwable t = e; t != null; t = t.getCause()) {
        messages.add(String.valueOf(t.getMessage()));
      }
      return type.cast(e);
    }
    throw new AssertionError("expected " + type.getSimpleName());
  }

  private static Map<String, Object> byField(Record record) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (int i = 0; i < record.schema().size(); i++) {
      values.put(record.schema().field(i).name(), record.value(i).orElse(null));
    }
    return values;
  }

  // ---- the stream ---------------------------------------------------------------------------

  @Test
  void readsEveryValidityAsAHalfOpenRecord() {
    List<ReadEvent> events = readAll(connector(), ReadRequest.all());

    List<Record> records = records(events);
    assertThat(records).hasSize(VALIDITIES);
    // Nordskolen was renamed on 1 August 2019: OS2mo's first validity ends "to" 31 July (its last day).
    assertThat(byField(records.get(4))).containsExactly(
        Map.entry("uuid", NORDSKOLEN), Map.entry("name", "Nordskolen"), Map.entry("parent_uuid", BORN),
        Map.entry("unit_type", "Skole"), Map.entry("valid_from", LocalDate.of(2010, 8, 1)),
        Map.entry("valid_to", LocalDate.of(2019, 8, 1)));
    assertThat(byField(records.get(5))).containsEntry("name", "Nordbyskolen")
        .containsEntry("valid_from", LocalDate.of(2019, 8, 1)).containsEntry("valid_to", null);
    assertThat(byField(records.get(0))).containsEntry("uuid", KOMMUNE).containsEntry("parent_uuid", null);
    assertThat(byField(records.get(VALIDITIES - 1))).containsEntry("uuid", MILJO).containsEntry("unit_type", null);
    assertThat(os2mo.limits()).containsOnly(3);
  }

  @Test
  void checkpointsEveryPageWithItsNextCursorAndMarksTheEnd() {
    List<Checkpoint> checkpoints = readAll(connector(), ReadRequest.all()).stream()
        .filter(e -> e instanceof ReadEvent.Checkpointed)
        .map(e -> ((ReadEvent.Checkpointed) e).checkpoint())
        .collect(Collectors.toList());

    assertThat(checkpoints).hasSize(PAGES);
    assertThat(checkpoints.subList(0, PAGES - 1)).allSatisfy(c -> {
      assertThat(c.get("done")).isEqualTo("false");
      assertThat(c.get("next_cursor")).isNotBlank();
    });
    assertThat(checkpoints.get(PAGES - 1).position()).isEqualTo(Map.of("done", "true"));
  }

  @Test
  void buildsTheOrganisationTreeWithHalfOpenValidities() {
    OrganisationTree tree = connector().organisationTree();

    OrgUnitId nordskolen = OrgUnitId.of(NORDSKOLEN);
    assertThat(tree.version(nordskolen, LocalDate.of(2019, 7, 31)).orElseThrow().name()).isEqualTo("Nordskolen");
    assertThat(tree.version(nordskolen, LocalDate.of(2019, 8, 1)).orElseThrow().name()).isEqualTo("Nordbyskolen");
    OrgUnitId dagtilbud = OrgUnitId.of(DAGTILBUD_OST);
    assertThat(tree.ancestors(dagtilbud, LocalDate.of(2023, 12, 31)))
        .containsExactly(OrgUnitId.of(BORN), OrgUnitId.of(KOMMUNE));
    assertThat(tree.ancestors(dagtilbud, LocalDate.of(2024, 1, 1)))
        .containsExactly(OrgUnitId.of(SOCIAL), OrgUnitId.of(KOMMUNE));
    assertThat(tree.isValid(OrgUnitId.of(HJEMMEPLEJE_SYD), LocalDate.of(2022, 6, 30))).isTrue();
    assertThat(tree.isValid(OrgUnitId.of(HJEMMEPLEJE_SYD), LocalDate.of(2022, 7, 1))).isFalse();
    assertThat(tree.history(OrgUnitId.of(SOLHOJ))).hasSize(2);
    assertThat(tree.units()).hasSize(11);
  }

  @Test
  void refusesToBuildATreeFromAValidityItCannotRead() throws Exception {
    try (FakeOs2mo broken = new FakeOs2mo(Fixtures.withABrokenValidity())) {
      Map<String, String> settings = broken.settings();
      Os2moConnector connector = new Os2moConnector(
          new Os2moConnectorProvider().configSpec().validate(settings), clock, waits::add);

      ConnectorException e = failure(ConnectorException.class, connector::organisationTree);

      assertThat(e).hasMessageContaining("page 2 of this read, object 2, validity 0")
          .hasMessageContaining("1. august 2010");
    }
  }

  @Test
  void reportsAValidityItCannotReadAndReadsTheRest() throws Exception {
    try (FakeOs2mo broken = new FakeOs2mo(Fixtures.withABrokenValidity())) {
      Os2moConnector connector = new Os2moConnector(
          new Os2moConnectorProvider().configSpec().validate(broken.settings()), clock, waits::add);

      List<ReadEvent> events = readAll(connector, ReadRequest.all());

      assertThat(records(events)).hasSize(VALIDITIES - 1);
      assertThat(events).filteredOn(e -> e instanceof ReadEvent.Malformed).singleElement()
          .satisfies(e -> assertThat(((ReadEvent.Malformed) e).reason()).contains("validity date"));
    }
  }

  // ---- tokens ---------------------------------------------------------------------------------

  @Test
  void sendsTheTokenFromKeycloakAsABearerToken() {
    readAll(connector(), ReadRequest.all());

    assertThat(os2mo.issuedTokens()).hasSize(1);
    assertThat(os2mo.graphqlAuthorizations()).hasSize(PAGES).containsOnly("Bearer " + os2mo.issuedTokens().get(0));
  }

  @Test
  void renewsTheTokenBeforeItExpires() {
    os2mo.expiresIn(300);
    List<Record> records = new ArrayList<>();
    try (Stream<ReadEvent> events = connector().read(ReadRequest.all())) {
      Iterator<ReadEvent> it = events.iterator();
      boolean advanced = false;
      while (it.hasNext()) {
        ReadEvent event = it.next();
        if (event instanceof ReadEvent.Read) {
          records.add(((ReadEvent.Read) event).record());
        }
        if (event instanceof ReadEvent.Checkpointed && !advanced) {
          // Ten minutes pass after the first page: the five-minute token has expired.
          clock.advance(Duration.ofMinutes(10));
          advanced = true;
        }
      }
    }

    assertThat(records).hasSize(VALIDITIES);
    assertThat(os2mo.issuedTokens()).hasSize(2);
    assertThat(os2mo.unauthorized()).isZero();
  }

  @Test
  void renewsTheTokenWithinItsLastThirtySeconds() {
    os2mo.expiresIn(300);
    Os2moConnector connector = connector();
    connector.check();
    clock.advance(Duration.ofSeconds(269));
    connector.check();
    assertThat(os2mo.issuedTokens()).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    connector.check();

    assertThat(os2mo.issuedTokens()).hasSize(2);
  }

  @Test
  void fetchesAFreshTokenOnceWhenOs2moRefusesAnExpiredOne() {
    List<Record> records = new ArrayList<>();
    try (Stream<ReadEvent> events = connector().read(ReadRequest.all())) {
      Iterator<ReadEvent> it = events.iterator();
      boolean revoked = false;
      while (it.hasNext()) {
        ReadEvent event = it.next();
        if (event instanceof ReadEvent.Read) {
          records.add(((ReadEvent.Read) event).record());
        }
        if (event instanceof ReadEvent.Checkpointed && !revoked) {
          os2mo.revokeTokens();
          revoked = true;
        }
      }
    }

    assertThat(records).hasSize(VALIDITIES);
    assertThat(os2mo.unauthorized()).isEqualTo(1);
    assertThat(os2mo.issuedTokens()).hasSize(2);
  }

  @Test
  void failsClearlyWhenOs2moRefusesAFreshTokenToo() {
    os2mo.then(status(401, Map.of(), "{\"detail\":\"Not authenticated\"}"))
        .then(status(401, Map.of(), "{\"detail\":\"Not authenticated\"}"));

    ConnectorException e = failure(ConnectorException.class, () -> readAll(connector(), ReadRequest.all()));

    assertThat(e).hasMessageContaining("refused a fresh access token").hasMessageContaining("read role");
    assertThat(os2mo.issuedTokens()).hasSize(2);
  }

  @Test
  void aWrongClientSecretFailsTheCheckWithoutShowingIt() {
    String wrong = "forkert-hemmelighed-0815";
    messages.add(wrong);
    CheckResult result = connector(Map.of("client_secret", wrong)).check();

    assertThat(result.ok()).isFalse();
    assertThat(result.message()).contains("refused the client credentials", "unauthorized_client",
        FakeOs2mo.CLIENT_ID).doesNotContain(wrong);
    messages.remove(wrong);
    messages.add(result.message());
  }

  // ---- retries ----------------------------------------------------------------------------------

  @Test
  void waitsAsRetryAfterAsksOn429ThenSucceeds() {
    os2mo.then(NORMAL).then(status(429, Map.of("Retry-After", "3"), "{\"detail\":\"Too many requests\"}"));

    assertThat(records(readAll(connector(), ReadRequest.all()))).hasSize(VALIDITIES);
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retries503ThenSucceeds() {
    os2mo.then(status(503, Map.of(), "Service Unavailable")).then(status(503, Map.of(), "Service Unavailable"));

    assertThat(records(readAll(connector(), ReadRequest.all()))).hasSize(VALIDITIES);
    assertThat(os2mo.graphqlRequests()).isEqualTo(PAGES + 2);
    assertThat(waits).hasSize(2);
  }

  @Test
  void retriesATimeoutThenSucceeds() {
    os2mo.then(slow(3_000));

    List<ReadEvent> events = readAll(connector(Map.of("request_timeout", "300ms")), ReadRequest.all());

    assertThat(records(events)).hasSize(VALIDITIES);
    assertThat(waits).hasSize(1);
  }

  @Test
  void retriesATruncatedBodyThenSucceeds() {
    os2mo.then(NORMAL).then(truncated());

    assertThat(records(readAll(connector(), ReadRequest.all()))).hasSize(VALIDITIES);
    assertThat(os2mo.graphqlRequests()).isEqualTo(PAGES + 1);
  }

  @Test
  void aPageWhoseBodyStallsIsSentAgainWithinItsTimeoutAndNothingIsLostOrDoubled() {
    // The second page's answer starts, then stalls for 20 s; the request timeout is 1 s.
    os2mo.then(NORMAL).then(LocalHttpServer.Answer.stalling(200, "{\"data\":{\"org_units\":{\"objects\":[",
        Duration.ofSeconds(20)));
    long start = System.nanoTime();

    List<String> ids = records(readAll(connector(Map.of("request_timeout", "1s")), ReadRequest.all())).stream()
        .map(Object::toString).toList();

    assertThat(ids).hasSize(VALIDITIES).doesNotHaveDuplicates();
    assertThat(os2mo.graphqlRequests()).isEqualTo(PAGES + 1);
    // Far below the 20 s stall: the body's idle timeout ended the attempt (not a measure of speed).
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void endsWithTheLastStatusWhenRetriesRunOut() {
    for (int i = 0; i < 3; i++) {
      os2mo.then(status(503, Map.of(), "Service Unavailable"));
    }

    ConnectorException e = failure(ConnectorException.class,
        () -> readAll(connector(Map.of("max_attempts", "3")), ReadRequest.all()));

    assertThat(e).hasMessageContaining("page 1 of this read").hasMessageContaining("503 on all 3 attempts");
  }

  // ---- bad answers and resumption -----------------------------------------------------------------

  @Test
  void malformedJsonEndsTheReadAndAResumeLosesAndRepeatsNothing() {
    List<Record> everything = records(readAll(connector(), ReadRequest.all()));
    os2mo.then(NORMAL).then(NORMAL).then(body("{\"data\":{\"org_units\":{\"objects\":[{\"validities\":[{\"uuid\":"));

    List<Record> kept = new ArrayList<>();
    List<Record> sinceCheckpoint = new ArrayList<>();
    ConnectorState[] state = {ConnectorState.empty()};
    Os2moConnector connector = connector();
    MalformedSourceException e = failure(MalformedSourceException.class, () -> {
      try (Stream<ReadEvent> events = connector.read(ReadRequest.all())) {
        events.forEach(event -> {
          if (event instanceof ReadEvent.Read) {
            sinceCheckpoint.add(((ReadEvent.Read) event).record());
          } else if (event instanceof ReadEvent.Checkpointed) {
            kept.addAll(sinceCheckpoint);
            sinceCheckpoint.clear();
            state[0] = state[0].with(((ReadEvent.Checkpointed) event).checkpoint());
          }
        });
      }
    });
    assertThat(e.position()).isEqualTo("page 3 of this read");
    assertThat(e).hasMessageContaining("not valid JSON");

    kept.addAll(records(readAll(connector, ReadRequest.all().from(state[0]))));

    assertThat(kept).isEqualTo(everything);
  }

  @Test
  void graphqlErrorsInA200AnswerEndTheReadClearly() {
    os2mo.then(body("{\"errors\":[{\"message\":\"Cannot query field 'unit_typ' on type 'OrganisationUnit'.\","
        + "\"locations\":[{\"line\":3,\"column\":60}]}],\"data\":null}"));

    ConnectorException e = failure(ConnectorException.class, () -> readAll(connector(), ReadRequest.all()));

    assertThat(e).hasMessageContaining("GraphQL errors: Cannot query field 'unit_typ'")
        .hasMessageContaining("graphql_version");
  }

  @Test
  void aCursorOs2moNoLongerAcceptsSaysToStartAgain() {
    Checkpoint stale = new Checkpoint("org_units", Map.of("done", "false", "next_cursor", "bm90LWEtY3Vyc29y"));

    ConnectorException e = failure(ConnectorException.class,
        () -> readAll(connector(), ReadRequest.all().from(ConnectorState.of(List.of(stale)))));

    assertThat(e).hasMessageContaining("Invalid cursor").hasMessageContaining("from the beginning");
  }

  @Test
  void asksForTheConfiguredGraphqlVersion() {
    ConnectorException e = failure(ConnectorException.class,
        () -> readAll(connector(Map.of("graphql_version", "21")), ReadRequest.all()));

    assertThat(e).hasMessageContaining("/graphql/v21").hasMessageContaining("404");
  }

  @Test
  void opensFromSettingsWithoutACast() {
    try (Os2moConnector connector = Os2moConnector.open(os2mo.settings())) {
      assertThat(connector.organisationTree().units()).hasSize(11);
    }
  }

  @Test
  void rejectsAPageSizeBelowOne() {
    InvalidConfigException e = failure(InvalidConfigException.class, () -> connector(Map.of("page_size", "0")));

    assertThat(e.problems()).singleElement().asString().startsWith("page_size: 0");
  }
}
