package dk.datainformed.connector.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void spacesBackToBackRequestsEvenly() {
    AtomicLong now = new AtomicLong(1_000_000_000L);
    RateLimit limit = RateLimit.of(4, Duration.ofSeconds(1), now::get);

    assertThat(limit.reserve()).isEqualTo(Duration.ZERO);
    assertThat(limit.reserve()).isEqualTo(Duration.ofMillis(250));
    assertThat(limit.reserve()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void anIdleClientStartsAtOnceAgain() {
    AtomicLong now = new AtomicLong(0);
    RateLimit limit = RateLimit.of(1, Duration.ofSeconds(1), now::get);
    limit.reserve();
    now.addAndGet(Duration.ofSeconds(5).toNanos());

    assertThat(limit.reserve()).isEqualTo(Duration.ZERO);
  }

  @Property
  void theKthOfABurstWaitsKIntervals(@ForAll @IntRange(min = 1, max = 50) int burst) {
    AtomicLong now = new AtomicLong(42);
    RateLimit limit = RateLimit.of(10, Duration.ofSeconds(1), now::get);
    for (int k = 0; k < burst; k++) {
      assertThat(limit.reserve()).isEqualTo(Duration.ofMillis(100L * k));
    }
  }

  @Test
  void noneNeverWaits() {
    RateLimit limit = RateLimit.none();
    for (int i = 0; i < 100; i++) {
      assertThat(limit.reserve()).isZero();
    }
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> RateLimit.of(0, Duration.ofSeconds(1))).hasMessage("permits (0) must be at least 1");
    assertThatThrownBy(() -> RateLimit.of(1, Duration.ZERO)).hasMessage("period (PT0S) must be positive");
  }
}
