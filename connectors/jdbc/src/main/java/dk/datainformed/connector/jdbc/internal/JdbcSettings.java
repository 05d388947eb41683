package dk.datainformed.connector.jdbc.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConfigSpec;
import dk.datainformed.connector.api.ConfigType;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.http.Secret;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** The jdbc connector's configuration, read and checked once when the connector is opened. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JdbcSettings {

  /** The connector's name. */
  public static final String CONNECTOR = "jdbc";

  /** The stream's name when {@code query} is given and {@code stream} is not. */
  static final String QUERY_STREAM = "query";

  /** Default of {@code max_rows}: ten million rows in one read. */
  static final long DEFAULT_MAX_ROWS = 10_000_000L;

  /** An unquoted SQL identifier: a letter or {@code _}, then letters, digits, {@code _} or {@code $}. */
  private static final String PLAIN = "[\\p{L}_][\\p{L}\\p{N}_$]*";

  /** An identifier in double quotes, without a double quote inside. */
  private static final String QUOTED = "\"[^\"\\u0000-\\u001f]+\"";

  /** A table name: one to three identifiers separated by dots (catalog, schema, table). */
  private static final Pattern TABLE =
      Pattern.compile("(?:" + PLAIN + "|" + QUOTED + ")(?:\\.(?:" + PLAIN + "|" + QUOTED + ")){0,2}");

  /** One part of a table name. */
  private static final Pattern PART = Pattern.compile(PLAIN + "|" + QUOTED);

  /** A column name as the result set labels it. */
  private static final Pattern COLUMN = Pattern.compile(PLAIN);

  /** A query starts with SELECT or WITH, after blanks and SQL comments. */
  private static final Pattern QUERY_START =
      Pattern.compile("(?is)(?:\\s|--[^\\n]*\\n|/\\*.*?\\*/)*(select|with)\\b.*");

  /** A password written into the URL: {@code password=}, {@code pwd=} or {@code user:password@}. */
  private static final Pattern PASSWORD_IN_URL =
      Pattern.compile("(?i)([?&;:]\\s*(password|pwd)\\s*=)|(//[^/@?;]*:[^/@?;]*@)|(:[^:/@]*/[^:/@]+@)");

  /** The configuration keys of the jdbc connector. */
  public static final ConfigSpec SPEC = ConfigSpec.builder(CONNECTOR)
      .required("url", ConfigType.TEXT,
          "The JDBC URL of the database, e.g. jdbc:postgresql://warehouse.kommune.dk:5432/dw;"
              + " the driver for it must be on the class path. Give the password in 'password', not here")
      .optional("user", ConfigType.TEXT, "The database user to connect as")
      .optional("password", ConfigType.SECRET,
          "The database user's password; in a pipeline file take it from a variable, never write it there")
      .optional("table", ConfigType.TEXT,
          "The table or view to read, e.g. hr.fravaer; give either 'table' or 'query'")
      .optional("query", ConfigType.TEXT,
          "A SELECT (or WITH ... SELECT) whose rows are read; give either 'table' or 'query'")
      .required("cursor_field", ConfigType.TEXT,
          "The watermark column the rows are read in order of, e.g. updated_at or an increasing id;"
              + " a later read from a checkpoint gets the rows whose value is past it")
      .optional("key_fields", ConfigType.TEXT,
          "Columns, separated by commas, that make a row unique among the rows with the same cursor"
              + " value, e.g. id; they order those rows so that a checkpoint between them resumes exactly")
      .optional("cpr_fields", ConfigType.TEXT,
          "Text columns, separated by commas, that hold CPR numbers: they are typed cpr (checked, and"
              + " pseudonymised by the pipeline at ingest)")
      .optional("stream", ConfigType.TEXT,
          "The stream's name; by default the table's name, or 'query' for a query")
      .optional("fetch_size", ConfigType.INTEGER, "1000",
          "How many rows the driver fetches from the database at a time")
      .optional("checkpoint_every", ConfigType.INTEGER, "1000",
          "How many rows between checkpoints; there is also one at the end of the read")
      .optional("query_timeout_seconds", ConfigType.INTEGER, "300",
          "How long the database may take to start answering, in seconds; 0 for no limit")
      .optional("max_rows", ConfigType.INTEGER, String.valueOf(DEFAULT_MAX_ROWS),
          "The most rows one read may take; a read that meets more fails with a message, after a"
              + " checkpoint from which the next read goes on")
      .choice("on_error", List.of("stop", "report"), "stop",
          "What a bad row does (a NULL cursor or key value, a value that does not fit its type): stop"
              + " the read with an exception, or report it as a Malformed event and carry on")
      .build();

  private final String url;
  private final Optional<String> user;
  private final Optional<Secret> password;
  private final Optional<String> table;
  private final Optional<String> query;
  private final String cursorField;
  private final List<String> keyFields;
  private final Set<String> cprFields;
  private final String stream;
  private final int fetchSize;
  private final int checkpointEvery;
  private final int queryTimeoutSeconds;
  private final long maxRows;
  private final boolean stopOnError;

  private JdbcSettings(ConnectorConfig config, List<String> problems) {
    url = config.text("url");
    if (!url.regionMatches(true, 0, "jdbc:", 0, 5) || url.length() < 7) {
      problems.add("url: '" + Shown.url(url) + "' is not a JDBC URL; it starts with 'jdbc:', e.g."
          + " jdbc:postgresql://warehouse.kommune.dk:5432/dw or jdbc:duckdb:/data/dw.duckdb");
    } else if (PASSWORD_IN_URL.matcher(url).find()) {
      problems.add("url: holds a password; give it in 'password' instead, which is never shown or logged");
    }
    user = config.optionalText("user");
    password = config.has("password") ? Optional.of(config.secret("password")) : Optional.empty();
    table = config.optionalText("table");
    query = config.optionalText("query").map(JdbcSettings::withoutTrailingSemicolons);
    if (table.isPresent() == query.isPresent()) {
      problems.add("table, query: give exactly one of them: 'table' names a table or view, 'query' is a SELECT");
    }
    table.ifPresent(t -> {
      if (!TABLE.matcher(t).matches()) {
        problems.add("table: '" + AnswerText.quote(t) + "' is not a table name such as fravaer, hr.fravaer"
            + " or \"Fravær 2024\"; for anything else write a 'query'");
      }
    });
    query.ifPresent(q -> {
      if (!QUERY_START.matcher(q).matches()) {
        problems.add("query: must be one SELECT (or WITH ... SELECT) statement; it starts '"
            + AnswerText.quote(q, 40) + "'");
      } else if (q.contains(";")) {
        problems.add("query: holds a ';': give one SELECT statement, without a ';' inside (a ';' at the end is fine)");
      }
    });
    cursorField = config.text("cursor_field").strip();
    if (!COLUMN.matcher(cursorField).matches()) {
      problems.add("cursor_field: '" + AnswerText.quote(cursorField) + "' is not a column name (letters,"
          + " digits and _, starting with a letter or _); alias the column in 'query' if it has another name");
    }
    keyFields = columns(config, "key_fields", problems);
    if (keyFields.stream().anyMatch(k -> k.equalsIgnoreCase(cursorField))) {
      problems.add("key_fields: holds the cursor_field '" + cursorField + "'; list only the columns that"
          + " tell apart rows with the same cursor value");
    }
    cprFields = new LinkedHashSet<>(columns(config, "cpr_fields", problems));
    stream = config.optionalText("stream").orElseGet(() -> table.map(JdbcSettings::tableName).orElse(QUERY_STREAM));
    if (stream.isBlank()) {
      problems.add("stream: the stream's name must not be blank");
    }
    fetchSize = intFrom(config, "fetch_size", 1, problems);
    checkpointEvery = intFrom(config, "checkpoint_every", 1, problems);
    queryTimeoutSeconds = intFrom(config, "query_timeout_seconds", 0, problems);
    long max = config.integer("max_rows");
    if (max < 1) {
      problems.add("max_rows: " + max + " must be at least 1");
    }
    maxRows = max;
    stopOnError = config.text("on_error").equals("stop");
  }

  /**
   * Reads and checks a validated configuration.
   *
   * @param config the configuration
   * @return the settings
   * @throws InvalidConfigException listing every value that is out of range or does not read
   */
  public static JdbcSettings from(ConnectorConfig config) {
    List<String> problems = new ArrayList<>();
    JdbcSettings settings = new JdbcSettings(config, problems);
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(CONNECTOR, problems);
    }
    return settings;
  }

  private static String withoutTrailingSemicolons(String query) {
    String q = query.strip();
    while (q.endsWith(";")) {
      q = q.substring(0, q.length() - 1).strip();
    }
    return q;
  }

  /** The last part of a table name, without quotes: {@code hr."Fravær"} gives {@code Fravær}. */
  private static String tableName(String table) {
    Matcher part = PART.matcher(table);
    String last = table;
    while (part.find()) {
      last = part.group();
    }
    return last.replace("\"", "");
  }

  private static List<String> columns(ConnectorConfig config, String key, List<String> problems) {
    Optional<String> text = config.optionalText(key);
    if (text.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String part : text.get().split(",", -1)) {
      String name = part.strip();
      if (!COLUMN.matcher(name).matches()) {
        problems.add(key + ": '" + AnswerText.quote(name) + "' is not a column name (letters, digits and _,"
            + " starting with a letter or _), in '" + AnswerText.quote(text.get()) + "'");
      } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(key + ": '" + name + "' is listed twice");
      } else {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static int intFrom(ConnectorConfig config, String key, int min, List<String> problems) {
    long value = config.integer(key);
    if (value < min || value > Integer.MAX_VALUE) {
      problems.add(key + ": " + value + " must be from " + min + " to " + Integer.MAX_VALUE);
      return Math.max(min, 1);
    }
    return (int) value;
  }

  String url() {
    return url;
  }

  Optional<String> user() {
    return user;
  }

  Optional<Secret> password() {
    return password;
  }

  Optional<String> table() {
    return table;
  }

  /** The SQL whose rows are the stream: the query, or a SELECT of every column of the table. */
  String source() {
    return query.orElseGet(() -> "SELECT * FROM " + table.orElseThrow());
  }

  /** What the stream reads, for messages: {@code table hr.fravaer} or {@code the query}. */
  String sourceShown() {
    return table.map(t -> "table " + AnswerText.quote(t)).orElse("the query");
  }

  String cursorField() {
    return cursorField;
  }

  List<String> keyFields() {
    return keyFields;
  }

  Set<String> cprFields() {
    return cprFields;
  }

  String stream() {
    return stream;
  }

  int fetchSize() {
    return fetchSize;
  }

  int checkpointEvery() {
    return checkpointEvery;
  }

  int queryTimeoutSeconds() {
    return queryTimeoutSeconds;
  }

  long maxRows() {
    return maxRows;
  }

  boolean stopOnError() {
    return stopOnError;
  }
}
