package dk.datainformed.connector.jdbc.internal;

import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.RecordBuilder;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How the values of one kind of SQL column are read from a result set, put in a record, written
 * as checkpoint text and bound back as a query parameter.
 *
 * <p>The text of a value round-trips exactly: a number as its exact digits, a date and a timestamp
 * in ISO 8601, so that a read resumed from a checkpoint compares the database's own value with
 * itself.
 */
enum ColumnKind {
  /** Whole numbers: BIGINT, INTEGER, SMALLINT, TINYINT, and NUMERIC of scale 0 and up to 18 digits. */
  WHOLE(FieldType.INTEGER, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      BigDecimal value = rows.getBigDecimal(column);
      return value == null ? null : value.longValueExact();
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setLong(index, (Long) value);
    }

    @Override
    Object parse(String text) {
      return Long.parseLong(text);
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setLong(parameter, (Long) value);
    }
  },

  /** Exact decimals: NUMERIC and DECIMAL with a fraction or more than 18 digits; records hold a double. */
  EXACT(FieldType.DECIMAL, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      return rows.getBigDecimal(column);
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setDouble(index, ((BigDecimal) value).doubleValue());
    }

    @Override
    String text(Object value) {
      return ((BigDecimal) value).toPlainString();
    }

    @Override
    Object parse(String text) {
      return new BigDecimal(text);
    }

    @Override
    boolean same(Object a, Object b) {
      return ((BigDecimal) a).compareTo((BigDecimal) b) == 0;
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setBigDecimal(parameter, (BigDecimal) value);
    }
  },

  /** Binary floating point: REAL, FLOAT, DOUBLE. */
  FLOATING(FieldType.DECIMAL, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      double value = rows.getDouble(column);
      return rows.wasNull() ? null : value;
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setDouble(index, (Double) value);
    }

    @Override
    Object parse(String text) {
      return Double.parseDouble(text);
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setDouble(parameter, (Double) value);
    }
  },

  /** BOOLEAN, and BIT of one bit. */
  TRUTH(FieldType.BOOLEAN, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      boolean value = rows.getBoolean(column);
      return rows.wasNull() ? null : value;
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setBoolean(index, (Boolean) value);
    }

    @Override
    Object parse(String text) {
      if (!text.equals("true") && !text.equals("false")) {
        throw new IllegalArgumentException("not true or false");
      }
      return Boolean.valueOf(text);
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setBoolean(parameter, (Boolean) value);
    }
  },

  /** DATE. */
  DAY(FieldType.DATE, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      return rows.getObject(column, LocalDate.class);
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setDate(index, (LocalDate) value);
    }

    @Override
    Object parse(String text) {
      return LocalDate.parse(text);
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setObject(parameter, value);
    }
  },

  /** TIMESTAMP without time zone: its wall-clock digits are read as UTC. */
  LOCAL_TIMESTAMP(FieldType.TIMESTAMP, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      return rows.getObject(column, LocalDateTime.class);
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setTimestamp(index, ((LocalDateTime) value).toInstant(ZoneOffset.UTC));
    }

    @Override
    Object parse(String text) {
      return LocalDateTime.parse(text);
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setObject(parameter, value);
    }
  },

  /** TIMESTAMP WITH TIME ZONE: an instant. */
  ZONED_TIMESTAMP(FieldType.TIMESTAMP, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      return rows.getObject(column, OffsetDateTime.class);
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.setTimestamp(index, ((OffsetDateTime) value).toInstant());
    }

    @Override
    Object parse(String text) {
      return OffsetDateTime.parse(text);
    }

    @Override
    boolean same(Object a, Object b) {
      return ((OffsetDateTime) a).isEqual((OffsetDateTime) b);
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setObject(parameter, value);
    }
  },

  /** Character columns: CHAR, VARCHAR, NVARCHAR, CLOB and their kin. */
  CHARACTERS(FieldType.TEXT, true) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      return rows.getString(column);
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.set(index, value);
    }

    @Override
    Object parse(String text) {
      return text;
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) throws SQLException {
      statement.setString(parameter, (String) value);
    }
  },

  /** Any other type the driver can give as text (TIME, UUID, INTERVAL, JSON, enums): text, not orderable. */
  OTHER_AS_TEXT(FieldType.TEXT, false) {
    @Override
    Object read(ResultSet rows, int column) throws SQLException {
      return rows.getString(column);
    }

    @Override
    void set(RecordBuilder builder, int index, Object value) {
      builder.set(index, value);
    }

    @Override
    Object parse(String text) {
      return text;
    }

    @Override
    void bind(PreparedStatement statement, int parameter, Object value) {
      throw new IllegalStateException("a column of kind " + this + " is never a cursor or key");
    }
  };

  private final FieldType fieldType;
  private final boolean orderable;

  ColumnKind(FieldType fieldType, boolean orderable) {
    this.fieldType = fieldType;
    this.orderable = orderable;
  }

  /**
   * The kind of a result set column, or null when the connector cannot read its values.
   *
   * @param type the column's {@link Types} code
   * @param typeName the database's name of the type
   * @param precision the declared precision
   * @param scale the declared scale
   * @return the kind, or null for binary, array, structured and reference types
   */
  static ColumnKind of(int type, String typeName, int precision, int scale) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    switch (type) {
      case Types.BIGINT:
      case Types.INTEGER:
      case Types.SMALLINT:
      case Types.TINYINT:
        return WHOLE;
      case Types.NUMERIC:
      case Types.DECIMAL:
        return scale == 0 && precision > 0 && precision <= 18 ? WHOLE : EXACT;
      case Types.REAL:
      case Types.FLOAT:
      case Types.DOUBLE:
        return FLOATING;
      case Types.BOOLEAN:
        return TRUTH;
      case Types.BIT:
        return precision <= 1 || name.startsWith("bool") ? TRUTH : OTHER_AS_TEXT;
      case Types.DATE:
        return DAY;
      case Types.TIMESTAMP:
        return name.contains("tz") || name.contains("time zone") ? ZONED_TIMESTAMP : LOCAL_TIMESTAMP;
      case Types.TIMESTAMP_WITH_TIMEZONE:
        return ZONED_TIMESTAMP;
      case Types.CHAR:
      case Types.VARCHAR:
      case Types.LONGVARCHAR:
      case Types.NCHAR:
      case Types.NVARCHAR:
      case Types.LONGNVARCHAR:
      case Types.CLOB:
      case Types.NCLOB:
        return CHARACTERS;
      case Types.BINARY:
      case Types.VARBINARY:
      case Types.LONGVARBINARY:
      case Types.BLOB:
      case Types.ARRAY:
      case Types.STRUCT:
      case Types.REF:
      case Types.REF_CURSOR:
      case Types.DATALINK:
      case Types.ROWID:
      case Types.JAVA_OBJECT:
      case Types.DISTINCT:
        return null;
      default:
        // TIME, SQLXML, NULL and vendor types (uuid, interval, json, SQL Server's datetimeoffset).
        return name.contains("datetimeoffset") ? ZONED_TIMESTAMP : OTHER_AS_TEXT;
    }
  }

  /** The record field type of the kind's values. */
  FieldType fieldType() {
    return fieldType;
  }

  /** Whether the kind can be a cursor or key: compared in SQL and bound as a parameter. */
  boolean orderable() {
    return orderable;
  }

  /**
   * Reads a value.
   *
   * @return the value, or null for SQL NULL
   * @throws SQLException when the driver cannot give the value as the kind's Java type
   * @throws ArithmeticException when a whole number does not fit a {@code long}
   */
  abstract Object read(ResultSet rows, int column) throws SQLException;

  /**
   * Puts a non-null value in a record.
   *
   * @throws dk.datainformed.core.record.SchemaViolationException when the value does not fit the field
   */
  abstract void set(RecordBuilder builder, int index, Object value);

  /** A non-null value as checkpoint text, which {@link #parse} reads back to an equal value. */
  String text(Object value) {
    return value.toString();
  }

  /**
   * Reads checkpoint text back.
   *
   * @throws RuntimeException (a parse exception) when the text is not of the kind
   */
  abstract Object parse(String text);

  /** Whether two non-null values are the same value, as the database compares them. */
  boolean same(Object a, Object b) {
    return a.equals(b);
  }

  /** Binds a non-null value as a query parameter. */
  abstract void bind(PreparedStatement statement, int parameter, Object value) throws SQLException;
}
