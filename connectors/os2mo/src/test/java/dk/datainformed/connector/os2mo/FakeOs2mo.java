package dk.datainformed.connector.os2mo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  /** One fault, applied to one GraphQL request instead of the normal answer. */
  interface Fault {
    void answer(HttpExchange exchange) throws IOException;
  }

  /** Not a fault: the request is answered normally (to place a fault on a later request). */
  static final Fault NORMAL = exchange -> {};

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final JsonMapper json = JsonMapper.builder().build();
  private final List<String> units;
  private final Deque<Fault> faults = new ArrayDeque<>();
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
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(TOKEN_PATH, exchange -> {
      try (exchange) {
        token(exchange);
      }
    });
    server.createContext("/graphql/v20", exchange -> {
      try (exchange) {
        graphql(exchange);
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
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

  synchronized FakeOs2mo then(Fault fault) {
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

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = new HashMap<>();
    for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    boolean formOk = "application/x-www-form-urlencoded".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
    if (!formOk || !"client_credentials".equals(form.get("grant_type"))) {
      respond(exchange, 400, "{\"error\":\"unsupported_grant_type\",\"error_description\":\"Unsupported grant_type\"}");
      return;
    }
    if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
      respond(exchange, 401,
          "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}");
      return;
    }
    String token;
    long lifetime;
    synchronized (this) {
      token = "eyJhbGciOiJSUzI1NiJ9.token-" + (issuedTokens.size() + 1) + ".c2lnbmF0dXJl";
      issuedTokens.add(token);
      validTokens.add(token);
      lifetime = expiresIn;
    }
    respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + lifetime
        + ",\"refresh_expires_in\":0,\"token_type\":\"Bearer\",\"not-before-policy\":0,\"scope\":\"email profile\"}");
  }

  private void graphql(HttpExchange exchange) throws IOException {
    byte[] request = exchange.getRequestBody().readAllBytes();
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    Fault fault;
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
      respond(exchange, 401, "{\"detail\":\"Not authenticated\"}");
      return;
    }
    if (fault != null && fault != NORMAL) {
      fault.answer(exchange);
      return;
    }
    JsonNode body = json.readTree(request);
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
        respond(exchange, 200, "{\"errors\":[{\"message\":\"Invalid cursor\",\"locations\":[{\"line\":2,\"column\":3}],"
            + "\"path\":[\"org_units\"]}],\"data\":null}");
        return;
      }
      offset = Integer.parseInt(decoded.substring("offset:".length()));
    }
    int end = Math.min(units.size(), offset + limit);
    String next = end < units.size()
        ? "\"" + Base64.getEncoder().encodeToString(("offset:" + end).getBytes(StandardCharsets.UTF_8)) + "\""
        : "null";
    respond(exchange, 200, "{\"data\":{\"org_units\":{\"objects\":[" + String.join(",", units.subList(offset, end))
        + "],\"page_info\":{\"next_cursor\":" + next + "}}}}");
  }

  static Fault status(int status, Map<String, String> headers, String body) {
    return exchange -> {
      headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      respond(exchange, status, body);
    };
  }

  static Fault body(String body) {
    return exchange -> respond(exchange, 200, body);
  }

  static Fault slow(long millis) {
    return exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, 503, "too late");
    };
  }

  /** Promises a longer body than it sends, then closes the connection. */
  static Fault truncated() {
    return exchange -> {
      byte[] bytes = "{\"data\":{\"org_units\":{\"objects\":[{\"validities\":[".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length + 500L);
      OutputStream out = exchange.getResponseBody();
      out.write(bytes);
      out.flush();
    };
  }

  static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
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
