package dk.datainformed.connector.os2mo.internal;

import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.http.HttpFailureException;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.api.http.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens from Keycloak by the OAuth2 client credentials grant (RFC 6749 §4.4), as OS2mo's
 * integrations get them: a form-encoded POST of {@code grant_type=client_credentials}, {@code client_id}
 * and {@code client_secret} to the realm's {@code protocol/openid-connect/token} endpoint, answered by
 * {@code access_token} and {@code expires_in} (seconds).
 *
 * <p>A token is reused until shortly before it expires (a margin of 30 seconds, or half its lifetime
 * when that is shorter) and fetched again when OS2mo refuses it ({@link #invalidate()}). The token and
 * the client secret are held as {@link Secret}s: they are never in a message or a log line.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class KeycloakTokens {

  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final ResilientHttpClient http;
  private final URI tokenUri;
  private final String clientId;
  private final Secret clientSecret;
  private final Clock clock;
  private final JsonMapper json;
  private Secret token;
  private Instant refreshAt = Instant.MIN;

  /**
   * Creates the token source; nothing is fetched until a token is asked for.
   *
   * @param http the client to send with
   * @param tokenUri the realm's token endpoint
   * @param clientId the client's id, not secret
   * @param clientSecret the client's secret
   * @param clock the clock that decides when a token is due for renewal
   * @param json the JSON reader
   */
  public KeycloakTokens(
      ResilientHttpClient http, URI tokenUri, String clientId, Secret clientSecret, Clock clock, JsonMapper json) {
    this.http = Objects.requireNonNull(http, "http");
    this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.json = Objects.requireNonNull(json, "json");
  }

  /**
   * A token that is not about to expire, fetched if needed.
   *
   * @return the bearer token
   * @throws ConnectorException when Keycloak cannot be reached or refuses the client
   */
  public synchronized Secret current() {
    if (token == null || !clock.instant().isBefore(refreshAt)) {
      fetch();
    }
    return token;
  }

  /** Forgets the token, so that the next {@link #current()} fetches a new one (after OS2mo refused it). */
  public synchronized void invalidate() {
    token = null;
  }

  /**
   * The token endpoint, for messages.
   *
   * @return the URI
   */
  public URI tokenUri() {
    return tokenUri;
  }

  private void fetch() {
    String form = "grant_type=client_credentials&client_id=" + encode(clientId)
        + "&client_secret=" + encode(clientSecret.reveal());
    HttpRequest request = HttpRequest.newBuilder(tokenUri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    Instant asked = clock.instant();
    String response;
    try {
      // fetchText: a token answer whose body stalls is a failed attempt, sent again.
      response = http.fetchText(request);
    } catch (HttpFailureException e) {
      int status = e.status().orElse(-1);
      if (status == 400 || status == 401) {
        throw new ConnectorException(
            "Keycloak at " + tokenUri + " refused the client credentials of client '" + clientId + "' (" + status
                + keycloakError(e.body()) + "): check client_id and client_secret, and that the client may use"
                + " the client credentials grant", e);
      }
      throw new ConnectorException(
          "Could not get an access token from Keycloak at " + tokenUri + ": " + e.getMessage()
              + ". Check auth_url (or token_url) and that Keycloak is up", e);
    }
    JsonNode answer;
    try {
      answer = json.readTree(response);
    } catch (JacksonException e) {
      // The body is not shown: a half-read token answer may hold a token.
      throw new ConnectorException(
          "Keycloak at " + tokenUri + " answered the token request with something that is not JSON ("
              + response.length() + " characters); check auth_url (or token_url)");
    }
    JsonNode accessToken = answer.path("access_token");
    if (!accessToken.isString() || accessToken.stringValue().isBlank()) {
      throw new ConnectorException(
          "Keycloak at " + tokenUri + " answered the token request without an access_token (fields: "
              + answer.propertyNames() + "); check auth_url (or token_url)");
    }
    JsonNode expiresIn = answer.path("expires_in");
    long seconds = expiresIn.canConvertToLong() ? expiresIn.longValue() : 60;
    Duration lifetime = Duration.ofSeconds(Math.max(0, seconds));
    Duration margin = lifetime.dividedBy(2).compareTo(MARGIN) < 0 ? lifetime.dividedBy(2) : MARGIN;
    token = Secret.of(accessToken.stringValue());
    refreshAt = asked.plus(lifetime).minus(margin);
  }

  private String keycloakError(String body) {
    try {
      JsonNode error = json.readTree(body).path("error");
      return error.isString() ? ", " + error.stringValue() : "";
    } catch (JacksonException notJson) {
      return "";
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "KeycloakTokens[" + tokenUri + ", client " + clientId + "]";
  }
}
