package dk.datainformed.connector.jdbc.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL the connector sends. The source (the table's SELECT or the user's query) is wrapped as a
 * derived table {@code q}, on lines of its own so that a comment at its end cannot swallow what
 * follows.
 *
 * <p>A resumed read asks for the rows after the checkpoint's cursor and keys {@code (c, k1, k2)} in
 * the read's order. The comparison is written out with {@code OR} and {@code AND} rather than as a
 * row value ({@code (c, k1, k2) > (?, ?, ?)}), which SQL Server and others lack:
 *
 * <pre>{@code
 * q.c >= ? AND (q.c > ? OR (q.c = ? AND q.k1 > ?) OR (q.c = ? AND q.k1 = ? AND q.k2 > ?))
 * }</pre>
 *
 * <p>The leading {@code q.c >= ?} is implied by the rest; it lets the database use an index on the
 * cursor column as a range.
 */
final class ReadSql {

  private ReadSql() {}

  /** The source's columns without any row: for {@code check} and {@code discover}. */
  static String probe(String source) {
    return "SELECT * FROM (\n" + source + "\n) q WHERE 1 = 0";
  }

  /**
   * The read, in the order of the cursor and the keys.
   *
   * @param source the source's SQL
   * @param order the order columns as the SQL writes them (quoted): the cursor, then the keys
   * @param resumed whether the read starts after a checkpoint; then {@link #parameters} says which
   *     order value each {@code ?} takes
   * @return the SQL
   */
  static String read(String source, List<String> order, boolean resumed) {
    StringBuilder sql = new StringBuilder("SELECT * FROM (\n").append(source).append("\n) q");
    if (resumed) {
      sql.append(" WHERE ");
      if (order.size() > 1) {
        sql.append("q.").append(order.get(0)).append(" >= ? AND (");
      }
      for (int level = 0; level < order.size(); level++) {
        if (level > 0) {
          sql.append(" OR (");
        }
        for (int i = 0; i < level; i++) {
          sql.append("q.").append(order.get(i)).append(" = ? AND ");
        }
        sql.append("q.").append(order.get(level)).append(" > ?");
        if (level > 0) {
          sql.append(')');
        }
      }
      if (order.size() > 1) {
        sql.append(')');
      }
    }
    sql.append(" ORDER BY ");
    for (int i = 0; i < order.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("q.").append(order.get(i));
    }
    return sql.toString();
  }

  /**
   * Which of the checkpoint's order values (0 the cursor, 1 the first key, ...) each parameter of a
   * resumed read takes, in order.
   *
   * @param orderSize the number of order columns
   * @return the order value of each parameter
   */
  static List<Integer> parameters(int orderSize) {
    List<Integer> parameters = new ArrayList<>();
    if (orderSize > 1) {
      parameters.add(0);
    }
    for (int level = 0; level < orderSize; level++) {
      for (int i = 0; i <= level; i++) {
        parameters.add(i);
      }
    }
    return List.copyOf(parameters);
  }
}
