package dk.datainformed.connector.api.http;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.internal.RetryAfterHeader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's {@link HttpClient} with what a connector to a public API needs around it: timeouts,
 * retries with exponential backoff and jitter that honour {@code Retry-After}, a rate limit, and
 * secret headers that never reach a log or a message.
 *
 * <p>{@link #send} returns only successful (2xx) responses. A status that the {@link RetryPolicy}
 * retries (by default 429, 502, 503, 504) and I/O failures (timeouts, dropped connections) are tried
 * again; any other status, or the last failed attempt, ends in an {@link HttpFailureException} with
 * the status and the start of the error body. Log lines and messages show the method and the URL
 * without its query string, never headers.
 *
 * <pre>{@code
 * ResilientHttpClient http = ResilientHttpClient.builder()
 *     .requestTimeout(Duration.ofSeconds(30))
 *     .rateLimit(RateLimit.of(5, Duration.ofSeconds(1)))
 *     .secretHeader("Authorization", Secret.fromEnvironment("JOBINDSATS_API_KEY"))
 *     .build();
 * HttpResponse<String> response = http.send(
 *     HttpRequest.newBuilder(URI.create("https://api.jobindsats.dk/v2/tables")).build(),
 *     HttpResponse.BodyHandlers.ofString());
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ResilientHttpClient {

  /** How many bytes of an error body are kept for the exception (read for at most the body idle timeout). */
  public static final int ERROR_BODY_LIMIT = 2_000;

  /** How much of an error answer's body a message quotes. */
  private static final int SHOWN_BODY = 300;

  private static final Logger LOG = LoggerFactory.getLogger(ResilientHttpClient.class);

  private final HttpClient httpClient;
  private final Duration requestTimeout;
  private final Duration bodyIdleTimeout;
  private final RetryPolicy retryPolicy;
  private final RateLimit rateLimit;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;
  private final Clock clock;
  private final Map<String, Secret> secretHeaders;
  private final Map<String, String> headers;

  private ResilientHttpClient(Builder builder) {
    this.httpClient =
        builder.httpClient != null
            ? builder.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    this.requestTimeout = builder.requestTimeout;
    this.bodyIdleTimeout = builder.bodyIdleTimeout != null ? builder.bodyIdleTimeout : builder.requestTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.rateLimit = builder.rateLimit;
    this.sleeper = builder.sleeper;
    this.jitter = builder.jitter;
    this.clock = builder.clock;
    this.secretHeaders = Map.copyOf(builder.secretHeaders);
    this.headers = Map.copyOf(builder.headers);
  }

  /**
   * A builder with the defaults: 10 s to connect, 60 s per request, {@link RetryPolicy#defaults()},
   * no rate limit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Sends a request, retrying as the policy allows, and returns the successful response.
   *
   * <p>The request gets the client's headers and secret headers, and the client's request timeout
   * unless it has its own.
   *
   * @param request the request; it is sent again unchanged on each retry
   * @param handler how to read a successful response's body
   * @param <T> the body's type
   * @return the response, with a 2xx status
   * @throws HttpFailureException when the source answers with a status that is not retried, or when
   *     every attempt failed; the message says what happened and what to try
   * @throws ConnectorException when the thread is interrupted while waiting
   */
  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    return exchange(request, handler, response -> response);
  }

  /**
   * Sends a request and reads its whole body as UTF-8 text, retrying as the policy allows; a body
   * that stalls for longer than the {@linkplain Builder#bodyIdleTimeout body idle timeout} or
   * breaks off counts as a failed attempt, like a dropped connection, and the request is sent again.
   *
   * <p>Use this rather than {@code send(request, BodyHandlers.ofString())}, whose body may wait for
   * ever once the headers have arrived.
   *
   * @param request the request; it is sent again unchanged on each retry
   * @return the body of the successful response
   * @throws HttpFailureException as {@link #send}, also when every attempt's body stalled or broke off
   * @throws ConnectorException when the thread is interrupted while waiting
   */
  public String fetchText(HttpRequest request) {
    return exchange(request, idleTimedStream(), response -> {
      try (InputStream body = response.body()) {
        return new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
    });
  }

  /**
   * A body handler that streams the body and fails a read with an {@link
   * java.net.http.HttpTimeoutException} when no data arrives for the {@linkplain
   * Builder#bodyIdleTimeout body idle timeout}, where the JDK's own {@code ofInputStream} waits for
   * ever. It asks the connection for one chunk at a time, so memory stays at a chunk or two.
   *
   * <p>A read that fails is the caller's to retry: send the request again and skip what was read.
   *
   * @return the handler; each response gets its own stream, which the caller closes
   */
  public BodyHandler<InputStream> idleTimedStream() {
    return info -> new IdleTimedBody(bodyIdleTimeout);
  }

  /** Reads a successful response into the caller's result; an I/O failure there is a failed attempt. */
  @FunctionalInterface
  private interface Reading<T, R> {
    R read(HttpResponse<T> response) throws IOException;
  }

  private <T, R> R exchange(HttpRequest request, BodyHandler<T> handler, Reading<T, R> reading) {
    HttpRequest prepared = prepare(Objects.requireNonNull(request, "request"));
    String shown = describe(prepared);
    int attempt = 0;
    while (true) {
      attempt++;
      boolean last = attempt >= retryPolicy.maxAttempts();
      ErrorBody errorBody = new ErrorBody(bodyIdleTimeout);
      HttpResponse<T> response;
      R result;
      try {
        rateLimit.acquire(sleeper);
        LOG.debug("{} attempt {} of {}", shown, attempt, retryPolicy.maxAttempts());
        response =
            httpClient.send(
                prepared, info -> isSuccess(info.statusCode()) ? handler.apply(info) : errorBody.subscriber());
        result = isSuccess(response.statusCode()) ? reading.read(response) : null;
      } catch (IOException e) {
        if (last || !retryPolicy.retriesIoFailures()) {
          throw new HttpFailureException(
              shown + " failed after " + attempt + plural(attempt) + ": " + describe(e)
                  + ". Check the address and the network, or allow more attempts in the RetryPolicy",
              -1, "", attempt, e);
        }
        Duration wait = retryPolicy.backoff(attempt, jitter.getAsDouble());
        LOG.warn("{} failed ({}); retry {} of {} in {} ms", shown, describe(e), attempt,
            retryPolicy.maxAttempts() - 1, wait.toMillis());
        pause(wait);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectorException(shown + " was interrupted", e);
      }

      int status = response.statusCode();
      if (isSuccess(status)) {
        return result;
      }
      String body = scrub(errorBody.read());
      if (!retryPolicy.retries(status)) {
        throw new HttpFailureException(
            shown + " answered " + status + explain(status) + bodyHint(body), status, body, attempt, null);
      }
      if (last) {
        throw new HttpFailureException(
            shown + " answered " + status + " on all " + attempt + " attempts" + bodyHint(body)
                + ". The source may be overloaded: try later, or allow more attempts in the RetryPolicy",
            status, body, attempt, null);
      }
      Optional<Duration> asked =
          response.headers().firstValue("Retry-After").flatMap(v -> RetryAfterHeader.parse(v, clock.instant()));
      if (asked.isPresent() && asked.get().compareTo(retryPolicy.maxRetryAfter()) > 0) {
        throw new HttpFailureException(
            shown + " answered " + status + " and asked to wait " + asked.get().toSeconds()
                + " s (Retry-After), more than the RetryPolicy's maximum of "
                + retryPolicy.maxRetryAfter().toSeconds() + " s. Try again later",
            status, body, attempt, null);
      }
      int retry = attempt;
      Duration wait = asked.orElseGet(() -> retryPolicy.backoff(retry, jitter.getAsDouble()));
      LOG.warn("{} answered {}; retry {} of {} in {} ms{}", shown, status, attempt,
          retryPolicy.maxAttempts() - 1, wait.toMillis(), asked.isPresent() ? " (Retry-After)" : "");
      pause(wait);
    }
  }

  /** The body with every secret header's value replaced, for servers that echo the credentials. */
  private String scrub(String body) {
    String clean = body;
    for (Secret secret : secretHeaders.values()) {
      clean = clean.replace(secret.reveal(), Secret.SHOWN);
    }
    return clean;
  }

  /**
   * Whether a text can be sent as an HTTP header value: no control character (NUL, a line break)
   * other than a tab, and nothing outside Latin-1, which the JDK's client refuses.
   *
   * @param value the value
   * @return true when the JDK's client sends it as it is
   */
  public static boolean isValidHeaderValue(String value) {
    return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7F && c <= 0xFF));
  }

  private HttpRequest prepare(HttpRequest request) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
    headers.forEach(builder::setHeader);
    secretHeaders.forEach((name, secret) -> builder.setHeader(name, secret.reveal()));
    if (request.timeout().isEmpty()) {
      builder.timeout(requestTimeout);
    }
    return builder.build();
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("Interrupted while waiting to retry", e);
    }
  }

  /**
   * How a request is shown in logs and messages: the method and the URL without its query string,
   * which may hold keys.
   *
   * @param request the request
   * @return for example {@code "GET https://api.statbank.dk/v1/data?…"}
   */
  public static String describe(HttpRequest request) {
    URI uri = request.uri();
    String base = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    return request.method() + " " + base + (uri.getRawQuery() == null ? "" : "?…");
  }

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
  }

  private static String plural(int attempts) {
    return attempts == 1 ? " attempt" : " attempts";
  }

  private static String explain(int status) {
    switch (status) {
      case 400:
        return " (bad request: check the query's parameters)";
      case 401:
        return " (unauthorised: the credentials are missing, wrong or expired)";
      case 403:
        return " (forbidden: the credentials do not give access to this resource)";
      case 404:
        return " (not found: check the address and the resource's id)";
      default:
        return "";
    }
  }

  private static String bodyHint(String body) {
    return body.isBlank() ? "" : ": " + AnswerText.quote(body, SHOWN_BODY);
  }

  /**
   * Keeps the start of an error response's body: at most {@value #ERROR_BODY_LIMIT} bytes, read
   * for at most the body idle timeout in all, so that an error answer that stalls or drips its body
   * cannot hold a read; what arrived by then is kept, the rest is dropped with the connection.
   */
  private static final class ErrorBody {
    private final Duration idle;
    private volatile IdleTimedBody stream;

    ErrorBody(Duration idle) {
      this.idle = idle;
    }

    <T> HttpResponse.BodySubscriber<T> subscriber() {
      IdleTimedBody body = new IdleTimedBody(idle);
      stream = body;
      return BodySubscribers.mapping(body, in -> null);
    }

    String read() {
      IdleTimedBody body = stream;
      if (body == null) {
        return "";
      }
      byte[] kept = new byte[ERROR_BODY_LIMIT];
      int length = 0;
      long deadline = System.nanoTime() + idle.toNanos();
      try (body) {
        while (length < kept.length && System.nanoTime() < deadline) {
          int n = body.read(kept, length, kept.length - length);
          if (n < 0) {
            break;
          }
          length += n;
        }
      } catch (IOException stalledOrBroken) {
        // The status already says what went wrong; the body is only a hint, so keep what arrived.
        LOG.debug("an error answer's body stopped after {} bytes: {}", length, describe(stalledOrBroken));
      }
      return new String(kept, 0, length, StandardCharsets.UTF_8);
    }
  }


  /** Builds a {@link ResilientHttpClient}. */
  public static final class Builder {
    private HttpClient httpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private Duration bodyIdleTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit = RateLimit.none();
    private Sleeper sleeper = Sleeper.system();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private Clock clock = Clock.systemUTC();
    private final Map<String, Secret> secretHeaders = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {
      headers.put("User-Agent", "datainformed (+https://github.com/datainformed/datainformed)");
    }

    /**
     * Uses this JDK client instead of building one (its own connect timeout and redirect policy
     * apply; {@link #connectTimeout} is then ignored).
     *
     * @param client the client
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * How long to wait for a connection.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connect timeout", timeout);
      return this;
    }

    /**
     * How long one attempt may take until the response headers arrive, for requests without a
     * timeout of their own.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive("request timeout", timeout);
      return this;
    }

    /**
     * How long a body read by {@link ResilientHttpClient#fetchText} or {@link
     * ResilientHttpClient#idleTimedStream} may go without data before the attempt counts as broken.
     * Without this, the request timeout.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder bodyIdleTimeout(Duration timeout) {
      this.bodyIdleTimeout = positive("body idle timeout", timeout);
      return this;
    }

    /**
     * When and how long to wait before retrying.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retry policy");
      return this;
    }

    /**
     * The rate limit shared by all requests of this client.
     *
     * @param limit the limit
     * @return this builder
     */
    public Builder rateLimit(RateLimit limit) {
      this.rateLimit = Objects.requireNonNull(limit, "rate limit");
      return this;
    }

    /**
     * A header sent with every request whose value is a secret (an API key, a bearer token).
     *
     * @param name the header's name, e.g. {@code Authorization}
     * @param value the secret
     * @return this builder
     * @throws IllegalArgumentException when the secret is not a valid header value (see {@link
     *     ResilientHttpClient#isValidHeaderValue}); the message never shows it
     */
    public Builder secretHeader(String name, Secret value) {
      String header = headerName(name);
      if (!isValidHeaderValue(Objects.requireNonNull(value, "secret").reveal())) {
        throw new IllegalArgumentException("the secret for header '" + header + "' holds a control character"
            + " (such as NUL or a line break) or a character outside Latin-1, which an HTTP header cannot carry;"
            + " check that it was copied whole");
      }
      secretHeaders.put(header, value);
      return this;
    }

    /**
     * A header sent with every request, such as {@code Accept}. Use {@link #secretHeader} for
     * anything secret.
     *
     * @param name the header's name
     * @param value its value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(headerName(name), Objects.requireNonNull(value, "header value"));
      return this;
    }

    /**
     * How the client waits between attempts; tests pass one that records instead of sleeping.
     *
     * @param waiter the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper waiter) {
      this.sleeper = Objects.requireNonNull(waiter, "sleeper");
      return this;
    }

    /**
     * The source of jitter: draws from the uniform distribution on [0, 1).
     *
     * @param uniform the source
     * @return this builder
     */
    public Builder jitter(DoubleSupplier uniform) {
      this.jitter = Objects.requireNonNull(uniform, "jitter");
      return this;
    }

    /**
     * The clock used to read {@code Retry-After} dates.
     *
     * @param time the clock
     * @return this builder
     */
    public Builder clock(Clock time) {
      this.clock = Objects.requireNonNull(time, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client, safe to share between threads
     */
    public ResilientHttpClient build() {
      return new ResilientHttpClient(this);
    }

    private static String headerName(String name) {
      Objects.requireNonNull(name, "header name");
      if (name.isBlank() || !name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
        throw new IllegalArgumentException("header name '" + name + "' is not a valid HTTP token");
      }
      return name;
    }

    private static Duration positive(String what, Duration value) {
      Objects.requireNonNull(value, what);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(what + " (" + value + ") must be positive");
      }
      return value;
    }
  }
}
