package dk.datainformed.connector.jobindsats.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.CheckResult;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.Connector;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.connector.api.ReadRequest;
import dk.datainformed.connector.api.StreamDescriptor;
import dk.datainformed.connector.api.http.ResilientHttpClient;
import dk.datainformed.core.ParseResult;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * A connector to Jobindsats: one stream per configured table, named by its id (such as
 * {@code Y01A02}), read period by period with a checkpoint after each period.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JobindsatsConnector implements Connector {

  private final Settings settings;
  private final JobindsatsApi api;
  private volatile boolean closed;

  /**
   * Creates the connector.
   *
   * @param settings the settings
   * @param http the HTTP client, with the settings' key, timeouts, retries and rate limit
   */
  public JobindsatsConnector(Settings settings, ResilientHttpClient http) {
    this.settings = settings;
    this.api = new JobindsatsApi(settings.baseUrl(), http);
  }

  @Override
  public CheckResult check() {
    List<String> seen = new ArrayList<>();
    try {
      open();
      for (String table : settings.tables()) {
        List<String> periods = PeriodSelection.inOrder(JobindsatsApi.periods(table, api.table(table)));
        seen.add(table + " (" + (periods.isEmpty() ? "no periods"
            : periods.size() + " periods, " + periods.get(0) + " to " + periods.get(periods.size() - 1)) + ")");
      }
    } catch (ConnectorException e) {
      return CheckResult.failed(e.getMessage());
    }
    return CheckResult.passed("Read the metadata of table " + String.join(", ", seen) + " from " + settings.baseUrl());
  }

  @Override
  public List<StreamDescriptor> discover() {
    open();
    List<StreamDescriptor> streams = new ArrayList<>();
    for (String table : settings.tables()) {
      JsonNode metadata = api.table(table);
      List<String> periods = PeriodSelection.inOrder(JobindsatsApi.periods(table, metadata));
      if (periods.isEmpty()) {
        throw new ConnectorException("Table " + table + " offers no periods, so its columns cannot be read");
      }
      String latest = periods.get(periods.size() - 1);
      Layout layout = Layout.of(table, api.data(table, List.of(latest), settings.areas(), settings.filters()));
      streams.add(new StreamDescriptor(table, layout.schema(), layout.primaryKey(), Optional.of("period"),
          describe(table, metadata)));
    }
    return streams;
  }

  @Override
  public Stream<ReadEvent> read(ReadRequest request) {
    open();
    Iterator<String> tables = settings.tables().stream().filter(request::includes).iterator();
    // One iterator over the tables in turn, rather than flatMap, so that a caller who iterates holds one
    // request's rows in memory, not a whole table's.
    Iterator<ReadEvent> events =
        new Iterator<>() {
          private TableReader current;

          @Override
          public boolean hasNext() {
            while ((current == null || !current.hasNext()) && tables.hasNext()) {
              String table = tables.next();
              current = new TableReader(table, request.state().checkpoint(table));
            }
            return current != null && current.hasNext();
          }

          @Override
          public ReadEvent next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return current.next();
          }
        };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(events, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  @Override
  public void close() {
    closed = true;
  }

  private void open() {
    if (closed) {
      throw new IllegalStateException("this Jobindsats connector is closed; open a new one");
    }
  }

  private static String describe(String table, JsonNode metadata) {
    StringBuilder text = new StringBuilder("Jobindsats table ").append(table);
    JsonNode name = metadata.get("TableName");
    if (name != null && name.isString()) {
      text.append(": ").append(name.stringValue());
    }
    JsonNode subject = metadata.get("SubjectName");
    if (subject != null && subject.isString()) {
      text.append(" (").append(subject.stringValue()).append(')');
    }
    return text.toString();
  }

  /** Reads one table, a request of a few periods at a time, with a checkpoint after each period. */
  private final class TableReader implements Iterator<ReadEvent> {
    private final String table;
    private final Optional<Checkpoint> from;
    private final Deque<ReadEvent> buffer = new ArrayDeque<>();
    private List<List<String>> chunks;
    private int nextChunk;
    private Schema schema;
    private RuntimeException pending;

    TableReader(String table, Optional<Checkpoint> from) {
      this.table = table;
      this.from = from;
    }

    @Override
    public boolean hasNext() {
      if (chunks == null) {
        chunks = chunks();
      }
      while (buffer.isEmpty() && pending == null && nextChunk < chunks.size()) {
        fill(chunks.get(nextChunk++));
      }
      return !buffer.isEmpty() || pending != null;
    }

    @Override
    public ReadEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (!buffer.isEmpty()) {
        return buffer.poll();
      }
      RuntimeException failure = pending;
      pending = null;
      nextChunk = chunks.size();
      throw failure;
    }

    private List<List<String>> chunks() {
      List<String> periods = settings.periods().resolve(table, JobindsatsApi.periods(table, api.table(table)));
      List<String> remaining = from.map(checkpoint -> after(periods, checkpoint.get("period"))).orElse(periods);
      List<List<String>> result = new ArrayList<>();
      for (int i = 0; i < remaining.size(); i += settings.periodsPerRequest()) {
        result.add(remaining.subList(i, Math.min(remaining.size(), i + settings.periodsPerRequest())));
      }
      return result;
    }

    private List<String> after(List<String> periods, String done) {
      int at = periods.indexOf(done);
      if (at >= 0) {
        return periods.subList(at + 1, periods.size());
      }
      ParseResult<Period> last = Period.tryParse(done);
      boolean comparable = last.isOk() && periods.stream().allMatch(p -> Period.tryParse(p).isOk());
      if (!comparable) {
        throw new ConnectorException("The checkpoint of table " + table + " is at period '"
            + JobindsatsApi.shown(done) + "', which the table no longer lists among the periods to read; read it from the beginning");
      }
      Period end = last.toOptional().orElseThrow();
      List<String> later = new ArrayList<>();
      for (String period : periods) {
        if (Period.tryParse(period).toOptional().orElseThrow().start().isAfter(end.end())) {
          later.add(period);
        }
      }
      return later;
    }

    private void fill(List<String> periods) {
      JsonNode answer = api.data(table, periods, settings.areas(), settings.filters());
      Layout layout = Layout.of(table, answer);
      if (schema == null) {
        schema = layout.schema();
      } else if (!schema.equals(layout.schema())) {
        throw new MalformedSourceException(table, "the columns for " + periods.get(0) + " to "
            + periods.get(periods.size() - 1), "the columns changed between requests, from " + schema + " to "
            + layout.schema());
      }
      Map<String, List<Integer>> byPeriod = new LinkedHashMap<>();
      periods.forEach(p -> byPeriod.put(p, new ArrayList<>()));
      JsonNode rows = Layout.rows(table, answer);
      for (int i = 0; i < rows.size(); i++) {
        Optional<String> period = layout.period(rows.get(i));
        List<Integer> group = period.map(byPeriod::get).orElse(null);
        if (group != null) {
          group.add(i);
        } else if (!bad(i, rows.get(i), "row of period '" + AnswerText.quote(period.orElse("(none)"))
            + "', which was not asked for (asked for " + AnswerText.quote(String.valueOf(periods), 300) + ")")) {
          return;
        }
      }
      for (Map.Entry<String, List<Integer>> entry : byPeriod.entrySet()) {
        for (int i : entry.getValue()) {
          ParseResult<Record> record = layout.read(rows.get(i));
          if (record.isOk()) {
            buffer.add(new ReadEvent.Read(table, record.toOptional().orElseThrow()));
          } else if (!bad(i, rows.get(i), record.failure().orElse("the row cannot be read"))) {
            return;
          }
        }
        buffer.add(new ReadEvent.Checkpointed(new Checkpoint(table, Map.of("period", entry.getKey()))));
      }
    }

    /** Reports a bad row; returns false when the read is to stop. */
    private boolean bad(int index, JsonNode row, String reason) {
      String position = "table " + table + ", row " + (index + 1) + " of the answer";
      if (settings.stopOnMalformed()) {
        pending = new MalformedSourceException(table, position, reason
            + " (set on_malformed=report to report such rows and carry on)");
        return false;
      }
      buffer.add(new ReadEvent.Malformed(table, position, reason, row.toString()));
      return true;
    }
  }
}
