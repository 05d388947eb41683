package dk.datainformed.connector.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterHeaderTest {

  private static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfterHeader.parse("120", NOW)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfterHeader.parse(" 0 ", NOW)).contains(Duration.ZERO);
  }

  @Test
  void readsAnHttpDate() {
    // The example of RFC 9110, section 10.2.3.
    assertThat(RetryAfterHeader.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ofSeconds(60));
  }

  @Test
  void aDateInThePastMeansNoWait() {
    assertThat(RetryAfterHeader.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void ignoresWhatItCannotRead() {
    assertThat(RetryAfterHeader.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfterHeader.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfterHeader.parse("", NOW)).isEmpty();
    assertThat(RetryAfterHeader.parse(null, NOW)).isEmpty();
    assertThat(RetryAfterHeader.parse("99999999999999999999999", NOW)).isEmpty();
  }
}
