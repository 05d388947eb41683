package dk.datainformed.sql;

import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The real engines the tests run SQL in: DuckDB in-process, and a PostgreSQL server started once for
 * the test JVM from the binaries zonky publishes on Maven Central (a few seconds; it stops with the
 * JVM).
 */
final class Engines {
  /** The SQL type each field type is kept as in the tests' tables: decimals as exact DECIMAL. */
  private static final Map<FieldType, String> TYPES = Map.of(
      FieldType.DATE, "DATE", FieldType.PERIOD, "VARCHAR(20)", FieldType.INTEGER, "BIGINT",
      FieldType.DECIMAL, "DECIMAL(18, 4)", FieldType.BOOLEAN, "BOOLEAN", FieldType.TEXT, "VARCHAR(200)",
      FieldType.CATEGORY, "VARCHAR(200)", FieldType.IDENTIFIER, "VARCHAR(200)", FieldType.PSEUDONYM, "VARCHAR(200)");

  /** The dialects with a real engine here; SQL Server has golden SQL only (DialectTest). */
  static final List<Dialect> REAL = List.of(Dialect.DUCKDB, Dialect.POSTGRESQL);

  private static EmbeddedPostgres postgres;

  private Engines() {}

  /** Runs a query in the dialect's engine and reads its (key, count) rows. */
  static Map<String, Long> counts(Dialect dialect, String sql) {
    try (Connection c = connect(dialect); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      Map<String, Long> out = new TreeMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(dialect + " refused: " + e.getMessage() + "\n" + sql, e);
    }
  }

  /** Runs a query in the dialect's engine and reads every row, each column as text (null as null). */
  static List<List<String>> rows(Dialect dialect, String sql) {
    try (Connection c = connect(dialect); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<List<String>> out = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(dialect + " refused: " + e.getMessage() + "\n" + sql, e);
    }
  }

  /** A connection to the dialect's engine: DuckDB's is one in-memory database per call. */
  static Connection connect(Dialect dialect) throws SQLException {
    switch (dialect) {
      case DUCKDB:
        return DriverManager.getConnection("jdbc:duckdb:");
      case POSTGRESQL:
        return postgres().getConnection();
      case SQL_SERVER:
        return DriverManager.getConnection(SqlServerLiveTest.url());
      default:
        throw new IllegalArgumentException("no engine for " + dialect + " in the tests");
    }
  }

  /** The column type of a field type in a dialect (SQL Server: BIT for truth, NVARCHAR for text). */
  static String type(Dialect dialect, FieldType type) {
    String sql = TYPES.get(type);
    if (dialect == Dialect.SQL_SERVER) {
      return sql.equals("BOOLEAN") ? "BIT" : sql.startsWith("VARCHAR") ? "N" + sql : sql;
    }
    return sql;
  }

  /**
   * Writes records to a new table (dropped first if it is there), each field a column of its name:
   * dates as DATE, periods as their text, decimals as DECIMAL.
   */
  static void load(Connection c, Dialect dialect, String table, Schema schema, List<Record> records) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + dialect.identifier(table));
      StringJoiner columns = new StringJoiner(", ", "(", ")");
      for (Field f : schema.fields()) {
        columns.add(dialect.identifier(f.name()) + " " + type(dialect, f.type()));
      }
      s.execute("CREATE TABLE " + dialect.identifier(table) + " " + columns);
      for (int from = 0; from < records.size(); from += 500) {
        StringJoiner rows = new StringJoiner(", ");
        for (Record r : records.subList(from, Math.min(records.size(), from + 500))) {
          StringJoiner values = new StringJoiner(", ", "(", ")");
          for (int i = 0; i < schema.size(); i++) {
            Object v = r.value(i).orElse(null);
            values.add(v instanceof Period ? dialect.literal(((Period) v).format()) : dialect.literal(v));
          }
          rows.add(values.toString());
        }
        s.execute("INSERT INTO " + dialect.identifier(table) + " VALUES " + rows);
      }
    }
  }

  private static synchronized DataSource postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // The JVM is ending; the server's process and folder go with the temporary directory.
        }
      }));
    }
    return postgres.getPostgresDatabase();
  }
}
