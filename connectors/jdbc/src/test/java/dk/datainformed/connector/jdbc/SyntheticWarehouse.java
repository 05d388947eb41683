package dk.datainformed.connector.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Obviously synthetic warehouse tables for the tests, in plain SQL that DuckDB and PostgreSQL both
 * run: absence days per employee, with an {@code opdateret} watermark that several rows share.
 */
final class SyntheticWarehouse {

  /** The first watermark of the synthetic rows. */
  static final LocalDateTime START = LocalDateTime.of(2024, 1, 2, 8, 0);

  private SyntheticWarehouse() {}

  /**
   * Creates a table of absence rows: ids 1 to {@code rows}, three rows to each watermark (so the
   * watermark alone does not order them; some watermarks have microseconds), units and employees
   * from small synthetic sets.
   */
  static void createAbsence(Connection connection, String table, int rows) throws SQLException {
    execute(connection, "CREATE TABLE " + table + " (id BIGINT NOT NULL, medarbejder VARCHAR(20) NOT NULL,"
        + " enhed VARCHAR(40), dato DATE, timer DECIMAL(6, 2), sats DOUBLE PRECISION, aktiv BOOLEAN,"
        + " opdateret TIMESTAMP)");
    insertAbsence(connection, table, 1, rows, 0);
  }

  /** Adds absence rows with ids {@code first} to {@code last}, their watermarks shifted by {@code days}. */
  static void insertAbsence(Connection connection, String table, int first, int last, int days) throws SQLException {
    List<String> values = new ArrayList<>();
    for (int id = first; id <= last; id++) {
      values.add(row(id, days));
    }
    execute(connection, "INSERT INTO " + table + " VALUES " + String.join(", ", values));
  }

  private static String row(int id, int days) {
    int group = (id - 1) / 3;
    LocalDateTime updated = START.plusDays(days).plusMinutes(15L * group).plusNanos(123_000L * (group % 4));
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(id % 28);
    return "(" + id + ", 'syn-" + (100 + id % 7) + "', 'Enhed " + (char) ('A' + id % 4) + "', DATE '" + day + "', "
        + (id % 5) + "." + (id % 4) * 25 + ", " + (id * 0.5) + ", " + (id % 2 == 0) + ", TIMESTAMP '"
        + updated.toString().replace('T', ' ') + "')";
  }

  /**
   * Creates a table like {@link #createAbsence} with two bad rows: one without a watermark and one
   * whose rate is not a finite number.
   */
  static void createMalformed(Connection connection, String table) throws SQLException {
    createAbsence(connection, table, 12);
    execute(connection, "INSERT INTO " + table + " VALUES (13, 'syn-113', 'Enhed B', DATE '2024-01-14', 1.00,"
        + " 2.0, true, NULL)");
    execute(connection, "INSERT INTO " + table + " VALUES (14, 'syn-114', 'Enhed C', DATE '2024-01-15', 1.00,"
        + " CAST('NaN' AS DOUBLE PRECISION), true, TIMESTAMP '2024-01-02 09:10:00')");
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
