package dk.datainformed.connector.statbank.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorConfig;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.InvalidConfigException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.connector.api.http.RateLimit;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.connector.api.http.RetryPolicy;
import dk.datainformed.connector.api.http.Sleeper;
import dk.datainformed.core.text.Suggestions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;

/**
 * The {@code statbank} connector: one configured table of the Statistikbank as one stream.
 *
 * <p>{@link #read} emits a checkpoint every {@code checkpoint_every} source rows and one at the end.
 * Its position is the number of source rows (BULK rows or JSON-stat cells) delivered, as records or
 * malformed events, with a fingerprint of the request and the table's {@code updated} time: a read
 * from it sends the same request and skips exactly those rows, and refuses when the request or the
 * table has changed since.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class StatbankConnector implements Connector {

  private static final Pattern TABLE = Pattern.compile("[A-Za-z0-9_]{1,40}");

  private final String table;
  private final String stream;
  private final Selections selections;
  private final boolean bulk;
  private final boolean keepUnknownAreas;
  private final long checkpointEvery;
  private final int maxAttempts;
  private final StatbankApi api;

  /**
   * Opens the connector with real waiting.
   *
   * @param config a configuration that passed the provider's spec
   */
  public StatbankConnector(ConnectorConfig config) {
    this(config, Sleeper.system());
  }

  /**
   * Opens the connector, waiting for retries through the given sleeper (tests record the waits).
   *
   * @param config a configuration that passed the provider's spec
   * @param sleeper how to wait before a retry or for the rate limit
   * @throws InvalidConfigException when a value is out of range or {@code variables} cannot be read
   */
  public StatbankConnector(ConnectorConfig config, Sleeper sleeper) {
    List<String> problems = new ArrayList<>();
    table = config.text("table").strip();
    if (!TABLE.matcher(table).matches()) {
      problems.add("table: '" + table + "' is not a table id such as FOLK1A (letters, digits and '_')");
    }
    stream = table.toUpperCase(Locale.ROOT);
    Selections parsed = Selections.all();
    try {
      parsed = Selections.parse(config.optionalText("variables").orElse(""));
    } catch (IllegalArgumentException e) {
      problems.add("variables: " + e.getMessage());
    }
    selections = parsed;
    bulk = config.text("format").equals("bulk");
    keepUnknownAreas = config.text("unknown_areas").equals("keep");
    checkpointEvery = atLeastOne(config, "checkpoint_every", problems);
    maxAttempts = (int) Math.min(atLeastOne(config, "max_attempts", problems), 100);
    long perSecond = atLeastOne(config, "requests_per_second", problems);
    Duration timeout = positive(config, "timeout", problems);
    Duration connectTimeout = positive(config, "connect_timeout", problems);
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(config.spec().connector(), problems);
    }
    ResilientHttpClient http = ResilientHttpClient.builder()
        .requestTimeout(timeout)
        .bodyIdleTimeout(timeout)
        .connectTimeout(connectTimeout)
        .retryPolicy(RetryPolicy.builder().maxAttempts(maxAttempts).build())
        .rateLimit(RateLimit.of((int) Math.min(perSecond, 1000), Duration.ofSeconds(1)))
        .sleeper(sleeper)
        .build();
    api = new StatbankApi(config.url("base_url"), http, config.text("lang"));
  }

  private static long atLeastOne(ConnectorConfig config, String key, List<String> problems) {
    long value = config.integer(key);
    if (value < 1) {
      problems.add(key + ": " + value + " must be at least 1");
      return 1;
    }
    return value;
  }

  private static Duration positive(ConnectorConfig config, String key, List<String> problems) {
    Duration value = config.duration(key);
    if (value.isZero()) {
      problems.add(key + ": must be longer than zero");
      return Duration.ofSeconds(1);
    }
    return value;
  }

  @Override
  public CheckResult check() {
    try {
      TableInfo info = tableInfo();
      return CheckResult.passed("Read the info of table " + info.id() + " (" + info.variables().size()
          + " variables: " + info.variables().stream().map(v -> AnswerText.quote(v.id())).collect(Collectors.joining(", "))
          + ") from " + api.base());
    } catch (ConnectorException e) {
      return CheckResult.failed("Could not read table '" + table + "' from " + api.base() + ": " + e.getMessage());
    }
  }

  @Override
  public List<StreamDescriptor> discover() {
    return List.of(RowMapper.of(tableInfo(), stream, keepUnknownAreas).descriptor());
  }

  /** The table's info, with the selections checked against its variables. */
  private TableInfo tableInfo() {
    TableInfo info = api.tableInfo(table);
    List<String> codes = info.variables().stream().map(TableInfo.Variable::id).collect(Collectors.toList());
    for (String selected : selections.variables()) {
      if (info.variable(selected).isEmpty()) {
        String hint = Suggestions.didYouMean(selected, codes).map(c -> " Did you mean '" + AnswerText.quote(c) + "'?").orElse("");
        throw new ConnectorException("The 'variables' setting names '" + selected + "', which table "
            + AnswerText.quote(info.id()) + " does not have; its variables are "
            + codes.stream().map(AnswerText::quote).collect(Collectors.toList()) + "." + hint);
      }
    }
    return info;
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    if (!request.includes(stream)) {
      return Stream.empty();
    }
    TableInfo info = tableInfo();
    RowMapper mapper = RowMapper.of(info, stream, keepUnknownAreas);
    String body = api.dataRequest(info, selections, bulk ? "BULK" : "JSONSTAT");
    String fingerprint = fingerprint(body);
    long start = 0;
    Optional<Checkpoint> saved = request.state().checkpoint(stream);
    if (saved.isPresent()) {
      Checkpoint checkpoint = saved.get();
      if (!checkpoint.get("request").equals(fingerprint)) {
        throw new ConnectorException("The checkpoint of stream '" + stream + "' was made for another request"
            + " (the table, 'variables', 'format' or 'lang' has changed since); read from an empty state");
      }
      if (!checkpoint.get("updated").equals(info.updated())) {
        throw new ConnectorException("Table " + AnswerText.quote(info.id()) + " was updated (" + AnswerText.quote(checkpoint.get("updated"))
            + " → " + AnswerText.quote(info.updated()) + ") after the checkpoint of stream '" + stream + "', so its rows may have moved;"
            + " read it again from an empty state");
      }
      try {
        start = Long.parseLong(checkpoint.get("row"));
      } catch (NumberFormatException e) {
        start = -1;
      }
      if (start < 0) {
        throw new ConnectorException("The checkpoint of stream '" + stream + "' has row '"
            + AnswerText.quote(checkpoint.get("row")) + "', which is not a count of delivered rows (0 or more);"
            + " the state was changed by hand or broken: read from an empty state");
      }
    }
    CellSource source = bulk
        ? new BulkSource(api, body, info, mapper, stream, start, maxAttempts)
        : new JsonStatSource(api.fetchJson(body, stream), info, mapper, stream, start);
    Iterator<ReadEvent> events = new Checkpointing(source, start, fingerprint, info.updated());
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED), false)
        .onClose(source::close);
  }

  private static String fingerprint(String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public void close() {
    // Each read closes its own answer; the JDK client holds no connection between requests we must free.
  }

  /** The source's events with a checkpoint after every {@code checkpointEvery} rows and at the end. */
  private final class Checkpointing implements Iterator<ReadEvent> {
    private final CellSource source;
    private final String fingerprint;
    private final String updated;
    private final Deque<ReadEvent> pending = new ArrayDeque<>();
    private long rows;
    private long checkpointed = -1;
    private boolean done;

    Checkpointing(CellSource source, long start, String fingerprint, String updated) {
      this.source = source;
      this.rows = start;
      this.fingerprint = fingerprint;
      this.updated = updated;
    }

    @Override
    public boolean hasNext() {
      if (!pending.isEmpty()) {
        return true;
      }
      if (done) {
        return false;
      }
      ReadEvent event = source.next();
      if (event == null) {
        done = true;
        source.close();
        if (checkpointed != rows) {
          pending.add(checkpoint());
        }
        return !pending.isEmpty();
      } else {
        rows++;
        pending.add(event);
        if (rows % checkpointEvery == 0) {
          pending.add(checkpoint());
        }
      }
      return true;
    }

    @Override
    public ReadEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return pending.removeFirst();
    }

    private ReadEvent checkpoint() {
      checkpointed = rows;
      return new ReadEvent.Checkpointed(new Checkpoint(stream,
          Map.of("row", Long.toString(rows), "request", fingerprint, "updated", updated)));
    }
  }
}
