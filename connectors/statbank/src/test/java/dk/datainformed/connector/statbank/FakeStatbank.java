package dk.datainformed.connector.statbank;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for api.statbank.dk/v1 on the loopback address: {@code POST /v1/tableinfo}
 * answers the table info, {@code POST /v1/data} answers from a script, one step per request, and the
 * normal answer when the script is empty. Request bodies are recorded.
 */
final class FakeStatbank implements AutoCloseable {

  /** One scripted answer. */
  interface Step {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Step> dataScript = new ArrayDeque<>();
  private final Deque<Step> infoScript = new ArrayDeque<>();
  private final List<String> dataBodies = new ArrayList<>();
  private volatile String tableInfo;
  private volatile String data;
  private volatile String dataContentType = "text/csv; charset=utf-8";

  FakeStatbank(String tableInfo, String data) throws IOException {
    this.tableInfo = tableInfo;
    this.data = data;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/tableinfo", exchange -> {
      Step step;
      synchronized (this) {
        exchange.getRequestBody().readAllBytes();
        step = infoScript.pollFirst();
      }
      try (exchange) {
        if (step == null) {
          respond(exchange, 200, Map.of("Content-Type", "text/json; charset=utf-8"), this.tableInfo);
        } else {
          step.answer(exchange);
        }
      }
    });
    server.createContext("/v1/data", exchange -> {
      Step step;
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      synchronized (this) {
        dataBodies.add(body);
        step = dataScript.pollFirst();
      }
      try (exchange) {
        if (step == null) {
          respond(exchange, 200, Map.of("Content-Type", dataContentType), this.data);
        } else {
          step.answer(exchange);
        }
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/";
  }

  synchronized FakeStatbank thenData(Step step) {
    dataScript.addLast(step);
    return this;
  }

  synchronized FakeStatbank thenInfo(Step step) {
    infoScript.addLast(step);
    return this;
  }

  void tableInfo(String json) {
    this.tableInfo = json;
  }

  void data(String body, String contentType) {
    this.data = body;
    this.dataContentType = contentType;
  }

  synchronized List<String> dataBodies() {
    return List.copyOf(dataBodies);
  }

  static Step status(int status, String body) {
    return exchange -> respond(exchange, status, Map.of("Content-Type", "text/json; charset=utf-8"), body);
  }

  static Step status(int status, Map<String, String> headers, String body) {
    return exchange -> respond(exchange, status, headers, body);
  }

  static Step slow(long millis, String body) {
    return exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, 200, Map.of(), body);
    };
  }

  /** Promises a longer body than it sends, then closes the connection. */
  static Step truncated(String partialBody) {
    return exchange -> {
      byte[] bytes = partialBody.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length + 1000L);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes);
      out.flush();
    };
  }

  static void respond(HttpExchange exchange, int status, Map<String, String> headers, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
