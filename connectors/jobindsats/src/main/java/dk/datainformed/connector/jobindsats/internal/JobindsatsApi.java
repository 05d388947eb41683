package dk.datainformed.connector.jobindsats.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.http.HttpFailureException;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The calls this connector makes to Jobindsats' API, version 2, and their failures in words a
 * municipal developer can act on.
 *
 * <ul>
 *   <li>{@code GET tables/{id}/json}: a table's metadata, with the periods it offers ({@code Period})
 *   <li>{@code POST data/{id}/json} with a JSON body of {@code area}, {@code period} and
 *       {@code _<variable>} filters: an array whose first element holds {@code Variables} (the
 *       columns) and {@code Data} (the rows, cells in column order)
 * </ul>
 *
 * <p>Answers may start with a UTF-8 byte order mark, which is removed before parsing.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JobindsatsApi {

  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int SHOWN_BODY = 200;

  private final URI baseUrl;
  private final ResilientHttpClient http;

  /**
   * Creates the client.
   *
   * @param baseUrl the API's address, ending in {@code /}
   * @param http the HTTP client, carrying the key (it scrubs the key from error bodies should the
   *     server echo it)
   */
  public JobindsatsApi(URI baseUrl, ResilientHttpClient http) {
    this.baseUrl = baseUrl;
    this.http = http;
  }

  /**
   * A table's metadata.
   *
   * @param table the table id
   * @return the first element of the answer's array
   * @throws ConnectorException when the call fails or the answer cannot be read
   */
  public JsonNode table(String table) {
    HttpRequest request = HttpRequest.newBuilder(uri("tables/", table)).GET().build();
    JsonNode root = parse(table, "the metadata of table " + table, send(request, table));
    return first(table, root, "the metadata of table " + table);
  }

  /**
   * A table's data for some periods.
   *
   * @param table the table id
   * @param periods the periods, as Jobindsats writes them
   * @param areas the area labels, or {@code *}
   * @param filters the {@code _<variable>} filters
   * @return the first element of the answer's array, with {@code Variables} and {@code Data}
   * @throws ConnectorException when the call fails or the answer cannot be read
   */
  public JsonNode data(String table, List<String> periods, List<String> areas, Map<String, List<String>> filters) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("area", areas.size() == 1 ? areas.get(0) : areas);
    body.put("period", periods);
    body.putAll(filters);
    HttpRequest request =
        HttpRequest.newBuilder(uri("data/", table))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
            .build();
    String what = "the data of table " + table + " for " + describe(periods);
    return first(table, parse(table, what, send(request, table)), what);
  }

  private URI uri(String endpoint, String table) {
    return baseUrl.resolve(endpoint + URLEncoder.encode(table.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8) + "/json");
  }

  private String send(HttpRequest request, String table) {
    try {
      return http.fetchText(request);
    } catch (HttpFailureException e) {
      throw explain(e, table);
    }
  }

  private ConnectorException explain(HttpFailureException e, String table) {
    String server = e.body().isBlank() ? "" : " Jobindsats said: " + shown(e.body());
    int status = e.status().orElse(-1);
    switch (status) {
      case 401:
      case 403:
        return new ConnectorException(
            "Jobindsats refused the API key (HTTP " + status + "): it is missing, wrong or expired."
                + server + " Check the 'api_key' setting, or ask STAR (jobindsats@star.dk) for a new key", e);
      case 404:
        return new ConnectorException(
            "Jobindsats has no table '" + table + "' (HTTP 404)." + server
                + " Check the 'table' setting against the tables on jobindsats.dk", e);
      default:
        return new ConnectorException("Jobindsats could not be read: " + e.getMessage(), e);
    }
  }

  /** An answer's text as the first object of its array; the answers fuzz target's entry point too. */
  static JsonNode answer(String table, String what, String body) {
    return first(table, parse(table, what, body), what);
  }

  private static JsonNode parse(String table, String what, String body) {
    String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
    if (text.isBlank()) {
      throw new MalformedSourceException(table, what, "the answer was empty where a JSON array was expected");
    }
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      throw new MalformedSourceException(table, what, "the answer is not complete JSON ("
          + shown(String.valueOf(e.getOriginalMessage())) + "); it may have been cut off: try again, or fewer periods per request");
    }
  }

  private static JsonNode first(String table, JsonNode root, String what) {
    if (root == null || !root.isArray() || root.size() == 0 || !root.get(0).isObject()) {
      throw new MalformedSourceException(table, what,
          "the answer is not a JSON array holding an object, as Jobindsats' API version 2 answers");
    }
    return root.get(0);
  }

  /**
   * The periods a metadata answer lists.
   *
   * @param table the table id
   * @param metadata the metadata object
   * @return the period texts, in the order listed
   * @throws MalformedSourceException when there is no {@code Period} array of texts
   */
  public static List<String> periods(String table, JsonNode metadata) {
    JsonNode periods = metadata.get("Period");
    if (periods == null || !periods.isArray()) {
      throw new MalformedSourceException(table, "the metadata of table " + table,
          "it has no 'Period' list of the periods the table offers");
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode period : periods) {
      if (!period.isString() || period.stringValue().isBlank()) {
        throw new MalformedSourceException(table, "the metadata of table " + table,
            "its 'Period' list holds " + shown(period.toString()) + ", which is not a period text");
      }
      texts.add(period.stringValue().strip());
    }
    return texts;
  }

  /** A text of an answer as a message quotes it: on one line, abbreviated, CPR-like words masked. */
  static String shown(String body) {
    return AnswerText.quote(body, SHOWN_BODY);
  }

  private static String describe(List<String> periods) {
    return periods.size() == 1 ? "period " + periods.get(0)
        : "periods " + periods.get(0) + " to " + periods.get(periods.size() - 1);
  }
}
