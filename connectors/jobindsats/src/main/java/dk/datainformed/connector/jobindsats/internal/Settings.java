package dk.datainformed.connector.jobindsats.internal;

import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.http.RateLimit;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.api.http.RetryPolicy;
import dk.datainformed.connector.api.http.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The connector's configuration, read and checked.
 *
 * @param baseUrl the API's address, ending in {@code /}
 * @param apiKey the key sent in the {@code Authorization} header
 * @param tables the table ids, upper case, in the order given
 * @param periods which periods to read
 * @param areas the area labels to ask for; {@code *} for all
 * @param filters the {@code _<variable>} filters, by variable, with their labels
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long one request may take
 * @param maxAttempts attempts per request, the first included
 * @param initialBackoff the ceiling of the first retry's wait
 * @param requestsPerSecond the rate limit; 0 for none
 * @param periodsPerRequest how many periods one data request asks for
 * @param stopOnMalformed whether a row that cannot be read ends the read instead of being reported
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Settings(
    URI baseUrl,
    Secret apiKey,
    List<String> tables,
    PeriodSelection periods,
    List<String> areas,
    Map<String, List<String>> filters,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    int requestsPerSecond,
    int periodsPerRequest,
    boolean stopOnMalformed) {

  /** The connector's name. */
  public static final String CONNECTOR = "jobindsats";

  /** The public API's address. */
  public static final String DEFAULT_BASE_URL = "https://api.jobindsats.dk/v2/";

  private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_]{1,32}");

  /** The configuration keys. */
  public static final ConfigSpec SPEC =
      ConfigSpec.builder(CONNECTOR)
          .optional("base_url", ConfigType.URL, DEFAULT_BASE_URL,
              "The address of the Jobindsats API, version 2")
          .required("api_key", ConfigType.SECRET,
              "The API key from STAR (apply at jobindsats@star.dk), sent in the Authorization header;"
                  + " load it from the environment, e.g. JOBINDSATS_API_KEY")
          .required("table", ConfigType.TEXT,
              "The table id, e.g. Y01A02, or several separated by commas (Y01A02, Y07A02): one stream each")
          .optional("periods", ConfigType.TEXT, "all",
              "Which periods to read: 'all' the table offers, a list such as 2024M01, 2024M02, or the"
                  + " latest n of a kind: l(m:12) months, l(q:4) quarters, l(y:3) years")
          .optional("area", ConfigType.TEXT, "*",
              "The areas as Jobindsats names them, separated by '|', e.g. Randers|Hele landet; * for all")
          .optional("filters", ConfigType.TEXT,
              "Filters on the table's variables: variable=label|label, separated by ';', e.g."
                  + " _kon=Kvinder|Mænd; _aldera=Alder i alt")
          .optional("connect_timeout", ConfigType.DURATION, "10s", "How long to wait for a connection")
          .optional("request_timeout", ConfigType.DURATION, "60s", "How long one request may take")
          .optional("max_attempts", ConfigType.INTEGER, "5",
              "Attempts per request, the first included; 429, 502, 503, 504 and timeouts are retried")
          .optional("initial_backoff", ConfigType.DURATION, "500ms",
              "The longest wait before the first retry; it doubles on each retry, up to 30s")
          .optional("requests_per_second", ConfigType.INTEGER, "5",
              "At most this many requests a second; 0 for no limit")
          .optional("periods_per_request", ConfigType.INTEGER, "12",
              "How many periods one data request asks for; a checkpoint follows each period")
          .choice("on_malformed", List.of("report", "stop"), "report",
              "What a row that cannot be read does: 'report' it as a Malformed event and carry on, or"
                  + " 'stop' the read with an error")
          .build();

  /**
   * Creates the settings.
   *
   * @param baseUrl the API's address, ending in {@code /}
   * @param apiKey the key
   * @param tables the table ids
   * @param periods which periods to read
   * @param areas the area labels
   * @param filters the filters
   * @param connectTimeout the connect timeout
   * @param requestTimeout the request timeout
   * @param maxAttempts attempts per request
   * @param initialBackoff the first retry's wait ceiling
   * @param requestsPerSecond the rate limit, 0 for none
   * @param periodsPerRequest periods per data request
   * @param stopOnMalformed whether bad rows stop the read
   */
  public Settings {
    tables = List.copyOf(tables);
    areas = List.copyOf(areas);
    filters = Map.copyOf(filters);
  }

  /**
   * Reads a validated configuration.
   *
   * @param config the configuration
   * @return the settings
   * @throws InvalidConfigException when a value passes its type but not the connector's rules
   */
  public static Settings from(ConnectorConfig config) {
    List<String> problems = new ArrayList<>();
    String base = config.url("base_url").toString();
    URI baseUrl = URI.create(base.endsWith("/") ? base : base + "/");

    List<String> tables = tables(config.text("table"), problems);
    PeriodSelection periods = PeriodSelection.parse(config.text("periods"), problems);
    List<String> areas = areas(config.text("area"), problems);
    Map<String, List<String>> filters =
        config.optionalText("filters").map(text -> Filters.parse(text, problems)).orElse(Map.of());

    int maxAttempts = atLeast(config, "max_attempts", 1, problems);
    int perSecond = atLeast(config, "requests_per_second", 0, problems);
    int perRequest = atLeast(config, "periods_per_request", 1, problems);
    Duration connect = positive(config, "connect_timeout", problems);
    Duration request = positive(config, "request_timeout", problems);
    Duration backoff = config.duration("initial_backoff");
    if (backoff.compareTo(Duration.ofSeconds(30)) > 0) {
      problems.add("initial_backoff: " + backoff + " is longer than the longest wait between retries (30s)");
    }
    Secret apiKey = config.secret("api_key");
    if (!ResilientHttpClient.isValidHeaderValue(apiKey.reveal())) {
      problems.add("api_key: holds a control character (such as NUL or a line break) or a character outside"
          + " Latin-1, which the Authorization header cannot carry; check that the key was copied whole");
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(CONNECTOR, problems);
    }
    return new Settings(baseUrl, apiKey, tables, periods, areas, filters, connect, request,
        maxAttempts, backoff, perSecond, perRequest, config.text("on_malformed").equals("stop"));
  }

  /**
   * An HTTP client with these settings' timeouts, retries, rate limit and key.
   *
   * @return a builder, for tests to adjust (a recording sleeper) before building
   */
  public ResilientHttpClient.Builder httpClient() {
    return ResilientHttpClient.builder()
        .connectTimeout(connectTimeout)
        .requestTimeout(requestTimeout)
        .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).build())
        .rateLimit(requestsPerSecond == 0 ? RateLimit.none() : RateLimit.of(requestsPerSecond, Duration.ofSeconds(1)))
        .header("Accept", "application/json")
        .secretHeader("Authorization", apiKey);
  }

  private static List<String> tables(String text, List<String> problems) {
    Set<String> tables = new LinkedHashSet<>();
    for (String part : text.split(",", -1)) {
      String table = part.strip();
      if (!TABLE.matcher(table).matches()) {
        problems.add("table: '" + table + "' is not a table id such as Y01A02 (letters, digits and '_')");
      } else if (!tables.add(table.toUpperCase(Locale.ROOT))) {
        problems.add("table: " + table + " is listed twice");
      }
    }
    return List.copyOf(tables);
  }

  private static List<String> areas(String text, List<String> problems) {
    List<String> areas = new ArrayList<>();
    for (String part : text.split("\\|", -1)) {
      String area = part.strip();
      if (area.isEmpty()) {
        problems.add("area: '" + text + "' has an empty area between '|'; write e.g. Randers|Hele landet, or *");
      } else {
        areas.add(area);
      }
    }
    if (areas.size() > 1 && areas.contains("*")) {
      problems.add("area: '*' already means every area; leave out the others");
    }
    return areas;
  }

  private static int atLeast(ConnectorConfig config, String key, int minimum, List<String> problems) {
    long value = config.integer(key);
    if (value < minimum || value > 10_000) {
      problems.add(key + ": " + value + " must be between " + minimum + " and 10000");
      return minimum;
    }
    return (int) value;
  }

  private static Duration positive(ConnectorConfig config, String key, List<String> problems) {
    Duration value = config.duration(key);
    if (value.isZero()) {
      problems.add(key + ": must be longer than zero");
      return Duration.ofSeconds(1);
    }
    return value;
  }
}
