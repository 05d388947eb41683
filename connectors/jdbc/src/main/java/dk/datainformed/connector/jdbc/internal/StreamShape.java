package dk.datainformed.connector.jdbc.internal;

import dk.datainformed.connector.api.AnswerText;
import dk.datainformed.connector.api.ConnectorException;
import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.record.Field;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.text.Suggestions;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stream as the database describes it: each column's name, kind and field, the record schema,
 * and which columns are the cursor and the keys. Made from the metadata of a query that fetches no
 * rows.
 */
final class StreamShape {

  private final Schema schema;
  private final List<ColumnKind> kinds;
  private final List<String> quoted;
  /** The result set columns (0-based) of the cursor, then the keys: the read's order. */
  private final int[] order;

  private StreamShape(Schema schema, List<ColumnKind> kinds, List<String> quoted, int[] order) {
    this.schema = schema;
    this.kinds = kinds;
    this.quoted = quoted;
    this.order = order;
  }

  /**
   * Describes the stream from a result set's metadata.
   *
   * @param meta the metadata of the source's query
   * @param settings the connector's settings: cursor, keys and CPR columns
   * @param quote the database's identifier quote, or a blank when it has none
   * @return the shape
   * @throws ConnectorException listing every column that cannot be read and every setting that names
   *     no fitting column
   * @throws SQLException when the driver cannot describe the columns
   */
  static StreamShape of(ResultSetMetaData meta, JdbcSettings settings, String quote) throws SQLException {
    int count = meta.getColumnCount();
    List<String> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<ColumnKind> kinds = new ArrayList<>();
    List<String> typeNames = new ArrayList<>();
    Map<String, Integer> byLowerName = new HashMap<>();
    for (int i = 1; i <= count; i++) {
      String label = meta.getColumnLabel(i);
      String typeName = meta.getColumnTypeName(i);
      ColumnKind kind = ColumnKind.of(meta.getColumnType(i), typeName, meta.getPrecision(i), meta.getScale(i));
      names.add(label);
      kinds.add(kind);
      typeNames.add(typeName);
      if (kind == null) {
        problems.add("column '" + AnswerText.quote(label) + "' is of type " + AnswerText.quote(typeName)
            + ", which the jdbc connector cannot read: leave it out, or cast it to text, in a 'query'");
      }
      if (byLowerName.put(label.toLowerCase(Locale.ROOT), i - 1) != null) {
        problems.add("two columns are named '" + AnswerText.quote(label) + "' (names are compared ignoring"
            + " case): give one another name with AS in a 'query'");
      }
    }
    int cursor = column(settings.cursorField(), "cursor_field", byLowerName, names, kinds, typeNames, problems);
    int[] order = new int[1 + settings.keyFields().size()];
    order[0] = cursor;
    for (int k = 0; k < settings.keyFields().size(); k++) {
      order[k + 1] = column(settings.keyFields().get(k), "key_fields", byLowerName, names, kinds, typeNames, problems);
    }
    boolean[] cpr = new boolean[count];
    for (String name : settings.cprFields()) {
      Integer at = byLowerName.get(name.toLowerCase(Locale.ROOT));
      if (at == null) {
        problems.add("cpr_fields: '" + name + "' is not a column of " + settings.sourceShown() + didYouMean(name, names));
      } else if (kinds.get(at) != ColumnKind.CHARACTERS) {
        problems.add("cpr_fields: column '" + names.get(at) + "' is of type " + AnswerText.quote(typeNames.get(at))
            + "; CPR numbers are read from a text column (CHAR or VARCHAR)");
      } else {
        cpr[at] = true;
      }
    }
    List<Field> fields = new ArrayList<>();
    if (problems.isEmpty()) {
      for (int i = 0; i < count; i++) {
        boolean ordered = false;
        for (int o : order) {
          ordered |= o == i;
        }
        boolean nullable = !ordered && meta.isNullable(i + 1) != ResultSetMetaData.columnNoNulls;
        FieldType type = cpr[i] ? FieldType.CPR : kinds.get(i).fieldType();
        try {
          fields.add(new Field(names.get(i), type, nullable));
        } catch (DatainformedException e) {
          problems.add("column '" + AnswerText.quote(names.get(i)) + "' has no usable field name (a letter or _,"
              + " then letters, digits and _, at most 128): give it one with AS in a 'query'");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ConnectorException("The columns of " + settings.sourceShown() + " do not fit the settings:\n  - "
          + String.join("\n  - ", problems));
    }
    List<String> quotedNames = new ArrayList<>();
    for (String name : names) {
      quotedNames.add(quote.isBlank() ? name : quote + name.replace(quote, quote + quote) + quote);
    }
    return new StreamShape(Schema.of(fields), List.copyOf(kinds), List.copyOf(quotedNames), order);
  }

  private static int column(String name, String key, Map<String, Integer> byLowerName, List<String> names,
      List<ColumnKind> kinds, List<String> typeNames, List<String> problems) {
    Integer at = byLowerName.get(name.toLowerCase(Locale.ROOT));
    if (at == null) {
      problems.add(key + ": '" + name + "' is not a column; the columns are " + shownNames(names)
          + didYouMean(name, names));
      return 0;
    }
    ColumnKind kind = kinds.get(at);
    if (kind != null && !kind.orderable()) {
      problems.add(key + ": column '" + names.get(at) + "' is of type " + AnswerText.quote(typeNames.get(at))
          + ", which the connector cannot order and compare; choose a number, date, timestamp or text"
          + " column, or cast it in a 'query'");
    }
    return at;
  }

  private static String didYouMean(String name, List<String> names) {
    return Suggestions.didYouMean(name, names).map(n -> " (did you mean '" + AnswerText.quote(n) + "'?)").orElse("");
  }

  private static String shownNames(List<String> names) {
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      shown.add(AnswerText.quote(name, 40));
    }
    return AnswerText.quote(shown.toString(), 400);
  }

  /** The record schema. */
  Schema schema() {
    return schema;
  }

  /** The kind of a column, 0-based. */
  ColumnKind kind(int column) {
    return kinds.get(column);
  }

  /** The columns of the read's order, 0-based: the cursor first, then the keys. */
  int[] order() {
    return order.clone();
  }

  /** The order columns' names as the SQL writes them: the cursor, then the keys. */
  List<String> quotedOrder() {
    List<String> names = new ArrayList<>();
    for (int column : order) {
      names.add(quoted.get(column));
    }
    return List.copyOf(names);
  }

  /** How many columns make the order. */
  int orderSize() {
    return order.length;
  }

  /** A column's name as the SQL writes it, quoted when the database has a quote. */
  String quotedName(int column) {
    return quoted.get(column);
  }
}
