package dk.datainformed.connector.api.http;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Waits. The HTTP client waits through this, so that tests can record the waits instead of
 * sleeping.
 */
@FunctionalInterface
@API(status = API.Status.STABLE, since = "0.1")
public interface Sleeper {

  /**
   * The real thing: {@link Thread#sleep(long)}.
   *
   * @return a sleeper that blocks the calling thread
   */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }

  /**
   * Waits for the given time.
   *
   * @param duration how long, not negative
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
