package dk.datainformed.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The SQL engines a definition can run in, with what differs between them: how an identifier and
 * a literal are written, how a table of values is given to a query, and what the engine can
 * compute. One renderer per dialect, overriding only what differs (the design of MetricFlow, Cube
 * and Malloy in SQL-ENGINES.md). Beyond that, only what all four share is used: {@code VALUES},
 * joins, {@code GROUP BY}, {@code COUNT}, {@code SUM}, {@code MIN}, {@code MAX}, {@code CASE} and
 * {@code ROW_NUMBER()}; medians are interpolated in Java from the values the engine numbers.
 *
 * <pre>{@code
 * String cte = Dialect.SQL_SERVER.values("calendar", CalendarTable.COLUMNS, calendar.values());
 * // calendar([day], [period]) AS (SELECT * FROM (VALUES (CAST('2024-01-01' AS date), N'2024M01'), ...)
 * //     AS v([day], [period]))
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Dialect {
  /** DuckDB, in-process: what an analyst uses on a laptop. */
  DUCKDB,
  /** PostgreSQL 13 or later. */
  POSTGRESQL,
  /** Microsoft SQL Server, T-SQL 2016 or later: the state's shared BI warehouse and FLIS. */
  SQL_SERVER {
    @Override
    public String identifier(String name) {
      return "[" + checked(name).replace("]", "]]") + "]";
    }

    @Override
    String string(String text) {
      return "N'" + text.replace("'", "''") + "'";
    }

    @Override
    String date(LocalDate day) {
      return "CAST('" + day + "' AS date)";
    }

    @Override
    String bool(boolean value) {
      return value ? "CAST(1 AS bit)" : "CAST(0 AS bit)";
    }
  },
  /** Spark SQL 4: identifiers in backticks. */
  SPARK {
    @Override
    public String identifier(String name) {
      return "`" + checked(name).replace("`", "``") + "`";
    }

    @Override
    String string(String text) {
      // Spark reads a backslash in a string literal as an escape.
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Override
    String real(double value) {
      // Spark reads a long decimal literal as a DECIMAL of at most 38 digits; text cast to DOUBLE is
      // read as the nearest double, which Double.toString's shortest form is.
      return "CAST('" + value + "' AS DOUBLE)";
    }
  };

  /**
   * An identifier, quoted so that any name (Danish letters, a reserved word) is read as it is.
   *
   * @param name the name, not blank and without a NUL character
   * @return the quoted identifier
   * @throws IllegalArgumentException when the name is blank or holds NUL
   */
  public String identifier(String name) {
    return "\"" + checked(name).replace("\"", "\"\"") + "\"";
  }

  /**
   * A value as a literal: text, a whole number, a decimal number, a truth value, a day or {@code
   * null}.
   *
   * @param value the value
   * @return the literal
   * @throws IllegalArgumentException for another kind of value, or a number that is not finite
   */
  public String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String) {
      return string((String) value);
    }
    if (value instanceof LocalDate) {
      return date((LocalDate) value);
    }
    if (value instanceof Boolean) {
      return bool((Boolean) value);
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof Double) {
      double d = (Double) value;
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("SQL has no literal for " + d);
      }
      return real(d);
    }
    throw new IllegalArgumentException("no SQL literal for a " + value.getClass().getSimpleName());
  }

  /**
   * A table of values as one element of a {@code WITH} clause, typed by its values (a column's
   * {@code NULL}s are cast to the type of its other values, as PostgreSQL needs).
   *
   * @param name the table's name
   * @param columns its columns
   * @param rows its rows, each with one value per column; at least one row
   * @return {@code name(c1, ...) AS (SELECT * FROM (VALUES (...), ...) AS v(c1, ...))}
   * @throws IllegalArgumentException when there is no row or a row has another number of values
   */
  public String values(String name, List<String> columns, List<List<Object>> rows) {
    return values(name, columns, null, rows);
  }

  /**
   * A table of values as {@link #values(String, List, List)} writes it, with each column's type
   * given, for a column that may hold only {@code NULL}s (a closure of a tree that never changed).
   *
   * @param name the table's name
   * @param columns its columns
   * @param types each column's Java type: {@code String}, {@code Long}, {@code Integer}, {@code
   *     Double} or {@code LocalDate}
   * @param rows its rows, each with one value per column; at least one row
   * @return the element of a {@code WITH} clause
   * @throws IllegalArgumentException when there is no row or a row has another number of values
   */
  public String values(String name, List<String> columns, List<Class<?>> types, List<List<Object>> rows) {
    Objects.requireNonNull(columns, "columns");
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a table of values needs at least one row: " + name);
    }
    String[] nullOf = new String[columns.size()];
    for (int c = 0; types != null && c < nullOf.length; c++) {
      nullOf[c] = typedNull(types.get(c));
    }
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("a row of " + name + " has " + row.size() + " values for "
            + columns.size() + " columns");
      }
      for (int c = 0; c < nullOf.length; c++) {
        if (nullOf[c] == null && row.get(c) != null) {
          nullOf[c] = typedNull(row.get(c).getClass());
        }
      }
    }
    StringBuilder cols = new StringBuilder();
    for (String c : columns) {
      cols.append(cols.length() == 0 ? "" : ", ").append(identifier(c));
    }
    StringBuilder s = new StringBuilder(identifier(name)).append('(').append(cols)
        .append(") AS (SELECT * FROM (VALUES ");
    for (int r = 0; r < rows.size(); r++) {
      s.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < nullOf.length; c++) {
        Object v = rows.get(r).get(c);
        s.append(c == 0 ? "" : ", ").append(v == null && nullOf[c] != null ? nullOf[c] : literal(v));
      }
      s.append(')');
    }
    return s.append(") AS v(").append(cols).append("))").toString();
  }

  String string(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  String date(LocalDate day) {
    return "DATE '" + day + "'";
  }

  String bool(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  /** A double's exact decimal expansion, which the engine reads back as the same double. */
  String real(double value) {
    return new BigDecimal(value).toPlainString();
  }

  /**
   * The engine's name of the 64-bit floating-point type, for a {@code CAST}.
   *
   * @return e.g. {@code DOUBLE PRECISION}
   */
  public String doubleType() {
    return this == SQL_SERVER ? "FLOAT" : this == SPARK ? "DOUBLE" : "DOUBLE PRECISION";
  }

  private String typedNull(Class<?> type) {
    String sql = type == LocalDate.class ? "DATE"
        : type == String.class ? (this == SQL_SERVER ? "NVARCHAR(4000)" : this == SPARK ? "STRING" : "VARCHAR")
        : type == Double.class ? doubleType()
        : "BIGINT";
    return "CAST(NULL AS " + sql + ")";
  }

  static String checked(String name) {
    if (name == null || name.isBlank() || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("an SQL identifier must not be blank or hold NUL");
    }
    return name;
  }
}
