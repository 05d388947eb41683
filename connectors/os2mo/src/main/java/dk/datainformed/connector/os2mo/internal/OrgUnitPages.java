package dk.datainformed.connector.os2mo.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.http.HttpFailureException;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one page of OS2mo's {@code org_units} at a time from its GraphQL API.
 *
 * <p>The query asks for every validity of every unit ({@code filter: {from_date: null, to_date: null}})
 * and the cursor of the next page ({@code page_info { next_cursor }}, null on the last page). OS2mo
 * pages over units: one page of {@code limit} units holds all their validities.
 *
 * <p>A validity's {@code to} is OS2mo's last valid day ("til og med", so that a one-day validity has
 * {@code from} equal to {@code to}; OS2mo's validity model checks {@code from <= to}); it is read as
 * the first day that is no longer valid by adding one day. Dates are OS2mo DateTimes at midnight Danish
 * time such as {@code 2019-08-01T00:00:00+02:00}; the date is taken as written.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class OrgUnitPages {

  /** The GraphQL query: OS2mo's {@code int} and {@code Cursor} scalars, filter object (GraphQL v14 on). */
  static final String QUERY =
      "query OrgUnits($limit: int, $cursor: Cursor) {\n"
          + "  org_units(limit: $limit, cursor: $cursor, filter: {from_date: null, to_date: null}) {\n"
          + "    objects { validities { uuid name parent { uuid } unit_type { name } validity { from to } } }\n"
          + "    page_info { next_cursor }\n"
          + "  }\n"
          + "}\n";

  private static final int SHOWN_ERRORS = 3;
  private static final int SHOWN_LENGTH = 300;

  private final ResilientHttpClient http;
  private final URI graphqlUri;
  private final KeycloakTokens tokens;
  private final JsonMapper json;
  private final String stream;

  /**
   * Creates the reader.
   *
   * @param http the client to send with
   * @param graphqlUri OS2mo's {@code /graphql/vN} endpoint
   * @param tokens the source of bearer tokens
   * @param json the JSON reader and writer
   * @param stream the stream's name, for messages
   */
  public OrgUnitPages(ResilientHttpClient http, URI graphqlUri, KeycloakTokens tokens, JsonMapper json, String stream) {
    this.http = Objects.requireNonNull(http, "http");
    this.graphqlUri = Objects.requireNonNull(graphqlUri, "graphqlUri");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.json = Objects.requireNonNull(json, "json");
    this.stream = Objects.requireNonNull(stream, "stream");
  }

  /** One row of a page: a validity that was read, or one that could not be. */
  public sealed interface Row permits Good, Bad {}

  /**
   * A validity read.
   *
   * @param unit the validity
   */
  public record Good(UnitValidity unit) implements Row {}

  /**
   * A validity that could not be read.
   *
   * @param position where it is
   * @param reason what is wrong
   * @param raw the validity's JSON
   */
  public record Bad(String position, String reason, String raw) implements Row {}

  /**
   * One page.
   *
   * @param rows the validities of the page's units, in OS2mo's order
   * @param nextCursor the cursor of the next page; empty on the last page
   */
  public record Page(List<Row> rows, Optional<String> nextCursor) {
    /**
     * Creates the page.
     *
     * @param rows the rows
     * @param nextCursor the next cursor, if any
     */
    public Page {
      rows = List.copyOf(rows);
      Objects.requireNonNull(nextCursor, "nextCursor");
    }
  }

  /**
   * Reads the page at a cursor.
   *
   * @param cursor the page's cursor; empty for the first page
   * @param limit the most units on the page
   * @param where the page's place in the read, for messages, e.g. {@code "page 3 of this read"}
   * @return the page
   * @throws ConnectorException when OS2mo cannot be reached, refuses the token twice, or answers
   *     with GraphQL errors; a {@link MalformedSourceException} when the answer is not the expected JSON
   */
  public Page fetch(Optional<String> cursor, int limit, String where) {
    ObjectNode body = json.createObjectNode();
    body.put("query", QUERY);
    ObjectNode variables = body.putObject("variables");
    variables.put("limit", limit);
    if (cursor.isPresent()) {
      variables.put("cursor", cursor.get());
    } else {
      variables.putNull("cursor");
    }
    String text = json.writeValueAsString(body);
    return parse(json, stream, graphqlUri, send(text, where), cursor.isPresent(), where);
  }

  /**
   * Reads one answer of OS2mo's GraphQL API into a page; the fuzz target's entry point too.
   *
   * @param json the mapper
   * @param stream the stream's name, for messages
   * @param graphqlUri the API's address, for messages
   * @param body the answer's text
   * @param resumed whether the page was asked for with a cursor, for the advice in a message
   * @param where the page's place in the read, for messages
   * @return the page
   * @throws ConnectorException when the answer holds GraphQL errors; a {@link
   *     MalformedSourceException} when it is not the expected JSON
   */
  public static Page parse(JsonMapper json, String stream, URI graphqlUri, String body, boolean resumed, String where) {
    JsonNode answer;
    try {
      answer = json.readTree(body);
    } catch (JacksonException e) {
      throw new MalformedSourceException(
          stream, where, "OS2mo's answer is not valid JSON (" + clip(e.getOriginalMessage()) + ")");
    }
    JsonNode errors = answer.path("errors");
    if (errors.isArray() && errors.size() > 0) {
      throw new ConnectorException(
          "OS2mo at " + graphqlUri + " answered " + where + " of stream '" + stream + "' with GraphQL errors: "
              + errorMessages(errors)
              + (resumed
                  ? ". If this read resumed from a checkpoint, its cursor may have expired or belong to another"
                      + " OS2mo or GraphQL version: read the stream again from the beginning (drop its checkpoint)"
                  : ". Check graphql_version against the versions your OS2mo serves"));
    }
    JsonNode units = answer.path("data").path("org_units");
    JsonNode objects = units.path("objects");
    if (!objects.isArray()) {
      throw new MalformedSourceException(
          stream, where, "OS2mo's answer has no data.org_units.objects list (fields: " + AnswerText.quote(String.valueOf(answer.propertyNames())) + ")");
    }
    JsonNode next = units.path("page_info").path("next_cursor");
    Optional<String> nextCursor;
    if (next.isNull()) {
      nextCursor = Optional.empty();
    } else if (next.isString() && !next.stringValue().isEmpty()) {
      nextCursor = Optional.of(next.stringValue());
    } else {
      throw new MalformedSourceException(
          stream, where, "OS2mo's answer has no page_info.next_cursor (a cursor, or null on the last page)");
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      JsonNode validities = objects.get(i).path("validities");
      if (!validities.isArray()) {
        rows.add(new Bad(where + ", object " + i, "the object has no validities list", objects.get(i).toString()));
        continue;
      }
      for (int j = 0; j < validities.size(); j++) {
        rows.add(row(validities.get(j), where + ", object " + i + ", validity " + j));
      }
    }
    return new Page(rows, nextCursor);
  }

  /** The answer's text; a body that stalls is a failed attempt, sent again (fetchText). */
  private String send(String body, String where) {
    boolean refreshed = false;
    while (true) {
      HttpRequest request = HttpRequest.newBuilder(graphqlUri)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + tokens.current().reveal())
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .build();
      try {
        return http.fetchText(request);
      } catch (HttpFailureException e) {
        if (e.status().orElse(-1) != 401) {
          throw new ConnectorException(
              "Reading " + where + " of stream '" + stream + "' from OS2mo failed: " + e.getMessage(), e);
        }
        if (refreshed) {
          throw new ConnectorException(
              "OS2mo at " + graphqlUri + " refused a fresh access token from " + tokens.tokenUri() + " (401) on "
                  + where + ": check that the Keycloak client has OS2mo's read role and that auth_url belongs to"
                  + " this OS2mo", e);
        }
        // The token expired or was revoked before its time: fetch a new one and try once more.
        tokens.invalidate();
        refreshed = true;
      }
    }
  }

  private static Row row(JsonNode validity, String position) {
    List<String> problems = new ArrayList<>();
    String uuid = text(validity.path("uuid"));
    if (uuid == null) {
      problems.add("no uuid");
    }
    String name = text(validity.path("name"));
    if (name == null) {
      problems.add("no name");
    }
    JsonNode parentNode = validity.path("parent");
    String parent = null;
    if (!parentNode.isNull() && !parentNode.isMissingNode()) {
      parent = text(parentNode.path("uuid"));
      if (parent == null) {
        problems.add("a parent without a uuid");
      }
    }
    String unitType = text(validity.path("unit_type").path("name"));
    LocalDate from = null;
    LocalDate to = null;
    JsonNode fromNode = validity.path("validity").path("from");
    JsonNode toNode = validity.path("validity").path("to");
    try {
      from = date(fromNode);
      if (from == null) {
        problems.add("no validity.from");
      }
      LocalDate lastDay = date(toNode);
      if (lastDay != null) {
        to = lastDay.plusDays(1);
        if (from != null && !to.isAfter(from)) {
          problems.add("validity.to (" + lastDay + ") is before validity.from (" + from + ")");
        }
      }
    } catch (DateTimeParseException e) {
      problems.add("a validity date that is not an ISO date (" + clip(e.getParsedString()) + ")");
    }
    if (!problems.isEmpty()) {
      return new Bad(position, "the validity has " + String.join(", ", problems), validity.toString());
    }
    return new Good(new UnitValidity(uuid, name, Optional.ofNullable(parent), Optional.ofNullable(unitType), from,
        Optional.ofNullable(to)));
  }

  private static String text(JsonNode node) {
    return node.isString() && !node.stringValue().isBlank() ? node.stringValue().strip() : null;
  }

  private static LocalDate date(JsonNode node) {
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isString()) {
      throw new DateTimeParseException("not a string", node.toString(), 0);
    }
    String value = node.stringValue().strip();
    return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
  }

  private static String errorMessages(JsonNode errors) {
    List<String> messages = new ArrayList<>();
    for (int i = 0; i < errors.size() && i < SHOWN_ERRORS; i++) {
      JsonNode message = errors.get(i).path("message");
      messages.add(clip(message.isString() ? message.stringValue() : errors.get(i).toString()));
    }
    String more = errors.size() > SHOWN_ERRORS ? " (and " + (errors.size() - SHOWN_ERRORS) + " more)" : "";
    return String.join("; ", messages) + more;
  }

  private static String clip(String text) {
    return AnswerText.quote(text == null ? "" : text, SHOWN_LENGTH);
  }

}
