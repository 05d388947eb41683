package dk.datainformed.connector.api.http;

import static dk.datainformed.connector.api.http.ScriptedServer.slow;
import static dk.datainformed.connector.api.http.ScriptedServer.status;
import static dk.datainformed.connector.api.http.ScriptedServer.truncated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilientHttpClientTest {

  private static final String SECRET_KEY = "s3cr3t-api-key-value";

  private ScriptedServer server;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void startServer() throws Exception {
    server = new ScriptedServer();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private ResilientHttpClient.Builder client() {
    return ResilientHttpClient.builder()
        .sleeper(waits::add)
        .jitter(() -> 0.5)
        .requestTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(100)).build());
  }

  private HttpRequest get(String pathAndQuery) {
    return HttpRequest.newBuilder(server.uri(pathAndQuery)).GET().build();
  }

  @Test
  void honoursRetryAfterSecondsOn429ThenSucceeds() {
    server.then(status(429, Map.of("Retry-After", "2"), "slow down")).then(status(200, "ok"));

    HttpResponse<String> response = client().build().send(get("/tables"), HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo("ok");
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");
    String inNinetySeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(now.plusSeconds(90), ZoneOffset.UTC));
    server.then(status(503, Map.of("Retry-After", inNinetySeconds), "")).then(status(200, "ok"));

    client().clock(Clock.fixed(now, ZoneOffset.UTC)).build().send(get("/x"), HttpResponse.BodyHandlers.ofString());

    assertThat(waits).containsExactly(Duration.ofSeconds(90));
  }

  @Test
  void backsOffWithJitterOn503ThenSucceeds() {
    server.then(status(503, "busy")).then(status(502, "bad gateway")).then(status(200, "ok"));

    HttpResponse<String> response = client().build().send(get("/x"), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    // Ceilings 100 ms and 200 ms, jitter fixed at one half.
    assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
  }

  @Test
  void retriesATimeoutThenSucceeds() {
    server.then(slow(1_500, 200, "late")).then(status(200, "on time"));

    HttpResponse<String> response =
        client().requestTimeout(Duration.ofMillis(300)).build().send(get("/x"), HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo("on time");
    assertThat(waits).hasSize(1);
  }

  @Test
  void retriesATruncatedBodyThenSucceeds() {
    server.then(truncated("{\"dataset\": {\"val")).then(status(200, "{\"complete\": true}"));

    HttpResponse<String> response = client().build().send(get("/data"), HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo("{\"complete\": true}");
    assertThat(server.requests()).isEqualTo(2);
  }

  @Test
  void givesUpAfterTheLastAttemptWithAnActionableMessage() {
    server.then(status(503, "busy")).then(status(503, "busy")).then(status(503, "still busy"));

    assertThatThrownBy(() -> client().build().send(get("/data?apikey=" + SECRET_KEY), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpFailureException.class)
        .hasMessageContaining("answered 503 on all 3 attempts")
        .hasMessageContaining("still busy")
        .hasMessageContaining("try later")
        .satisfies(e -> assertThat(((HttpFailureException) e).attempts()).isEqualTo(3))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET_KEY).contains("/data?…"));
  }

  @Test
  void doesNotRetryABadRequestAndKeepsTheErrorBody() {
    String body = "{\"errorTypeCode\":\"EXTRACT-NOTFOUND\",\"message\":\"Tabellen findes ikke\"}";
    server.then(status(400, body));

    assertThatThrownBy(() -> client().build().send(get("/v1/data"), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOfSatisfying(
            HttpFailureException.class,
            e -> {
              assertThat(e.status()).contains(400);
              assertThat(e.body()).isEqualTo(body);
              assertThat(e.getMessage()).contains("answered 400 (bad request").contains("EXTRACT-NOTFOUND");
            });
    assertThat(server.requests()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void anErrorAnswerWhoseBodyStallsEndsWithinTheIdleTimeoutKeepingWhatArrived() {
    // Headers and the start of the body, then nothing for 20 s; the idle timeout is 1 s.
    server.then(ScriptedServer.stalling(400, "{\"message\":\"Tabellen findes ikke", 20_000));
    long start = System.nanoTime();

    assertThatThrownBy(() -> client().bodyIdleTimeout(Duration.ofSeconds(1)).build()
            .send(get("/v1/data"), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOfSatisfying(HttpFailureException.class, e -> {
          assertThat(e.status()).contains(400);
          assertThat(e.body()).isEqualTo("{\"message\":\"Tabellen findes ikke");
        });
    // Not a timing assertion on the machine's speed: the stall is 20 s, the bound is far below it.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void reportsAnExpiredTokenAsUnauthorisedWithoutRetrying() {
    server.then(status(401, "{\"error\":\"invalid_token\",\"error_description\":\"Token expired\"}"));

    assertThatThrownBy(() -> client().build().send(get("/graphql/v22"), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpFailureException.class)
        .hasMessageContaining("401 (unauthorised")
        .hasMessageContaining("Token expired");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void refusesToWaitLongerThanThePolicyAllows() {
    server.then(status(429, Map.of("Retry-After", "3600"), ""));

    assertThatThrownBy(() -> client().build().send(get("/x"), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpFailureException.class)
        .hasMessageContaining("asked to wait 3600 s")
        .hasMessageContaining("maximum of 120 s");
    assertThat(waits).isEmpty();
  }

  @Test
  void sendsSecretHeadersButNeverShowsThem() {
    server.then(status(200, "ok"));
    ResilientHttpClient http = client().secretHeader("Authorization", Secret.of(SECRET_KEY)).build();

    http.send(get("/x"), HttpResponse.BodyHandlers.ofString());

    assertThat(server.requestHeaders().get(0).get("Authorization")).containsExactly(SECRET_KEY);
    assertThat(http.toString()).doesNotContain(SECRET_KEY);
  }

  @Test
  void failsClearlyWhenNothingListens() {
    int port = server.uri("/").getPort();
    server.close();
    HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/x")).build();

    assertThatThrownBy(() -> client().build().send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpFailureException.class)
        .hasMessageContaining("failed after 3 attempts")
        .hasMessageContaining("ConnectException")
        .satisfies(e -> assertThat(((HttpFailureException) e).status()).isEmpty());
    assertThat(waits).hasSize(2);
  }

  @Test
  void describesARequestWithoutItsQuery() {
    HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("https://api.statbank.dk/v1/data?key=abc")).build();
    assertThat(ResilientHttpClient.describe(request)).isEqualTo("GET https://api.statbank.dk/v1/data?…");
  }
}
