package dk.datainformed.sql.internal;

import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Filter;
import dk.datainformed.sql.Dialect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

/**
 * A KPI's {@link Filter} as a SQL condition. SQL's three-valued logic is the in-process engine's
 * (a comparison with a missing value is unknown, and {@code NOT unknown} is unknown), so the
 * condition keeps exactly the rows the engine keeps; the filter's values are read into the field's
 * type the way the engine reads them. Text is compared only for (in)equality, which every collation
 * agrees on: a definition may not order text (its source checks refuse it).
 */
final class FilterSql {
  private final Dialect dialect;
  private final Schema schema;

  FilterSql(Dialect dialect, Schema schema) {
    this.dialect = dialect;
    this.schema = schema;
  }

  /** The condition on the rows of alias {@code r}. */
  String condition(Filter filter) {
    if (filter instanceof Filter.All) {
      return junction(((Filter.All) filter).filters(), " AND ");
    }
    if (filter instanceof Filter.Any) {
      return junction(((Filter.Any) filter).filters(), " OR ");
    }
    if (filter instanceof Filter.Not) {
      return "(NOT " + condition(((Filter.Not) filter).filter()) + ")";
    }
    if (filter instanceof Filter.Missing) {
      return "(" + column(((Filter.Missing) filter).field()) + " IS NULL)";
    }
    if (filter instanceof Filter.In) {
      Filter.In in = (Filter.In) filter;
      FieldType type = schema.field(schema.indexOf(in.field())).type();
      StringJoiner values = new StringJoiner(", ", "(", ")");
      for (String v : in.values()) {
        values.add(literal(type, v));
      }
      return "(" + typed(type, column(in.field())) + " IN " + values + ")";
    }
    Filter.Compare c = (Filter.Compare) filter;
    FieldType type = schema.field(schema.indexOf(c.field())).type();
    String column = typed(type, column(c.field()));
    String value = literal(type, c.value());
    return "(" + column + " " + operator(c.comparison()) + " " + value + ")";
  }

  private String junction(List<Filter> parts, String operator) {
    StringJoiner s = new StringJoiner(operator, "(", ")");
    for (Filter f : parts) {
      s.add(condition(f));
    }
    return s.toString();
  }

  private String column(String field) {
    return "r." + dialect.identifier(field);
  }

  /** A decimal column is compared as a double, as the engine compares it: 0.1 in a DECIMAL equals 0.1. */
  private String typed(FieldType type, String column) {
    return type == FieldType.DECIMAL ? "CAST(" + column + " AS " + dialect.doubleType() + ")" : column;
  }

  private String literal(FieldType type, String value) {
    switch (type) {
      case INTEGER:
        return dialect.literal(Long.parseLong(value));
      case DATE:
        return dialect.literal(LocalDate.parse(value));
      case DECIMAL:
        // As the engine reads it: the nearest double of the decimal written.
        return "CAST(" + dialect.literal(new BigDecimal(value).doubleValue()) + " AS " + dialect.doubleType() + ")";
      case BOOLEAN:
        return dialect.literal(Boolean.parseBoolean(value));
      case PERIOD:
        return dialect.literal(Period.parse(value).format());
      default:
        return dialect.literal(value);
    }
  }

  private static String operator(Filter.Comparison comparison) {
    switch (comparison) {
      case EQUAL:
        return "=";
      case NOT_EQUAL:
        return "<>";
      case LESS_THAN:
        return "<";
      case AT_MOST:
        return "<=";
      case GREATER_THAN:
        return ">";
      default:
        return ">=";
    }
  }
}
