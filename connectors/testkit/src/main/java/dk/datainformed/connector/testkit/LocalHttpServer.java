package dk.datainformed.connector.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apiguardian.api.API;

/**
 * A local HTTP server for testing HTTP connectors: it listens on the loopback address 127.0.0.1 on a
 * free port, answers from a queue of scripted {@link Answer}s or from a {@link Handler} per path, and
 * records every request for assertions. It runs on the JDK's own {@code com.sun.net.httpserver}, so it
 * needs no extra dependency; its API does not expose that package.
 *
 * <p>Each request runs on its own thread, so a slow answer (see {@link Answer#after(Duration)}) does
 * not hold up the next request, which lets a test check timeouts and retries. The answers cover the
 * faults a connector must survive: an error status with headers (such as {@code Retry-After}), a
 * slow answer, a body cut short ({@link Answer#truncated(String, int)}) and a body streamed while the
 * test watches ({@link Answer#streamed(int, BodyWriter)}).
 *
 * <pre>{@code
 * try (LocalHttpServer server = LocalHttpServer.start()) {
 *   server.handle("/api/units", request -> Answer.of(200, Map.of("Content-Type", "application/json"), "[]"))
 *       .then(Answer.of(503, Map.of("Retry-After", "1"), "busy"))   // the first request, any path
 *       .then(Answer.of(200, "late").after(Duration.ofSeconds(5))); // the second, too slow
 *   MyConnector connector = connectorFor(server.uri("/api/"));
 *   ...
 *   assertThat(server.requests()).extracting(LocalHttpServer.Request::method).containsOnly("GET");
 * }
 * }</pre>
 *
 * <p>A request gets the first scripted answer still queued ({@link #then(Answer)}), whatever its path;
 * when the queue is empty, the handler registered for the longest path that the request's path starts
 * with; and when none matches, 404 with a body that says so. A handler that throws is answered with
 * 500 and the exception's message. Close the server after the test (it is {@link AutoCloseable}):
 * closing stops it and interrupts answers still waiting.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LocalHttpServer implements AutoCloseable {

  /**
   * Computes the answer to one request: for fakes that play a service, such as a token endpoint that
   * checks the form it receives.
   */
  @FunctionalInterface
  public interface Handler {

    /**
     * Answers one request.
     *
     * @param request the request, with its body read
     * @return the answer to send
     */
    Answer answer(Request request);
  }

  /** Writes a streamed body, for answers that a test sends piece by piece or that stall midway. */
  @FunctionalInterface
  public interface BodyWriter {

    /**
     * Writes the body; the server closes the connection when this returns.
     *
     * @param body the response body, sent in chunks; {@code flush()} sends what is written so far
     * @throws IOException when the client has gone away
     */
    void write(OutputStream body) throws IOException;
  }

  /**
   * One recorded request.
   *
   * @param method the HTTP method, such as {@code GET} or {@code POST}
   * @param uri the request URI as sent: path and query, without scheme and host
   * @param headers the request headers; names as the JDK server normalises them (first letter upper
   *     case, the rest lower case), so look them up with {@link #header(String)}
   * @param body the request body decoded as UTF-8, empty when there was none
   */
  public record Request(String method, URI uri, Map<String, List<String>> headers, String body) {

    /**
     * Checks and copies the parts.
     *
     * @param method the HTTP method
     * @param uri the request URI
     * @param headers the request headers
     * @param body the request body
     */
    public Request {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(headers, "headers");
      Map<String, List<String>> copy = new LinkedHashMap<>();
      headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      headers = Collections.unmodifiableMap(copy);
    }

    /**
     * The first value of a header, looked up without regard to case.
     *
     * @param name the header name, such as {@code "Authorization"}
     * @return the first value, or empty when the request did not have the header
     */
    public Optional<String> header(String name) {
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
          return Optional.of(entry.getValue().get(0));
        }
      }
      return Optional.empty();
    }

    /**
     * The path of the request URI, without the query.
     *
     * @return the path, such as {@code /v1/data}
     */
    public String path() {
      return uri.getPath();
    }
  }

  /**
   * One answer: status, headers and a body that is sent whole, cut short or streamed, optionally after
   * a delay. Immutable; the {@code with...} and {@link #after(Duration)} methods return changed copies.
   */
  public static final class Answer {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final int missingBytes;
    private final BodyWriter writer;
    private final Duration delay;

    private Answer(int status, Map<String, List<String>> headers, byte[] body, int missingBytes, BodyWriter writer,
        Duration delay) {
      if (status < 100 || status > 999) {
        throw new IllegalArgumentException("HTTP status (" + status + ") must be a three-digit number from 100");
      }
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.missingBytes = missingBytes;
      this.writer = writer;
      this.delay = delay;
    }

    /**
     * An answer with a status and a body (UTF-8), without headers.
     *
     * @param status the HTTP status, such as 200 or 503
     * @param body the body; empty for no body
     * @return the answer
     */
    public static Answer of(int status, String body) {
      return of(status, Map.of(), body);
    }

    /**
     * An answer with a status, headers and a body (UTF-8).
     *
     * @param status the HTTP status, such as 200 or 429
     * @param headers the response headers, such as {@code Map.of("Retry-After", "2")}
     * @param body the body; empty for no body
     * @return the answer
     */
    public static Answer of(int status, Map<String, String> headers, String body) {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      headers.forEach((name, value) -> copy.put(name, List.of(value)));
      return new Answer(status, Collections.unmodifiableMap(copy), body.getBytes(StandardCharsets.UTF_8), 0, null,
          Duration.ZERO);
    }

    /**
     * A 200 answer that promises more bytes than it sends, then closes the connection, so the client sees
     * a body cut short (as when a connection breaks midway).
     *
     * @param partialBody the part of the body that is sent (UTF-8)
     * @param missingBytes how many promised bytes never come; at least 1
     * @return the answer
     */
    public static Answer truncated(String partialBody, int missingBytes) {
      if (missingBytes < 1) {
        throw new IllegalArgumentException("missing bytes (" + missingBytes + ") must be at least 1");
      }
      return new Answer(200, Map.of(), partialBody.getBytes(StandardCharsets.UTF_8), missingBytes, null,
          Duration.ZERO);
    }

    /**
     * An answer whose body is streamed in chunks by {@code writer}: for bodies that stall midway or that a
     * test sends piece by piece.
     *
     * @param status the HTTP status
     * @param writer writes the body
     * @return the answer
     */
    public static Answer streamed(int status, BodyWriter writer) {
      return new Answer(status, Map.of(), new byte[0], 0, Objects.requireNonNull(writer, "writer"), Duration.ZERO);
    }

    /**
     * An answer that sends the start of its body and then stalls, as a server whose back end hangs
     * after the headers: for tests that a read is bounded by its idle timeout and retried. The
     * connection closes when the stall is over (or the server closes).
     *
     * @param status the HTTP status
     * @param start the part of the body sent at once, as UTF-8
     * @param stall how long the body then stalls
     * @return the answer
     */
    public static Answer stalling(int status, String start, Duration stall) {
      Objects.requireNonNull(stall, "stall");
      byte[] first = start.getBytes(StandardCharsets.UTF_8);
      return streamed(status, out -> {
        out.write(first);
        out.flush();
        try {
          Thread.sleep(stall.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }

    /**
     * This answer with one more header.
     *
     * @param name the header name
     * @param value the header value
     * @return the changed copy
     */
    public Answer withHeader(String name, String value) {
      Map<String, List<String>> copy = new LinkedHashMap<>(headers);
      List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
      values.add(Objects.requireNonNull(value, "value"));
      copy.put(Objects.requireNonNull(name, "name"), List.copyOf(values));
      return new Answer(status, Collections.unmodifiableMap(copy), body, missingBytes, writer, delay);
    }

    /**
     * This answer sent only after a delay, to test timeouts. Other requests are answered meanwhile.
     *
     * @param delay how long to wait before answering; not negative
     * @return the changed copy
     */
    public Answer after(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay (" + delay + ") must not be negative");
      }
      return new Answer(status, headers, body, missingBytes, writer, delay);
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
      return status;
    }

    /**
     * The response headers.
     *
     * @return the headers, each with its values
     */
    public Map<String, List<String>> headers() {
      return headers;
    }

    /**
     * The delay before answering.
     *
     * @return the delay, zero for none
     */
    public Duration delay() {
      return delay;
    }

    private void send(HttpExchange exchange) throws IOException {
      if (!delay.isZero()) {
        try {
          Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
          // The server is closing: give up the answer.
          Thread.currentThread().interrupt();
          return;
        }
      }
      headers.forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
      if (writer != null) {
        exchange.sendResponseHeaders(status, 0);
        // Closing the exchange afterwards ends the chunked body, also when the writer closed it already.
        writer.write(exchange.getResponseBody());
        return;
      }
      if (missingBytes > 0) {
        exchange.sendResponseHeaders(status, (long) body.length + missingBytes);
        OutputStream out = exchange.getResponseBody();
        out.write(body);
        out.flush();
        // Closing the exchange before the promised length was written breaks the connection off.
        return;
      }
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Deque<Answer> script = new ArrayDeque<>();
  private final Map<String, Handler> handlers = new LinkedHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  private LocalHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        answer(exchange);
      }
    });
    // Each request on its own thread, so a slow answer does not hold up the next request.
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts a server on 127.0.0.1 on a free port, with no handlers and an empty script.
   *
   * @return the running server; close it after the test
   * @throws IOException when no port could be bound
   */
  public static LocalHttpServer start() throws IOException {
    return new LocalHttpServer();
  }

  /**
   * Answers requests whose path starts with {@code path} with {@code handler}, once the script is empty.
   * Registering the same path again replaces its handler.
   *
   * @param path the path prefix, starting with {@code /}, such as {@code /v1/data}
   * @param handler computes the answers
   * @return this server
   */
  public synchronized LocalHttpServer handle(String path, Handler handler) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path (" + path + ") must start with /");
    }
    handlers.put(path, Objects.requireNonNull(handler, "handler"));
    return this;
  }

  /**
   * Queues a scripted answer: the next request that finds no earlier answer queued gets it, whatever its
   * path.
   *
   * @param answer the answer
   * @return this server
   */
  public synchronized LocalHttpServer then(Answer answer) {
    script.addLast(Objects.requireNonNull(answer, "answer"));
    return this;
  }

  /**
   * The address of a path on this server.
   *
   * @param pathAndQuery path and optional query, starting with {@code /}, such as {@code /v1/?lang=da}
   * @return {@code http://127.0.0.1:<port>} followed by {@code pathAndQuery}
   */
  public URI uri(String pathAndQuery) {
    if (!pathAndQuery.startsWith("/")) {
      throw new IllegalArgumentException("path (" + pathAndQuery + ") must start with /");
    }
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  /**
   * The requests received so far, in the order they arrived.
   *
   * @return a copy of the recorded requests
   */
  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Stops the server and interrupts answers still waiting. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
        exchange.getRequestHeaders(), body);
    Answer scripted;
    Handler handler;
    synchronized (this) {
      requests.add(request);
      scripted = script.pollFirst();
      handler = scripted == null ? handlerFor(request.path()) : null;
    }
    Answer answer;
    if (scripted != null) {
      answer = scripted;
    } else if (handler == null) {
      answer = Answer.of(404, Map.of("Content-Type", "text/plain; charset=utf-8"),
          "LocalHttpServer: no scripted answer left and no handler for " + request.path());
    } else {
      try {
        answer = Objects.requireNonNull(handler.answer(request), "the handler answered null");
      } catch (RuntimeException e) {
        answer = Answer.of(500, Map.of("Content-Type", "text/plain; charset=utf-8"),
            "LocalHttpServer: the handler failed: " + e);
      }
    }
    answer.send(exchange);
  }

  private Handler handlerFor(String path) {
    String best = null;
    for (String prefix : handlers.keySet()) {
      if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? null : handlers.get(best);
  }

  @Override
  public String toString() {
    return "LocalHttpServer[" + uri("/") + "]";
  }
}
