package dk.datainformed.connector.api.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apiguardian.api.API;

/** Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class RetryAfterHeader {

  private static final int MAX_LENGTH = 64;

  private RetryAfterHeader() {}

  /**
   * The wait the header asks for.
   *
   * @param value the header's value
   * @param now the time the response arrived, for the HTTP-date form
   * @return the wait (zero for a date in the past), or empty when the value cannot be read
   */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null) {
      return Optional.empty();
    }
    String text = value.trim();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException | ArithmeticException tooLarge) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
