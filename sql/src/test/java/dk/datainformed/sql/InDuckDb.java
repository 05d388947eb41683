package dk.datainformed.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/** Runs a query in an in-process DuckDB and reads its (key, count) rows. */
final class InDuckDb {
  private InDuckDb() {}

  static Map<String, Long> counts(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      Map<String, Long> out = new TreeMap<>();
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB refused: " + e.getMessage() + "\n" + sql, e);
    }
  }
}
