package dk.datainformed.connector.api.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConfigKey;
import dk.datainformed.connector.api.http.Secret;
import dk.datainformed.core.text.Suggestions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Reads configuration text as the type its key declares. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ConfigValues {

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private ConfigValues() {}

  /**
   * Reads a value.
   *
   * @param key the key, with its type
   * @param raw the text, stripped
   * @return the typed value, or empty when the text does not read as the type
   */
  public static Optional<Object> read(ConfigKey key, String raw) {
    switch (key.type()) {
      case TEXT:
        return Optional.of(raw);
      case INTEGER:
        try {
          return Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      case BOOLEAN:
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.equals("true") || lower.equals("false") ? Optional.of(Boolean.valueOf(lower)) : Optional.empty();
      case DURATION:
        return duration(raw).map(d -> d);
      case PATH:
        try {
          return Optional.of(Path.of(raw));
        } catch (InvalidPathException e) {
          return Optional.empty();
        }
      case URL:
        return url(raw).map(u -> u);
      case CHOICE:
        return key.choices().contains(raw) ? Optional.of(raw) : Optional.empty();
      case SECRET:
        return Optional.of(Secret.of(raw));
      default:
        throw new IllegalStateException("unknown config type " + key.type());
    }
  }

  /**
   * How a given value is shown in a message: quoted, or {@code (secret)} for secrets.
   *
   * @param key the key
   * @param raw the value given, possibly null when a default was used
   * @return the value as it may be shown
   */
  public static String shown(ConfigKey key, String raw) {
    if (key.secret()) {
      return "the secret value";
    }
    return raw == null ? "the default '" + key.defaultValue().orElse("") + "'" : "'" + AnswerText.quote(raw) + "'";
  }

  /**
   * A "did you mean" for an unknown key.
   *
   * @param given the unknown key
   * @param known the spec's keys
   * @return {@code " (did you mean 'x'?)"}, or an empty string
   */
  public static String suggestion(String given, Collection<String> known) {
    return Suggestions.didYouMean(given, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  private static Optional<Duration> duration(String raw) {
    Matcher m = SHORT_DURATION.matcher(raw.toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          return Optional.of(Duration.ofMillis(n));
        case "s":
          return Optional.of(Duration.ofSeconds(n));
        case "m":
          return Optional.of(Duration.ofMinutes(n));
        case "h":
          return Optional.of(Duration.ofHours(n));
        default:
          return Optional.of(Duration.ofDays(n));
      }
    }
    try {
      Duration d = Duration.parse(raw.toUpperCase(Locale.ROOT));
      return d.isNegative() ? Optional.empty() : Optional.of(d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<URI> url(String raw) {
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme();
      boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
