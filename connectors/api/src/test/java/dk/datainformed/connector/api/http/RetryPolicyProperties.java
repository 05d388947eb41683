package dk.datainformed.connector.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RetryPolicyProperties {

  @Test
  void defaultCeilingsDoubleFromHalfASecondUpToThirtySeconds() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxAttempts()).isEqualTo(5);
    assertThat(policy.backoffCeiling(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoffCeiling(2)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.backoffCeiling(3)).isEqualTo(Duration.ofMillis(2000));
    assertThat(policy.backoffCeiling(7)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.backoffCeiling(60)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void defaultRetriesTheOverloadStatusesOnly() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(Set.of(429, 502, 503, 504)).allMatch(policy::retries);
    assertThat(Set.of(200, 400, 401, 403, 404, 500)).noneMatch(policy::retries);
  }

  @Property
  void jitteredWaitLiesBetweenZeroAndTheCeiling(
      @ForAll @IntRange(min = 1, max = 40) int retry, @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double u) {
    RetryPolicy policy = RetryPolicy.defaults();
    Duration wait = policy.backoff(retry, u);
    assertThat(wait).isBetween(Duration.ZERO, policy.backoffCeiling(retry));
  }

  @Property
  void ceilingsNeverShrink(@ForAll @IntRange(min = 1, max = 80) int retry) {
    RetryPolicy policy = RetryPolicy.builder().multiplier(1.7).maxBackoff(Duration.ofMinutes(5)).build();
    assertThat(policy.backoffCeiling(retry + 1)).isGreaterThanOrEqualTo(policy.backoffCeiling(retry));
  }

  @Test
  void rejectsNonsenseWithTheValueAndTheRule() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .hasMessage("max attempts (0) must be at least 1");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1)))
        .hasMessage("initial backoff (PT-1S) must not be negative");
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMinutes(2)).build())
        .hasMessageContaining("must not exceed max backoff");
    assertThatThrownBy(() -> RetryPolicy.builder().retryableStatuses(Set.of(700)))
        .hasMessage("status (700) must be between 100 and 599");
  }
}
