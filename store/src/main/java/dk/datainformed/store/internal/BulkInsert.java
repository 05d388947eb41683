package dk.datainformed.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Inserts rows into one table, in the caller's connection and transaction. On DuckDB through its
 * appender: DuckDB's JDBC driver runs an {@code executeBatch} one row at a time (about 2,000 rows a
 * second), and a statement of many rows slows down threefold when some of its parameters are NULL;
 * the appender writes about 200,000 rows a second and its rows are part of the connection's
 * transaction (see the store section of BENCHMARKS.md). Elsewhere with statements of {@value
 * #ROWS_PER_STATEMENT} rows each ({@code INSERT ... VALUES (...), (...), ...}), planned once.
 *
 * <pre>{@code
 * try (BulkInsert in = new BulkInsert(c, "dim_period", List.of("period_key", "year"),
 *     new int[] {Types.VARCHAR, Types.INTEGER})) {
 *   in.add("2024M01", 2024);
 * }   // close() writes what is left
 * }</pre>
 */
final class BulkInsert implements AutoCloseable {
  /** Rows per statement: 15 columns × 500 rows stays far below PostgreSQL's 32,767 parameters. */
  static final int ROWS_PER_STATEMENT = 500;

  private final Connection connection;
  private final String head;
  private final String row;
  private final int[] types;
  private final List<Object[]> pending = new ArrayList<>(ROWS_PER_STATEMENT);
  private PreparedStatement full;
  /** DuckDB's appender, or null; it takes every column of the table in the table's order. */
  private final DuckDBAppender appender;
  /** For each of the table's columns, its index among the given columns, or -1 for NULL. */
  private final int[] tableOrder;

  /**
   * Starts an insert.
   *
   * @param connection the connection, in the caller's transaction
   * @param table the table
   * @param columns its columns, in the order {@link #add} gets the values
   * @param types each column's {@link Types} constant, for its nulls
   */
  BulkInsert(Connection connection, String table, List<String> columns, int[] types) throws SQLException {
    if (columns.isEmpty() || columns.size() != types.length) {
      throw new IllegalArgumentException("one type for each of the " + columns.size() + " columns");
    }
    this.connection = Objects.requireNonNull(connection, "connection");
    this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
    this.row = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    this.types = types.clone();
    if (connection.isWrapperFor(DuckDBConnection.class)) {
      List<String> all = new ArrayList<>();
      try (PreparedStatement s = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
          + " WHERE table_name = ? ORDER BY ordinal_position")) {
        s.setString(1, table);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            all.add(r.getString(1));
          }
        }
      }
      if (!all.containsAll(columns)) {
        throw new IllegalArgumentException("the table " + table + " has the columns " + all + ", not all of " + columns);
      }
      this.tableOrder = all.stream().mapToInt(columns::indexOf).toArray();
      this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    } else {
      this.tableOrder = null;
      this.appender = null;
    }
  }

  /**
   * Adds a row; a full statement's worth is written at once.
   *
   * @param values the row's values, in the columns' order; null for SQL NULL
   * @throws SQLException when the database refuses
   */
  void add(Object... values) throws SQLException {
    if (values.length != types.length) {
      throw new IllegalArgumentException(values.length + " values for " + types.length + " columns");
    }
    if (appender != null) {
      append(values);
      return;
    }
    pending.add(values);
    if (pending.size() == ROWS_PER_STATEMENT) {
      if (full == null) {
        full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
      }
      execute(full);
    }
  }

  /**
   * Writes the rows left over and closes the statements.
   *
   * @throws SQLException when the database refuses
   */
  @Override
  public void close() throws SQLException {
    if (appender != null) {
      appender.close();
      return;
    }
    try {
      if (!pending.isEmpty()) {
        try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
          execute(rest);
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  private void append(Object[] values) throws SQLException {
    appender.beginRow();
    for (int column : tableOrder) {
      Object v = column < 0 ? null : values[column];
      if (v == null) {
        appender.appendNull();
      } else if (v instanceof String text) {
        appender.append(text);
      } else if (v instanceof Integer i) {
        appender.append(i.intValue());
      } else if (v instanceof Long l) {
        appender.append(l.longValue());
      } else if (v instanceof Double d) {
        appender.append(d.doubleValue());
      } else if (v instanceof Boolean b) {
        appender.append(b.booleanValue());
      } else if (v instanceof LocalDate date) {
        appender.append(date);
      } else {
        throw new IllegalArgumentException("no appender for a " + v.getClass().getName());
      }
    }
    appender.endRow();
  }

  private String sql(int count) {
    StringBuilder sql = new StringBuilder(head.length() + count * (row.length() + 2)).append(head);
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "" : ", ").append(row);
    }
    return sql.toString();
  }

  private void execute(PreparedStatement s) throws SQLException {
    int p = 1;
    for (Object[] values : pending) {
      for (int i = 0; i < values.length; i++, p++) {
        if (values[i] == null) {
          s.setNull(p, types[i]);
        } else {
          s.setObject(p, values[i]);
        }
      }
    }
    s.executeUpdate();
    pending.clear();
  }
}
