package dk.datainformed.connector.api.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A local HTTP server on the loopback address that answers from a script, one step per request. */
final class ScriptedServer implements AutoCloseable {

  /** One scripted answer. */
  interface Step {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Step> script = new ArrayDeque<>();
  private final List<Map<String, List<String>>> requestHeaders = new ArrayList<>();
  private final List<URI> requestUris = new ArrayList<>();

  ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          Step step;
          synchronized (this) {
            requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
            requestUris.add(exchange.getRequestURI());
            step = script.pollFirst();
          }
          try (exchange) {
            if (step == null) {
              respond(exchange, 500, Map.of(), "script exhausted");
            } else {
              step.answer(exchange);
            }
          }
        });
    // Handlers run on their own threads, so a slow answer does not hold up the next request.
    server.setExecutor(executor);
    server.start();
  }

  synchronized ScriptedServer then(Step step) {
    script.addLast(step);
    return this;
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  synchronized int requests() {
    return requestUris.size();
  }

  synchronized List<Map<String, List<String>>> requestHeaders() {
    return List.copyOf(requestHeaders);
  }

  static Step status(int status, String body) {
    return exchange -> respond(exchange, status, Map.of(), body);
  }

  static Step status(int status, Map<String, String> headers, String body) {
    return exchange -> respond(exchange, status, headers, body);
  }

  static Step slow(long millis, int status, String body) {
    return exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, status, Map.of(), body);
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
      // Closing the exchange before the promised length was written makes the client see a truncated body.
    };
  }

  /** Sends the status and the start of a body, then stalls for a while before closing. */
  static Step stalling(int status, String start, long millis) {
    return exchange -> {
      byte[] bytes = start.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length + 1000L);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes);
      out.flush();
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
