package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.http.HttpFailureException;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.statbank.StatbankApiException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The calls to the Statistikbank API: {@code POST tableinfo} and {@code POST data} with a JSON body,
 * as the API's documentation recommends over GET parameters. Error answers (HTTP 400 with an
 * {@code errorTypeCode}) become {@link StatbankApiException}s that say what to change.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StatbankApi {

  private final URI base;
  private final ResilientHttpClient http;
  private final JsonMapper json = JsonMapper.builder().build();
  private final String lang;

  /**
   * Creates the API client.
   *
   * @param base the API's address, e.g. {@code https://api.statbank.dk/v1/}
   * @param http the HTTP client, with the timeouts, retries and rate limit to use
   * @param lang {@code da} or {@code en}
   */
  public StatbankApi(URI base, ResilientHttpClient http, String lang) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.http = http;
    this.lang = lang;
  }

  /**
   * The API's address.
   *
   * @return the base URL, ending in {@code /}
   */
  public URI base() {
    return base;
  }

  /**
   * Reads a table's metadata.
   *
   * @param table the table's id, e.g. {@code FOLK1A}
   * @return the table info
   * @throws StatbankApiException when the API refuses, e.g. an unknown table
   * @throws ConnectorException when the API cannot be reached or answers something unreadable
   */
  public TableInfo tableInfo(String table) {
    ObjectNode body = json.createObjectNode();
    body.put("table", table);
    body.put("lang", lang);
    body.put("format", "JSON");
    return readTableInfo(fetch(post("tableinfo", body.toString()), table), table);
  }

  /** Reads a tableinfo answer's text; a fuzz target's entry point too. */
  TableInfo readTableInfo(String text, String table) {
    JsonNode root = parse(text, table, "tableinfo answer");
    try {
      return TableInfo.read(root);
    } catch (IllegalArgumentException e) {
      throw new MalformedSourceException(table, "tableinfo answer", e.getMessage());
    }
  }

  /**
   * The JSON body of a {@code data} request: every variable of the table, with the selected values
   * or {@code *}, values as codes.
   *
   * @param info the table
   * @param selections the values chosen
   * @param format {@code BULK} or {@code JSONSTAT}
   * @return the body
   */
  public String dataRequest(TableInfo info, Selections selections, String format) {
    ObjectNode body = json.createObjectNode();
    body.put("table", info.id());
    body.put("format", format);
    body.put("lang", lang);
    body.put("valuePresentation", "Code");
    ArrayNode variables = body.putArray("variables");
    for (TableInfo.Variable variable : info.variables()) {
      ObjectNode v = variables.addObject();
      v.put("code", variable.id());
      ArrayNode values = v.putArray("values");
      for (String value : selections.values(variable.id()).orElse(List.of("*"))) {
        values.add(value);
      }
    }
    return body.toString();
  }

  /**
   * Sends a {@code data} request and opens its body as a stream, for BULK answers of any size. A
   * read fails with an {@link java.io.IOException} when no data arrives for the client's body idle
   * timeout.
   *
   * @param body the request body
   * @param table the table, for messages
   * @return the open body; the caller closes it
   */
  public InputStream openData(String body, String table) {
    try {
      return http.send(post("data", body), http.idleTimedStream()).body();
    } catch (HttpFailureException e) {
      throw translate(e, table);
    }
  }

  /**
   * Sends a {@code data} request and reads the whole JSON answer (JSON-stat answers stop at
   * 1,000,000 cells, so they fit in memory). A body cut short, or one that stalls for longer than
   * the client's body idle timeout, is retried like a failed request.
   *
   * @param body the request body
   * @param table the table, for messages
   * @return the parsed answer
   */
  public JsonNode fetchJson(String body, String table) {
    return parse(fetch(post("data", body), table), table, "JSON-stat answer");
  }

  private HttpRequest post(String function, String body) {
    return HttpRequest.newBuilder(base.resolve(function))
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "*/*")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private String fetch(HttpRequest request, String table) {
    try {
      return http.fetchText(request);
    } catch (HttpFailureException e) {
      throw translate(e, table);
    }
  }

  private ConnectorException translate(HttpFailureException e, String table) {
    if (e.status().isEmpty() || e.body().isBlank()) {
      return e;
    }
    JsonNode error;
    try {
      error = json.readTree(e.body());
    } catch (JacksonException notJson) {
      return e;
    }
    String code = text(error.get("errorTypeCode"));
    if (code.isEmpty()) {
      return e;
    }
    String message = text(error.get("message"));
    String shownCode = AnswerText.quote(code);
    return new StatbankApiException(
        "Statistics Denmark refused the request for table '" + table + "' with " + shownCode
            + (message.isEmpty() ? "" : ": \"" + AnswerText.quote(message)
                + "\"") + ". " + hint(code),
        shownCode, e);
  }

  private static String text(JsonNode node) {
    return node != null && node.isString() ? node.stringValue() : "";
  }

  private static String hint(String code) {
    switch (code) {
      case "EXTRACT-NOTFOUND":
        return "Check the 'table' setting and the variable codes and values in 'variables' against"
            + " the table's info (https://api.statbank.dk/v1/tableinfo/<table>)";
      case "REQUEST-LIMIT":
        return "JSON-stat answers stop at 1,000,000 cells: set format=bulk, which streams any size,"
            + " or select fewer values in 'variables'";
      case "EXTRACT-NOTALLOWED":
        return "Every variable needs values in a streamed (BULK) request; select some in 'variables'";
      default:
        return "Check the connector's settings; if they are right, the API may have changed";
    }
  }

  /** Parses an answer's text, a malformed answer when it is not JSON; a fuzz target's entry point too. */
  JsonNode parse(String text, String table, String what) {
    try {
      return json.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String position = what + (at == null ? "" : ", line " + at.getLineNr() + " column " + at.getColumnNr());
      throw new MalformedSourceException(table, position, "the answer is not valid JSON: "
          + AnswerText.quote(e.getOriginalMessage()));
    }
  }
}
