package dk.datainformed.connector.api.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * When and how long to wait before a failed HTTP request is tried again.
 *
 * <p>The wait before retry {@code n} (counting from 1) is drawn uniformly from
 * {@code [0, min(maxBackoff, initialBackoff × multiplier^(n−1))]} ("full jitter"), so that many
 * clients that failed together do not retry together. When the server sends {@code Retry-After}, that
 * wait is used instead, as long as it is at most {@link #maxRetryAfter()}; a longer demand ends the
 * request with an error that says so, rather than blocking a batch job for hours.
 *
 * <p>By default the statuses 429, 502, 503 and 504 and I/O failures (timeouts, refused or dropped
 * connections, truncated bodies) are retried, five attempts in all.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxAttempts(8)
 *     .initialBackoff(Duration.ofSeconds(1))
 *     .build();
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RetryPolicy {

  private static final Set<Integer> DEFAULT_STATUSES = Set.of(429, 502, 503, 504);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;
  private final boolean retryOnIoFailure;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.multiplier = builder.multiplier;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(builder.retryableStatuses);
    this.retryOnIoFailure = builder.retryOnIoFailure;
  }

  /**
   * The default policy: 5 attempts, backoff from 500 ms doubling up to 30 s, {@code Retry-After}
   * honoured up to 2 minutes, statuses 429, 502, 503 and 504 and I/O failures retried.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * A policy that never retries: one attempt.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How many attempts in all, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The longest {@code Retry-After} the client will wait for.
   *
   * @return the maximum wait a server may ask for
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Whether a response with this status is tried again.
   *
   * @param status the HTTP status code
   * @return true for a retryable status
   */
  public boolean retries(int status) {
    return retryableStatuses.contains(status);
  }

  /**
   * Whether an I/O failure (a timeout, a refused or dropped connection, a truncated body) is tried
   * again.
   *
   * @return true if I/O failures are retried
   */
  public boolean retriesIoFailures() {
    return retryOnIoFailure;
  }

  /**
   * The upper bound of the jittered wait before retry number {@code retry}.
   *
   * @param retry the retry's number, 1 for the first retry
   * @return {@code min(maxBackoff, initialBackoff × multiplier^(retry−1))}
   */
  public Duration backoffCeiling(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry (" + retry + ") must be at least 1");
    }
    double millis = initialBackoff.toMillis() * Math.pow(multiplier, retry - 1.0);
    return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
  }

  /**
   * The wait before retry number {@code retry}, with full jitter.
   *
   * @param retry the retry's number, 1 for the first retry
   * @param uniform a draw from the uniform distribution on [0, 1)
   * @return a wait between zero and {@link #backoffCeiling(int)}
   */
  public Duration backoff(int retry, double uniform) {
    if (!(uniform >= 0.0 && uniform < 1.0)) {
      throw new IllegalArgumentException("uniform (" + uniform + ") must be in [0, 1)");
    }
    return Duration.ofMillis((long) (backoffCeiling(retry).toMillis() * uniform));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", multiplier="
        + multiplier
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", statuses="
        + new TreeSet<>(retryableStatuses)
        + ", ioFailures="
        + retryOnIoFailure
        + "]";
  }

  /** Builds a {@link RetryPolicy}; starts from the defaults. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double multiplier = 2.0;
    private Duration maxRetryAfter = Duration.ofMinutes(2);
    private Set<Integer> retryableStatuses = DEFAULT_STATUSES;
    private boolean retryOnIoFailure = true;

    private Builder() {}

    /**
     * How many attempts in all, the first included.
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("max attempts (" + attempts + ") must be at least 1");
      }
      this.maxAttempts = attempts;
      return this;
    }

    /**
     * The ceiling of the first retry's wait.
     *
     * @param backoff not negative
     * @return this builder
     */
    public Builder initialBackoff(Duration backoff) {
      this.initialBackoff = notNegative("initial backoff", backoff);
      return this;
    }

    /**
     * The largest ceiling of any retry's wait.
     *
     * @param backoff not negative
     * @return this builder
     */
    public Builder maxBackoff(Duration backoff) {
      this.maxBackoff = notNegative("max backoff", backoff);
      return this;
    }

    /**
     * How much the ceiling grows from one retry to the next.
     *
     * @param factor at least 1
     * @return this builder
     */
    public Builder multiplier(double factor) {
      if (!(factor >= 1.0) || Double.isInfinite(factor)) {
        throw new IllegalArgumentException("multiplier (" + factor + ") must be a finite number of at least 1");
      }
      this.multiplier = factor;
      return this;
    }

    /**
     * The longest {@code Retry-After} to honour; a longer demand fails the request.
     *
     * @param wait not negative
     * @return this builder
     */
    public Builder maxRetryAfter(Duration wait) {
      this.maxRetryAfter = notNegative("max Retry-After", wait);
      return this;
    }

    /**
     * The HTTP statuses to retry, replacing the default 429, 502, 503 and 504.
     *
     * @param statuses status codes between 100 and 599
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      for (Integer status : statuses) {
        if (status == null || status < 100 || status > 599) {
          throw new IllegalArgumentException("status (" + status + ") must be between 100 and 599");
        }
      }
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Whether I/O failures are retried. Turn it off for requests that must not be repeated.
     *
     * @param retry true to retry I/O failures
     * @return this builder
     */
    public Builder retryOnIoFailure(boolean retry) {
      this.retryOnIoFailure = retry;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the immutable policy
     * @throws IllegalArgumentException if the initial backoff exceeds the max backoff
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException(
            "initial backoff (" + initialBackoff + ") must not exceed max backoff (" + maxBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration notNegative(String what, Duration value) {
      Objects.requireNonNull(value, what);
      if (value.isNegative()) {
        throw new IllegalArgumentException(what + " (" + value + ") must not be negative");
      }
      return value;
    }
  }
}
