package dk.datainformed.connector.os2mo;

import dk.datainformed.connector.testkit.LocalHttpServer;
import dk.datainformed.connector.testkit.LocalHttpServer.Answer;
import dk.datainformed.connector.testkit.LocalHttpServer.Request;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server that plays Keycloak (the client credentials grant of realm {@code mo}) and OS2mo
 * ({@code POST /graphql/v20} with {@code org_units(limit, cursor)}), answering in the shapes of the real
 * services, with faults that a test queues for the next GraphQL requests.
 */
final class FakeOs2mo implements AutoCloseable {

  static final String CLIENT_ID = "datainformed-test";
  static final String CLIENT_SECRET = "hemmelig-klient-noegle-4711";
  static final String TOKEN_PATH = "/auth/realms/mo/protocol/openid-connect/token";

  /** Not a fault: the request is answered normally (to place a fault on a later request). */
  static final Answer NORMAL = Answer.of(200, "");

  private final LocalHttpServer server;
  private final JsonMapper json = JsonMapper.builder().build();
  private final List<String> units;
  private final Deque<Answer> faults = new ArrayDeque<>();
  private final Set<String> validTokens = new HashSet<>();
  private final List<String> issuedTokens = new ArrayList<>();
  private final List<String> graphqlAuthorizations = new ArrayList<>();
  private final List<Integer> limits = new ArrayList<>();
  private long expiresIn = 300;
  private int graphqlRequests;
  private int unauthorized;

  /**
   * Starts the server.
   *
   * @param units each unit as OS2mo's {@code {"validities": [...]}} object, in OS2mo's order
   */
  FakeOs2mo(List<String> units) throws IOException {
    this.units = List.copyOf(units);
    server = LocalHttpServer.start().handle(TOKEN_PATH, this::token).handle("/graphql/v20", this::graphql);
  }

  String url() {
    String root = server.uri("/").toString();
    return root.substring(0, root.length() - 1);
  }

  Map<String, String> settings() {
    Map<String, String> settings = new HashMap<>();
    settings.put("base_url", url());
    settings.put("auth_url", url());
    settings.put("client_id", CLIENT_ID);
    settings.put("client_secret", CLIENT_SECRET);
    settings.put("page_size", "3");
    settings.put("initial_backoff", "1ms");
    return settings;
  }

  synchronized FakeOs2mo then(Answer fault) {
    faults.addLast(fault);
    return this;
  }

  synchronized void expiresIn(long seconds) {
    expiresIn = seconds;
  }

  /** OS2mo stops accepting every token handed out so far, as after a Keycloak key rotation. */
  synchronized void revokeTokens() {
    validTokens.clear();
  }

  synchronized List<String> issuedTokens() {
    return List.copyOf(issuedTokens);
  }

  synchronized List<String> graphqlAuthorizations() {
    return List.copyOf(graphqlAuthorizations);
  }

  synchronized int graphqlRequests() {
    return graphqlRequests;
  }

  synchronized int unauthorized() {
    return unauthorized;
  }

  synchronized List<Integer> limits() {
    return List.copyOf(limits);
  }

  private Answer token(Request request) {
    Map<String, String> form = new HashMap<>();
    for (String pair : request.body().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    boolean formOk = request.header("Content-Type").filter("application/x-www-form-urlencoded"::equals).isPresent();
    if (!formOk || !"client_credentials".equals(form.get("grant_type"))) {
      return respond(400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Unsupported grant_type\"}");
    }
    if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      return respond(401,
          "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}");
    }
    String token;
    long lifetime;
    synchronized (this) {
      token = "eyJhbGciOiJSUzI1NiJ9.token-" + (issuedTokens.size() + 1) + ".c2lnbmF0dXJl";
      issuedTokens.add(token);
      validTokens.add(token);
      lifetime = expiresIn;
    }
    return respond(200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + lifetime
        + ",\"refresh_expires_in\":0,\"token_type\":\"Bearer\",\"not-before-policy\":0,\"scope\":\"email profile\"}");
  }

  private Answer graphql(Request request) {
    String authorization = request.header("Authorization").orElse(null);
    Answer fault;
    boolean authorized;
    synchronized (this) {
      graphqlRequests++;
      graphqlAuthorizations.add(authorization);
      authorized = authorization != null && authorization.startsWith("Bearer ")
          && validTokens.contains(authorization.substring("Bearer ".length()));
      fault = authorized ? faults.pollFirst() : null;
      if (!authorized) {
        unauthorized++;
      }
    }
    if (!authorized) {
      return respond(401, "{\"detail\":\"Not authenticated\"}");
    }
    if (fault != null && fault != NORMAL) {
      return fault;
    }
    JsonNode body = json.readTree(request.body());
    JsonNode variables = body.path("variables");
    int limit = variables.path("limit").asInt();
    synchronized (this) {
      limits.add(limit);
    }
    int offset = 0;
    if (variables.path("cursor").isString()) {
      String cursor = variables.path("cursor").stringValue();
      String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!decoded.startsWith("offset:")) {
        return respond(200, "{\"errors\":[{\"message\":\"Invalid cursor\",\"locations\":[{\"line\":2,\"column\":3}],"
            + "\"path\":[\"org_units\"]}],\"data\":null}");
      }
      offset = Integer.parseInt(decoded.substring("offset:".length()));
    }
    int end = Math.min(units.size(), offset + limit);
    String next = end < units.size()
        ? "\"" + Base64.getEncoder().encodeToString(("offset:" + end).getBytes(StandardCharsets.UTF_8)) + "\""
        : "null";
    return respond(200, "{\"data\":{\"org_units\":{\"objects\":[" + String.join(",", units.subList(offset, end))
        + "],\"page_info\":{\"next_cursor\":" + next + "}}}}");
  }

  static Answer status(int status, Map<String, String> headers, String body) {
    Answer answer = respond(status, body);
    for (Map.Entry<String, String> header : headers.entrySet()) {
      answer = answer.withHeader(header.getKey(), header.getValue());
    }
    return answer;
  }

  static Answer body(String body) {
    return respond(200, body);
  }

  static Answer slow(long millis) {
    return respond(503, "too late").after(Duration.ofMillis(millis));
  }

  /** Promises a longer body than it sends, then closes the connection. */
  static Answer truncated() {
    return Answer.truncated("{\"data\":{\"org_units\":{\"objects\":[{\"validities\":[", 500);
  }

  static Answer respond(int status, String body) {
    return Answer.of(status, Map.of("Content-Type", "application/json"), body);
  }

  @Override
  public void close() {
    server.close();
  }
}
