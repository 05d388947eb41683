package dk.datainformed.connector.jdbc.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.Checkpoint;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.connector.api.MalformedSourceException;
import dk.datainformed.connector.api.ReadEvent;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.RecordBuilder;
import dk.datainformed.core.record.Schema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * One read of the stream: the rows in the order of the cursor and the keys, one at a time, with a
 * checkpoint about every {@code checkpoint_every} rows and one at the end.
 *
 * <p>A checkpoint holds the cursor and key values of the last row before it, and a read from it asks
 * for the rows strictly after those values. So that this loses nothing, a checkpoint is never put
 * between two rows with the same values: when one is due it waits for the first row whose values
 * differ. Rows whose order values tie (no {@code key_fields}, or keys that are not unique) are thus
 * always delivered by the same read.
 *
 * <p>Lazy: the connection is opened and the query sent when the first event is asked for, and
 * everything is closed when the last row has been read, on an error, or when the stream is closed.
 */
final class JdbcRead extends Spliterators.AbstractSpliterator<ReadEvent> implements AutoCloseable {

  /** The position's part naming the cursor column the checkpoint was made with. */
  static final String CURSOR_FIELD = "cursor_field";
  /** The position's part naming the key columns, separated by commas. */
  static final String KEY_FIELDS = "key_fields";
  /** The position's part holding the cursor value as text. */
  static final String CURSOR = "cursor";
  /** The prefix of the parts holding each key's value as text: {@code key.id}. */
  static final String KEY = "key.";

  private final JdbcConnector connector;
  private final JdbcSettings settings;
  private final Optional<Checkpoint> from;
  private final ArrayDeque<ReadEvent> pending = new ArrayDeque<>();

  private Connection connection;
  private PreparedStatement statement;
  private ResultSet rows;
  private StreamShape shape;
  private RecordBuilder builder;
  private boolean started;
  private boolean done;
  private RuntimeException failure;

  /** The order values of the last row read whose cursor and keys were all present. */
  private Object[] last;
  /** Rows with order values read since the last checkpoint. */
  private long sinceCheckpoint;
  /** Whether this read has emitted a checkpoint. */
  private boolean checkpointed;
  /** Rows fetched by this read. */
  private long fetched;

  JdbcRead(JdbcConnector connector, Optional<Checkpoint> from) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.connector = connector;
    this.settings = connector.settings();
    this.from = from;
  }

  @Override
  public boolean tryAdvance(Consumer<? super ReadEvent> action) {
    while (pending.isEmpty() && failure == null && !done) {
      try {
        if (!started) {
          start();
        } else {
          next();
        }
      } catch (SQLException e) {
        failure = new ConnectorException(connector.problem(e));
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (!pending.isEmpty()) {
      action.accept(pending.poll());
      return true;
    }
    close();
    if (failure != null) {
      RuntimeException thrown = failure;
      failure = null;
      done = true;
      throw thrown;
    }
    return false;
  }

  private void start() throws SQLException {
    started = true;
    connection = connector.connect();
    connection.setAutoCommit(false);
    try {
      connection.setReadOnly(true);
    } catch (SQLException e) {
      // A hint the driver may refuse (DuckDB fixes it when the database is opened); the read only reads.
    }
    shape = connector.shape(connection);
    builder = Record.builder(shape.schema());
    if (from.isPresent()) {
      last = resumeValues(from.get());
    }
    statement = connection.prepareStatement(ReadSql.read(settings.source(), shape.quotedOrder(), last != null),
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    statement.setFetchSize(settings.fetchSize());
    statement.setQueryTimeout(settings.queryTimeoutSeconds());
    if (settings.maxRows() < Integer.MAX_VALUE) {
      // One more than the limit, to tell a source of exactly max_rows rows from a larger one.
      statement.setMaxRows((int) settings.maxRows() + 1);
    }
    if (last != null) {
      List<Integer> parameters = ReadSql.parameters(shape.orderSize());
      int[] order = shape.order();
      for (int p = 0; p < parameters.size(); p++) {
        int at = parameters.get(p);
        shape.kind(order[at]).bind(statement, p + 1, last[at]);
      }
    }
    rows = statement.executeQuery();
  }

  private Object[] resumeValues(Checkpoint checkpoint) {
    int[] order = shape.order();
    Object[] values = new Object[order.length];
    for (int i = 0; i < order.length; i++) {
      String part = i == 0 ? CURSOR : KEY + shape.schema().field(order[i]).name();
      String text = checkpoint.get(part);
      ColumnKind kind = shape.kind(order[i]);
      try {
        values[i] = kind.parse(text);
      } catch (RuntimeException e) {
        throw new ConnectorException("The checkpoint of stream '" + AnswerText.quote(settings.stream()) + "' holds "
            + part + " '" + AnswerText.quote(text) + "', which is not a value of column '"
            + shape.schema().field(order[i]).name() + "' (" + kind.fieldType().name().toLowerCase(Locale.ROOT)
            + "): has the column's type changed? Read from the start (an empty state) after such a change");
      }
    }
    return values;
  }

  private void next() throws SQLException {
    if (!rows.next()) {
      done = true;
      if (last != null && (sinceCheckpoint > 0 || !checkpointed)) {
        pending.add(checkpoint(last));
      }
      return;
    }
    fetched++;
    long row = fetched;
    Object[] values = orderValues();
    boolean differs = values == null || last == null || !same(values, last);
    if (fetched > settings.maxRows()) {
      if (last != null && sinceCheckpoint > 0 && differs) {
        pending.add(checkpoint(last));
      }
      done = true;
      failure = new ConnectorException("Stream '" + AnswerText.quote(settings.stream()) + "' has more than max_rows ("
          + settings.maxRows() + ") rows to read from " + settings.sourceShown() + "; the read stopped after "
          + settings.maxRows() + (pending.isEmpty() ? "" : ", at a checkpoint that the next read goes on from")
          + ". Raise 'max_rows', or read the rest from the last checkpoint");
      return;
    }
    if (values != null && last != null && differs && sinceCheckpoint >= settings.checkpointEvery()) {
      pending.add(checkpoint(last));
    }
    String problem = values == null ? missingOrderValue() : null;
    Record record = null;
    if (problem == null) {
      try {
        record = record();
      } catch (SQLException | DatainformedException | ArithmeticException | DateTimeException
          | ClassCastException e) {
        builder.clear();
        problem = CprDetector.mask(Shown.scrub(String.valueOf(e.getMessage()), settings.password()));
      }
    }
    if (values != null) {
      last = values;
      sinceCheckpoint++;
    }
    if (problem == null) {
      pending.add(new ReadEvent.Read(settings.stream(), record));
      return;
    }
    String position = position(row);
    if (settings.stopOnError()) {
      done = true;
      failure = new MalformedSourceException(settings.stream(), position, problem
          + " (set on_error: report to report bad rows and read on)");
    } else {
      pending.add(new ReadEvent.Malformed(settings.stream(), position, problem, raw()));
    }
  }

  /** The current row's cursor and key values, or null when one is NULL or cannot be read. */
  private Object[] orderValues() {
    int[] order = shape.order();
    Object[] values = new Object[order.length];
    for (int i = 0; i < order.length; i++) {
      try {
        values[i] = shape.kind(order[i]).read(rows, order[i] + 1);
      } catch (SQLException | ArithmeticException | DateTimeException e) {
        return null;
      }
      if (values[i] == null) {
        return null;
      }
    }
    return values;
  }

  private boolean same(Object[] a, Object[] b) {
    int[] order = shape.order();
    for (int i = 0; i < order.length; i++) {
      if (!shape.kind(order[i]).same(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

  private String missingOrderValue() {
    int[] order = shape.order();
    Schema schema = shape.schema();
    for (int i = 0; i < order.length; i++) {
      String role = i == 0 ? "the cursor_field" : "the key field";
      String name = schema.field(order[i]).name();
      try {
        if (shape.kind(order[i]).read(rows, order[i] + 1) == null) {
          return role + " '" + name + "' is NULL, so the row has no place in the read's order and a"
              + " checkpoint could not go past it; give it a value in the source, or leave such rows out in a 'query'";
        }
      } catch (SQLException | ArithmeticException | DateTimeException e) {
        return role + " '" + name + "' cannot be read as " + schema.field(order[i]).type().name().toLowerCase(Locale.ROOT)
            + ": " + CprDetector.mask(Shown.scrub(String.valueOf(e.getMessage()), settings.password()));
      }
    }
    return "the cursor or a key cannot be read";
  }

  private Record record() throws SQLException {
    Schema schema = shape.schema();
    builder.clear();
    for (int i = 0; i < schema.size(); i++) {
      Object value = shape.kind(i).read(rows, i + 1);
      if (value == null) {
        builder.setNull(i);
      } else if (schema.field(i).type() == FieldType.CPR) {
        builder.set(i, value);
      } else {
        shape.kind(i).set(builder, i, value);
      }
    }
    return builder.build();
  }

  /** Where a row is: its number in this read, and its cursor and key values (masked) as far as they read. */
  private String position(long row) {
    StringBuilder text = new StringBuilder("row ").append(row).append(" of the read");
    int[] order = shape.order();
    for (int i = 0; i < order.length; i++) {
      ColumnKind kind = shape.kind(order[i]);
      String value;
      try {
        Object read = kind.read(rows, order[i] + 1);
        value = read == null ? "NULL" : AnswerText.quote(kind.text(read), 60);
      } catch (SQLException | ArithmeticException | DateTimeException e) {
        value = "(unreadable)";
      }
      text.append(", ").append(shape.schema().field(order[i]).name()).append('=').append(value);
    }
    return text.toString();
  }

  /** The row as text, column by column, with CPR-like numbers masked. */
  private String raw() {
    StringBuilder text = new StringBuilder();
    Schema schema = shape.schema();
    for (int i = 0; i < schema.size(); i++) {
      String value;
      try {
        value = rows.getString(i + 1);
      } catch (SQLException e) {
        value = "(unreadable)";
      }
      text.append(i == 0 ? "" : ", ").append(schema.field(i).name()).append('=').append(value == null ? "NULL" : value);
    }
    return CprDetector.mask(text.toString());
  }

  private ReadEvent checkpoint(Object[] values) {
    Map<String, String> position = new LinkedHashMap<>();
    int[] order = shape.order();
    position.put(CURSOR_FIELD, settings.cursorField());
    position.put(KEY_FIELDS, String.join(",", settings.keyFields()));
    position.put(CURSOR, shape.kind(order[0]).text(values[0]));
    for (int i = 1; i < order.length; i++) {
      position.put(KEY + shape.schema().field(order[i]).name(), shape.kind(order[i]).text(values[i]));
    }
    sinceCheckpoint = 0;
    checkpointed = true;
    return new ReadEvent.Checkpointed(new Checkpoint(settings.stream(), position));
  }

  @Override
  public void close() {
    ResultSet r = rows;
    PreparedStatement s = statement;
    Connection c = connection;
    rows = null;
    statement = null;
    connection = null;
    done = true;
    // Each step on its own: a failure to close one part must not leave the connection open.
    try {
      if (r != null) {
        r.close();
      }
    } catch (SQLException e) {
      // The result set goes with its statement.
    }
    try {
      if (s != null) {
        s.close();
      }
    } catch (SQLException e) {
      // The statement goes with its connection.
    }
    if (c != null) {
      try (Connection closing = c) {
        if (!closing.getAutoCommit()) {
          closing.rollback();
        }
      } catch (SQLException e) {
        // A read wrote nothing, so there is nothing to undo, and the connection is closed either way.
      }
    }
  }
}
