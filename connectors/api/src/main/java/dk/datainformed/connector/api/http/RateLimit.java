package dk.datainformed.connector.api.http;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;

/**
 * At most a given number of requests per period, spaced evenly.
 *
 * <p>Each request start is given a slot at least {@code period / permits} after the previous slot;
 * a caller that arrives early waits for its slot. Public APIs state their limits (or answer 429 when
 * they are exceeded); set the limit a little below the stated one. One {@code RateLimit} is shared by
 * all requests of one client and is safe to use from several threads.
 *
 * <pre>{@code
 * RateLimit limit = RateLimit.of(10, Duration.ofSeconds(1));   // 10 requests a second
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RateLimit {

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private long nextSlot;
  private boolean started;

  private RateLimit(long intervalNanos, LongSupplier nanoTime) {
    this.intervalNanos = intervalNanos;
    this.nanoTime = nanoTime;
  }

  /**
   * No limit: every request starts at once.
   *
   * @return a limit that never waits
   */
  public static RateLimit none() {
    return new RateLimit(0, System::nanoTime);
  }

  /**
   * At most {@code permits} request starts per {@code period}.
   *
   * @param permits at least 1
   * @param period positive
   * @return the limit
   */
  public static RateLimit of(int permits, Duration period) {
    return of(permits, period, System::nanoTime);
  }

  /**
   * As {@link #of(int, Duration)}, reading time from the given nanosecond clock (for tests).
   *
   * @param permits at least 1
   * @param period positive
   * @param nanoTime a monotonic clock in nanoseconds, like {@link System#nanoTime()}
   * @return the limit
   */
  public static RateLimit of(int permits, Duration period, LongSupplier nanoTime) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits (" + permits + ") must be at least 1");
    }
    Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("period (" + period + ") must be positive");
    }
    return new RateLimit(period.toNanos() / permits, Objects.requireNonNull(nanoTime, "nanoTime"));
  }

  /**
   * Reserves the next slot and says how long the caller must wait for it.
   *
   * @return the wait before the request may start; zero when it may start now
   */
  public synchronized Duration reserve() {
    if (intervalNanos == 0) {
      return Duration.ZERO;
    }
    long now = nanoTime.getAsLong();
    if (!started || now - nextSlot > 0) {
      started = true;
      nextSlot = now;
    }
    long wait = nextSlot - now;
    nextSlot += intervalNanos;
    return Duration.ofNanos(wait);
  }

  /**
   * Waits for the next slot.
   *
   * @param sleeper how to wait
   * @throws InterruptedException if interrupted while waiting
   */
  public void acquire(Sleeper sleeper) throws InterruptedException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  @Override
  public String toString() {
    return intervalNanos == 0 ? "RateLimit[none]" : "RateLimit[one request per " + Duration.ofNanos(intervalNanos) + "]";
  }
}
