package dk.datainformed.connector.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import dk.datainformed.connector.testkit.LocalHttpServer.Request;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalHttpServerTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private LocalHttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = LocalHttpServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnTheLoopbackAddress() {
    assertThat(server.uri("/a?b=c").toString()).matches("http://127\\.0\\.0\\.1:\\d+/a\\?b=c");
  }

  @Test
  void answersScriptedAnswersInOrderBeforeTheHandler() throws Exception {
    server.handle("/", request -> Answer.of(200, "normal"))
        .then(Answer.of(503, Map.of("Retry-After", "2"), "busy"))
        .then(Answer.of(429, "slow down"));

    HttpResponse<String> first = get("/x");
    HttpResponse<String> second = get("/y");
    HttpResponse<String> third = get("/z");

    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(first.body()).isEqualTo("busy");
    assertThat(second.statusCode()).isEqualTo(429);
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(third.body()).isEqualTo("normal");
  }

  @Test
  void theHandlerForTheLongestMatchingPathAnswers() throws Exception {
    server.handle("/v1/", request -> Answer.of(200, "general"))
        .handle("/v1/data", request -> Answer.of(200, "data for " + request.uri().getQuery()));

    assertThat(get("/v1/data?table=FOLK1A").body()).isEqualTo("data for table=FOLK1A");
    assertThat(get("/v1/tableinfo").body()).isEqualTo("general");
  }

  @Test
  void aPathWithoutHandlerOrScriptIsNotFoundWithAReason() throws Exception {
    HttpResponse<String> response = get("/nowhere");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no handler for /nowhere");
  }

  @Test
  void aHandlerThatThrowsIsAnsweredWith500AndItsMessage() throws Exception {
    server.handle("/", request -> {
      throw new IllegalStateException("fixture missing");
    });

    HttpResponse<String> response = get("/");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).contains("fixture missing");
  }

  @Test
  void recordsMethodUriHeadersAndBody() throws Exception {
    server.handle("/", request -> Answer.of(204, ""));

    client.send(HttpRequest.newBuilder(server.uri("/v2/data/y01a02/json?x=1"))
        .header("Authorization", "test-key")
        .POST(HttpRequest.BodyPublishers.ofString("{\"area\":\"København\"}", StandardCharsets.UTF_8))
        .build(), HttpResponse.BodyHandlers.ofString());
    get("/second");

    assertThat(server.requests()).hasSize(2);
    Request first = server.requests().get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/v2/data/y01a02/json");
    assertThat(first.uri().getQuery()).isEqualTo("x=1");
    assertThat(first.header("authorization")).hasValue("test-key");
    assertThat(first.header("X-Absent")).isEmpty();
    assertThat(first.body()).isEqualTo("{\"area\":\"København\"}");
    assertThat(server.requests().get(1).method()).isEqualTo("GET");
    assertThat(server.requests().get(1).body()).isEmpty();
  }

  @Test
  void aSlowAnswerDoesNotHoldUpTheNextRequest() throws Exception {
    server.handle("/slow", request -> Answer.of(200, "late").after(Duration.ofMinutes(1)))
        .handle("/fast", request -> Answer.of(200, "fast"));

    CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
        HttpRequest.newBuilder(server.uri("/slow")).build(), HttpResponse.BodyHandlers.ofString());
    while (server.requests().isEmpty()) {
      Thread.onSpinWait();
    }
    HttpResponse<String> fast = get("/fast");

    assertThat(fast.body()).isEqualTo("fast");
    assertThat(slow).isNotDone();
  }

  @Test
  void aTruncatedBodyBreaksOffAtTheClient() {
    server.then(Answer.truncated("{\"rows\":[1,2", 1000));

    assertThatThrownBy(() -> get("/")).isInstanceOf(IOException.class);
  }

  @Test
  void aStreamedBodyArrivesWhole() throws Exception {
    server.then(Answer.streamed(200, out -> {
      for (int i = 0; i < 3; i++) {
        out.write(("row " + i + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    }).withHeader("Content-Type", "text/csv"));

    HttpResponse<String> response = get("/");

    assertThat(response.body()).isEqualTo("row 0\nrow 1\nrow 2\n");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv");
  }

  @Test
  void repeatedHeadersAreAllSent() throws Exception {
    server.then(Answer.of(200, "").withHeader("Set-Cookie", "a=1").withHeader("Set-Cookie", "b=2"));

    assertThat(get("/").headers().allValues("Set-Cookie")).containsExactly("a=1", "b=2");
  }

  @Test
  void rejectsArgumentsThatCannotWork() {
    assertThatThrownBy(() -> server.uri("v1")).hasMessageContaining("(v1) must start with /");
    assertThatThrownBy(() -> server.handle("v1", request -> Answer.of(200, "")))
        .hasMessageContaining("must start with /");
    assertThatThrownBy(() -> Answer.of(42, "")).hasMessageContaining("HTTP status (42)");
    assertThatThrownBy(() -> Answer.truncated("x", 0)).hasMessageContaining("missing bytes (0) must be at least 1");
    assertThatThrownBy(() -> Answer.of(200, "").after(Duration.ofSeconds(-1)))
        .hasMessageContaining("must not be negative");
  }
}
