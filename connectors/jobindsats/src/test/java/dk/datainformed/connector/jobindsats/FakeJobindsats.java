package dk.datainformed.connector.jobindsats;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for api.jobindsats.dk/v2, answering in the shapes the real API uses: a JSON array
 * with a UTF-8 byte order mark, metadata with a {@code Period} list, data with {@code Variables} and
 * {@code Data} rows in column order, and {@code {"Forkert nøgle eller nøglen er udløbet.":""}} with
 * 401 for a wrong key. Faults queued with {@link #then} answer the next requests first.
 */
final class FakeJobindsats implements AutoCloseable {

  static final String KEY = "test-key-0123456789abcdef";
  static final String WRONG_KEY_BODY = "{\"Forkert nøgle eller nøglen er udløbet.\":\"\"}";

  /** One scripted answer. */
  interface Step {
    void answer(HttpExchange exchange) throws IOException;
  }

  /** A table the fake serves. */
  record Table(String id, String name, String subject, List<String> periods, List<Map<String, String>> variables,
      List<List<Object>> rows) {}

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern PATH = Pattern.compile("/v2/(tables|data)/([^/]+)/json/?");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Deque<Step> faults = new ArrayDeque<>();
  private final List<String> authorizations = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();
  private final List<JsonNode> bodies = new ArrayList<>();
  private volatile boolean bom = true;

  FakeJobindsats() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        handle(exchange);
      }
    });
    server.setExecutor(executor);
    server.start();
    add(y01a02());
  }

  /** Y01A02 (A-dagpenge) as the real table is shaped, with periods listed newest first. */
  static Table y01a02() {
    List<String> periods = List.of("2024M03", "2024M02", "2024M01", "2023M12", "2023M11", "2023M10");
    List<List<Object>> rows = new ArrayList<>();
    int n = 0;
    for (String period : List.of("2023M10", "2023M11", "2023M12", "2024M01", "2024M02", "2024M03")) {
      for (String area : List.of("Hele landet", "København", "Randers", "RAR Østjylland")) {
        for (String kon : List.of("Kvinder", "Mænd")) {
          n++;
          Object persons = area.startsWith("RAR") && kon.equals("Kvinder") && period.equals("2024M01") ? "-" : 100 + n;
          rows.add(List.of(area, period, kon, persons, 50.5 + n));
        }
      }
    }
    return new Table("Y01A02", "Antal personer og fuldtidspersoner", "A-dagpenge", periods,
        List.of(variable("area", "Area"), variable("period", "Periode"), variable("_kon", "Køn"),
            variable("y01a02_antpers", "Antal personer"), variable("y01a02_antfuld", "Antal fuldtidspersoner")),
        rows);
  }

  static Map<String, String> variable(String name, String label) {
    return Map.of("Name", name, "Label", label);
  }

  FakeJobindsats add(Table table) {
    tables.put(table.id().toLowerCase(Locale.ROOT), table);
    return this;
  }

  synchronized FakeJobindsats then(Step step) {
    faults.addLast(step);
    return this;
  }

  FakeJobindsats withoutBom() {
    bom = false;
    return this;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v2/";
  }

  synchronized List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  synchronized List<JsonNode> bodies() {
    return List.copyOf(bodies);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Step fault;
    synchronized (this) {
      authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
      if (!body.isEmpty()) {
        bodies.add(JSON.readTree(body));
      }
      fault = faults.pollFirst();
    }
    if (fault != null) {
      fault.answer(exchange);
      return;
    }
    if (!KEY.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      respond(exchange, 401, Map.of(), WRONG_KEY_BODY);
      return;
    }
    Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
    Table table = path.matches() ? tables.get(path.group(2).toLowerCase(Locale.ROOT)) : null;
    if (table == null) {
      respond(exchange, 404, Map.of(), "");
      return;
    }
    if (path.group(1).equals("tables")) {
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("TableID", table.id());
      metadata.put("TableName", table.name());
      metadata.put("SubjectName", table.subject());
      metadata.put("Period", table.periods());
      metadata.put("Variables", table.variables());
      json(exchange, List.of(metadata));
      return;
    }
    JsonNode query = body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    List<List<Object>> rows = new ArrayList<>();
    for (List<Object> row : table.rows()) {
      if (matches(query, table, row)) {
        rows.add(row);
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("TableID", table.id());
    answer.put("Variables", table.variables());
    answer.put("Data", rows);
    json(exchange, List.of(answer));
  }

  private static boolean matches(JsonNode query, Table table, List<Object> row) {
    for (int column = 0; column < table.variables().size(); column++) {
      String name = table.variables().get(column).getOrDefault("Name", "");
      String key = name.equals("area") || name.equals("period") || name.startsWith("_") ? name : null;
      JsonNode wanted = key == null ? null : query.get(key);
      if (wanted == null) {
        continue;
      }
      String cell = String.valueOf(row.get(column));
      boolean any = false;
      for (JsonNode value : wanted.isArray() ? wanted : List.of(wanted)) {
        any |= value.stringValue().equals("*") || value.stringValue().equals(cell);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private void json(HttpExchange exchange, Object value) throws IOException {
    respond(exchange, 200, Map.of("Content-Type", "application/json; charset=utf-8"),
        (bom ? "\uFEFF" : "") + JSON.writeValueAsString(value));
  }

  static Step status(int status, Map<String, String> headers, String body) {
    return exchange -> respond(exchange, status, headers, body);
  }

  static Step slow(long millis) {
    return exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, 503, Map.of(), "too late");
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
