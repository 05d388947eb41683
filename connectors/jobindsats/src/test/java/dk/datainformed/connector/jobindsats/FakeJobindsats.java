package dk.datainformed.connector.jobindsats;

import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.http.Sleeper;
import dk.datainformed.connector.jobindsats.internal.JobindsatsConnector;
import dk.datainformed.connector.jobindsats.internal.Settings;
import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import dk.datainformed.connector.testkit.LocalHttpServer.Request;
import dk.datainformed.connector.testkit.LocalHttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /** A table the fake serves. */
  record Table(String id, String name, String subject, List<String> periods, List<Map<String, String>> variables,
      List<List<Object>> rows) {}

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Pattern PATH = Pattern.compile("/v2/(tables|data)/([^/]+)/json/?");

  private final LocalHttpServer server;
  private final Map<String, Table> tables = new ConcurrentHashMap<>();
  private volatile boolean bom = true;

  FakeJobindsats() throws IOException {
    server = LocalHttpServer.start().handle("/", this::handle);
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

  FakeJobindsats then(Answer fault) {
    server.then(fault);
    return this;
  }

  FakeJobindsats withoutBom() {
    bom = false;
    return this;
  }

  /**
   * A connector to this stand-in for table Y01A02 with the right key, no rate limit, three attempts
   * and a 2 s request timeout, waiting for retries through {@code sleeper}; {@code extra} settings
   * replace those.
   */
  Connector connector(Map<String, String> extra, Sleeper sleeper) {
    Map<String, String> settings = new HashMap<>(Map.of("base_url", baseUrl(), "api_key", KEY,
        "table", "Y01A02", "requests_per_second", "0", "max_attempts", "3", "request_timeout", "2s"));
    settings.putAll(extra);
    Settings parsed = Settings.from(Settings.SPEC.validate(settings));
    return new JobindsatsConnector(parsed, parsed.httpClient().sleeper(sleeper).build());
  }

  String baseUrl() {
    return server.uri("/v2/").toString();
  }

  List<String> authorizations() {
    return server.requests().stream().map(request -> request.header("Authorization").orElse(null)).toList();
  }

  List<String> requests() {
    return server.requests().stream().map(request -> request.method() + " " + request.path()).toList();
  }

  List<JsonNode> bodies() {
    return server.requests().stream().filter(request -> !request.body().isEmpty())
        .map(request -> JSON.readTree(request.body())).toList();
  }

  private Answer handle(Request request) {
    if (!KEY.equals(request.header("Authorization").orElse(null))) {
      return Answer.of(401, WRONG_KEY_BODY);
    }
    Matcher path = PATH.matcher(request.path());
    Table table = path.matches() ? tables.get(path.group(2).toLowerCase(Locale.ROOT)) : null;
    if (table == null) {
      return Answer.of(404, "");
    }
    if (path.group(1).equals("tables")) {
      Map<String, Object> metadata = new LinkedHashMap<>();
      metadata.put("TableID", table.id());
      metadata.put("TableName", table.name());
      metadata.put("SubjectName", table.subject());
      metadata.put("Period", table.periods());
      metadata.put("Variables", table.variables());
      return json(List.of(metadata));
    }
    JsonNode query = request.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(request.body());
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
    return json(List.of(answer));
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

  private Answer json(Object value) {
    return Answer.of(200, Map.of("Content-Type", "application/json; charset=utf-8"),
        (bom ? "\uFEFF" : "") + JSON.writeValueAsString(value));
  }

  static Answer status(int status, Map<String, String> headers, String body) {
    return Answer.of(status, headers, body);
  }

  static Answer slow(long millis) {
    return Answer.of(503, "too late").after(Duration.ofMillis(millis));
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
