package dk.datainformed.connector.statbank;

import dk.datainformed.connector.api.http.Sleeper;
import dk.datainformed.connector.statbank.internal.StatbankConnector;
import dk.datainformed.connector.testkit.LocalHttpServer;
import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local stand-in for api.statbank.dk/v1 on the loopback address: {@code POST /v1/tableinfo}
 * answers the table info, {@code POST /v1/data} answers from a script, one answer per request, and the
 * normal answer when the script is empty. Request bodies are recorded.
 */
final class FakeStatbank implements AutoCloseable {

  private static final String DATA_PATH = "/v1/data";

  private final LocalHttpServer server;
  private final Deque<Answer> dataScript = new ArrayDeque<>();
  private final Deque<Answer> infoScript = new ArrayDeque<>();
  private volatile String tableInfo;
  private volatile String data;
  private volatile String dataContentType = "text/csv; charset=utf-8";

  FakeStatbank(String tableInfo, String data) throws IOException {
    this.tableInfo = tableInfo;
    this.data = data;
    server = LocalHttpServer.start()
        .handle("/v1/tableinfo", request -> next(infoScript,
            Answer.of(200, Map.of("Content-Type", "text/json; charset=utf-8"), this.tableInfo)))
        .handle(DATA_PATH, request -> next(dataScript,
            Answer.of(200, Map.of("Content-Type", dataContentType), this.data)));
  }

  private synchronized Answer next(Deque<Answer> script, Answer normal) {
    Answer scripted = script.pollFirst();
    return scripted == null ? normal : scripted;
  }

  String baseUrl() {
    return server.uri("/v1/").toString();
  }

  /**
   * A connector to this stand-in for table FOLK1A with no rate limit to speak of, waiting for retries
   * through {@code sleeper}; more settings as key, value, key, value.
   */
  StatbankConnector connector(Sleeper sleeper, String... settings) {
    Map<String, String> all = new HashMap<>();
    all.put("base_url", baseUrl());
    all.put("table", "FOLK1A");
    all.put("requests_per_second", "1000");
    for (int i = 0; i < settings.length; i += 2) {
      all.put(settings[i], settings[i + 1]);
    }
    return new StatbankConnector(new StatbankConnectorProvider().configSpec().validate(all), sleeper);
  }

  synchronized FakeStatbank thenData(Answer answer) {
    dataScript.addLast(answer);
    return this;
  }

  synchronized FakeStatbank thenInfo(Answer answer) {
    infoScript.addLast(answer);
    return this;
  }

  void tableInfo(String json) {
    this.tableInfo = json;
  }

  void data(String body, String contentType) {
    this.data = body;
    this.dataContentType = contentType;
  }

  List<String> dataBodies() {
    return server.requests().stream()
        .filter(request -> request.path().startsWith(DATA_PATH))
        .map(LocalHttpServer.Request::body)
        .toList();
  }

  static Answer status(int status, String body) {
    return Answer.of(status, Map.of("Content-Type", "text/json; charset=utf-8"), body);
  }

  static Answer status(int status, Map<String, String> headers, String body) {
    return Answer.of(status, headers, body);
  }

  static Answer slow(long millis, String body) {
    return Answer.of(200, body).after(Duration.ofMillis(millis));
  }

  /** Promises a longer body than it sends, then closes the connection. */
  static Answer truncated(String partialBody) {
    return Answer.truncated(partialBody, 1000);
  }

  @Override
  public void close() {
    server.close();
  }
}
