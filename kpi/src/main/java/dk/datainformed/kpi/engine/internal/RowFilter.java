package dk.datainformed.kpi.engine.internal;

import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Record;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.definition.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A {@link Filter} compiled once against a schema: field indexes resolved, values read into the
 * field's own type. Evaluates with SQL's three-valued logic, so a row passes exactly when {@code
 * WHERE filter} would keep it: a comparison with a missing value is unknown, and {@code NOT
 * unknown} is still unknown.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public abstract class RowFilter {
  static final int FALSE = 0;
  static final int TRUE = 1;
  static final int UNKNOWN = 2;

  RowFilter() {}

  /**
   * Compiles a filter.
   *
   * @param filter the filter, already checked against the schema by the KPI
   * @param schema the schema of the records it will read
   * @return the compiled filter
   */
  public static RowFilter compile(Filter filter, Schema schema) {
    if (filter instanceof Filter.All) {
      List<Filter> parts = ((Filter.All) filter).filters();
      return new Junction(compileAll(parts, schema), true);
    }
    if (filter instanceof Filter.Any) {
      List<Filter> parts = ((Filter.Any) filter).filters();
      return new Junction(compileAll(parts, schema), false);
    }
    if (filter instanceof Filter.Not) {
      return new Negation(compile(((Filter.Not) filter).filter(), schema));
    }
    if (filter instanceof Filter.Missing) {
      return new IsMissing(schema.indexOf(((Filter.Missing) filter).field()));
    }
    if (filter instanceof Filter.In) {
      Filter.In in = (Filter.In) filter;
      int index = schema.indexOf(in.field());
      FieldType type = schema.field(index).type();
      RowFilter[] any = new RowFilter[in.values().size()];
      if (isText(type)) {
        return new TextIn(index, new HashSet<>(in.values()));
      }
      for (int i = 0; i < any.length; i++) {
        any[i] = comparison(index, type, Filter.Comparison.EQUAL, in.values().get(i));
      }
      return new Junction(any, false);
    }
    Filter.Compare c = (Filter.Compare) filter;
    int index = schema.indexOf(c.field());
    return comparison(index, schema.field(index).type(), c.comparison(), c.value());
  }

  /**
   * Whether a row passes.
   *
   * @param row the row
   * @return true when the filter is true for it (not false, not unknown)
   */
  public final boolean test(Record row) {
    return eval(row) == TRUE;
  }

  abstract int eval(Record row);

  private static RowFilter[] compileAll(List<Filter> parts, Schema schema) {
    RowFilter[] out = new RowFilter[parts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = compile(parts.get(i), schema);
    }
    return out;
  }

  private static boolean isText(FieldType type) {
    return type == FieldType.TEXT || type == FieldType.CATEGORY || type == FieldType.IDENTIFIER
        || type == FieldType.PSEUDONYM;
  }

  private static RowFilter comparison(
      int index, FieldType type, Filter.Comparison comparison, String value) {
    switch (type) {
      case INTEGER:
        return new LongCompare(index, comparison, Long.parseLong(value), false);
      case DATE:
        return new LongCompare(index, comparison, LocalDate.parse(value).toEpochDay(), true);
      case TIMESTAMP:
        Instant t = Instant.parse(value);
        long micros = Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
        return new MicrosCompare(index, comparison, micros);
      case DECIMAL:
        return new DoubleCompare(index, comparison, new BigDecimal(value).doubleValue());
      case BOOLEAN:
        return new BooleanCompare(index, comparison, Boolean.parseBoolean(value));
      case PERIOD:
        return new PeriodCompare(index, comparison, Period.parse(value));
      default:
        return new TextCompare(index, comparison, value);
    }
  }

  static int verdict(Filter.Comparison comparison, int order) {
    boolean pass;
    switch (comparison) {
      case EQUAL:
        pass = order == 0;
        break;
      case NOT_EQUAL:
        pass = order != 0;
        break;
      case LESS_THAN:
        pass = order < 0;
        break;
      case AT_MOST:
        pass = order <= 0;
        break;
      case GREATER_THAN:
        pass = order > 0;
        break;
      default:
        pass = order >= 0;
        break;
    }
    return pass ? TRUE : FALSE;
  }

  private static final class LongCompare extends RowFilter {
    private final int index;
    private final Filter.Comparison comparison;
    private final long value;
    private final boolean date;

    LongCompare(int index, Filter.Comparison comparison, long value, boolean date) {
      this.index = index;
      this.comparison = comparison;
      this.value = value;
      this.date = date;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      long v = date ? row.getEpochDay(index) : row.getLong(index);
      return verdict(comparison, Long.compare(v, value));
    }
  }

  private static final class MicrosCompare extends RowFilter {
    private final int index;
    private final Filter.Comparison comparison;
    private final long value;

    MicrosCompare(int index, Filter.Comparison comparison, long value) {
      this.index = index;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      return verdict(comparison, Long.compare(row.getEpochMicros(index), value));
    }
  }

  private static final class DoubleCompare extends RowFilter {
    private final int index;
    private final Filter.Comparison comparison;
    private final double value;

    DoubleCompare(int index, Filter.Comparison comparison, double value) {
      this.index = index;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      return verdict(comparison, Double.compare(row.getDouble(index), value));
    }
  }

  private static final class BooleanCompare extends RowFilter {
    private final int index;
    private final Filter.Comparison comparison;
    private final boolean value;

    BooleanCompare(int index, Filter.Comparison comparison, boolean value) {
      this.index = index;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      return verdict(comparison, Boolean.compare(row.getBoolean(index), value));
    }
  }

  private static final class PeriodCompare extends RowFilter {
    private final int index;
    private final Filter.Comparison comparison;
    private final Period value;

    PeriodCompare(int index, Filter.Comparison comparison, Period value) {
      this.index = index;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      return verdict(comparison, row.getPeriod(index).compareTo(value));
    }
  }

  private static final class TextCompare extends RowFilter {
    private final int index;
    private final Filter.Comparison comparison;
    private final String value;

    TextCompare(int index, Filter.Comparison comparison, String value) {
      this.index = index;
      this.comparison = comparison;
      this.value = value;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      return verdict(comparison, row.getText(index).compareTo(value));
    }
  }

  private static final class TextIn extends RowFilter {
    private final int index;
    private final Set<String> values;

    TextIn(int index, Set<String> values) {
      this.index = index;
      this.values = values;
    }

    @Override
    int eval(Record row) {
      if (row.isNull(index)) {
        return UNKNOWN;
      }
      return values.contains(row.getText(index)) ? TRUE : FALSE;
    }
  }

  private static final class IsMissing extends RowFilter {
    private final int index;

    IsMissing(int index) {
      this.index = index;
    }

    @Override
    int eval(Record row) {
      return row.isNull(index) ? TRUE : FALSE;
    }
  }

  private static final class Negation extends RowFilter {
    private final RowFilter inner;

    Negation(RowFilter inner) {
      this.inner = inner;
    }

    @Override
    int eval(Record row) {
      int v = inner.eval(row);
      return v == UNKNOWN ? UNKNOWN : 1 - v;
    }
  }

  private static final class Junction extends RowFilter {
    private final RowFilter[] parts;
    private final boolean all;

    Junction(RowFilter[] parts, boolean all) {
      this.parts = parts;
      this.all = all;
    }

    @Override
    int eval(Record row) {
      int decisive = all ? FALSE : TRUE;
      int result = all ? TRUE : FALSE;
      for (RowFilter part : parts) {
        int v = part.eval(row);
        if (v == decisive) {
          return decisive;
        }
        if (v == UNKNOWN) {
          result = UNKNOWN;
        }
      }
      return result;
    }
  }

  /**
   * A filter every row passes.
   *
   * @return the filter
   */
  public static RowFilter none() {
    return new RowFilter() {
      @Override
      int eval(Record row) {
        return TRUE;
      }
    };
  }

}
