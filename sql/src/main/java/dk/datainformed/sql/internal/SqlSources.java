package dk.datainformed.sql.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.record.FieldType;
import dk.datainformed.core.record.Schema;
import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.Aggregation;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.Measure;
import dk.datainformed.kpi.definition.SourceDataset;
import dk.datainformed.kpi.definition.Window;
import dk.datainformed.kpi.engine.KpiRequest;
import dk.datainformed.kpi.engine.OrganisationBreakdown;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.engine.internal.Evaluator;
import dk.datainformed.kpi.engine.internal.SourceAggregator;
import dk.datainformed.kpi.engine.internal.SourceTable;
import dk.datainformed.kpi.engine.internal.Table;
import dk.datainformed.sql.Dialect;
import dk.datainformed.sql.OrganisationClosure;
import dk.datainformed.sql.QueryRunner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The parts of a simple or ratio KPI from a SQL engine, in at most four queries (and one per median or percentile):
 *
 * <ol>
 *   <li>a probe: the records per value of the time field, all and matching the KPI's filter (what
 *       was read, which periods the source covers, and the calendar the next queries join);
 *   <li>the parts: per unit and ancestor (the organisation as it stood on each record's day),
 *       dimension values and period, the records, distinct persons and each measure's rows,
 *       values, sum, minimum and maximum (and, for a median or percentile, the values next to its
 *       rank, numbered by the engine);
 *   <li>the periods at the KPI's grain behind each part, when the grain asked for is coarser or a
 *       window accumulates;
 *   <li>the records no unit of the organisation takes.
 * </ol>
 *
 * <p>The calendar and the closure go in as {@code VALUES}, so the SQL needs no date function and
 * no recursive query; the parts come back to {@link SourceTable}, the code that lays out the
 * in-process engine's parts.
 */
public final class SqlSources implements Evaluator.Sources {
  private static final int PARTS = 6;

  private final Dialect dialect;
  private final QueryRunner runner;
  private final Function<SourceDataset, String> tables;

  /**
   * Prepares the sources of one engine.
   *
   * @param dialect the engine's dialect
   * @param runner runs a query there
   * @param tables the table (quoted, perhaps qualified) of each source
   */
  public SqlSources(Dialect dialect, QueryRunner runner, Function<SourceDataset, String> tables) {
    this.dialect = dialect;
    this.runner = runner;
    this.tables = tables;
  }

  @Override
  public Table table(KpiRequest request, Optional<Window> window) {
    // The in-process engine's checks of the request (person field, unit field), made once.
    new SourceAggregator(request);
    return new Compilation(request, window).run();
  }

  /** One source KPI's queries. */
  private final class Compilation {
    private final KpiRequest request;
    private final Optional<Window> window;
    private final KpiDefinition kpi;
    private final SourceDataset source;
    private final Schema schema;
    private final FilterSql filters;
    private final Optional<String> where;
    private final Optional<OrganisationBreakdown> organisation;
    private final List<String> dimensions;
    private final List<Measure> measures;
    private final Grain grain;
    private final Grain finest;
    /**
     * Whether the rows are first summed per unit, breakdown and time value (in a {@code WITH}
     * element {@code pre}) and only those sums joined to the calendar and closure: exact for
     * counts, sums, minima and maxima, not for distinct counts and medians. DuckDB joins a few
     * thousand sums faster than millions of rows (SqlEngineBenchmark and BENCHMARKS.md).
     */
    private final boolean pre;

    Compilation(KpiRequest request, Optional<Window> window) {
      this.request = request;
      this.window = window;
      this.kpi = request.kpi();
      this.source = Capabilities.source(kpi);
      this.schema = source.schema();
      this.filters = new FilterSql(dialect, schema);
      this.where = Capabilities.filter(kpi).map(filters::condition);
      this.organisation = request.organisation();
      List<String> dims = new ArrayList<>(request.dimensions());
      organisation.ifPresent(o -> dims.remove(o.field()));
      this.dimensions = List.copyOf(dims);
      this.measures = SourceTable.measures(kpi);
      this.grain = request.grain();
      this.finest = kpi.grain();
      this.pre = request.personField().isEmpty() && measures.stream().noneMatch(m ->
          m.aggregation() == Aggregation.COUNT_DISTINCT || percentile(m).isPresent());
    }

    Table run() {
      boolean dates = type(source.timeField()) == FieldType.DATE;
      String time = column(source.timeField());
      String matching = where.map(w -> count() + "(CASE WHEN " + w + " THEN 1 END)").orElse(count() + "(*)");
      List<Object[]> probe = runner.rows("SELECT " + time + ", " + count() + "(*), " + matching + " FROM " + table()
          + " r GROUP BY " + time);
      SourceTable out = new SourceTable(request);
      long read = 0;
      long passing = 0;
      List<List<Object>> calendar = new ArrayList<>();
      for (Object[] row : probe) {
        long all = number(row[1]).longValue();
        long matched = number(row[2]).longValue();
        read += all;
        if (row[0] == null) {
          if (matched > 0) {
            throw new KpiException(prefix() + matched + " records have no value in the time field '"
                + source.timeField() + "'");
          }
          continue;
        }
        Period own;
        LocalDate placed;
        Object key;
        if (dates) {
          placed = day(row[0]);
          own = Period.of(finest, placed);
          key = placed;
        } else {
          String text = row[0].toString();
          Period p = period(text);
          if (p.grain().isCoarserThan(finest)) {
            if (matched > 0) {
              throw new KpiException("KPI '" + kpi.id() + "' is computed by " + finest + " but a record of source '"
                  + source.name() + "' is for the " + p.grain() + " " + p
                  + ": a record's period must be " + finest + " or finer");
            }
            continue;
          }
          own = p.grain() == finest ? p : p.to(finest);
          placed = p.end();
          key = text;
        }
        out.cover(own.to(grain));
        if (matched > 0) {
          passing += matched;
          for (Period w : SourceTable.windowPeriods(own.to(grain), window)) {
            calendar.add(List.of(key, w.format(), own.format(), placed));
          }
        }
      }
      if (calendar.isEmpty()) {
        return out.finish(window, Optional.empty(), Optional.empty(), read, 0);
      }
      String with = "WITH " + dialect.values("calendar", List.of("key", "period", "finest", "placed"), calendar);
      if (organisation.isPresent()) {
        OrganisationClosure closure = OrganisationClosure.of(organisation.get());
        if (closure.rows().isEmpty()) {
          return out.finish(window, Optional.empty(), Optional.empty(), read, passing);
        }
        with += ", " + dialect.values("closure", OrganisationClosure.COLUMNS, OrganisationClosure.TYPES,
            closure.values());
      }
      return parts(out, with, read);
    }

    private Table parts(SourceTable out, String withCalendar, long read) {
      String groups = groups();
      String with = pre ? withCalendar + ", " + preSums() : withCalendar;
      List<Object[]> rows = runner.rows(with + " SELECT " + groups + ", k." + q("period") + ", " + records() + ", "
          + request.personField().map(p -> count() + "(DISTINCT " + column(p) + ")").orElse("0")
          + measureColumns() + from() + whereClause() + " GROUP BY " + groups + ", k." + q("period"));
      int keys = keyColumns();
      boolean periodsAreParts = grain == finest && window.isEmpty();
      Map<List<Object>, List<Period>> behind = periodsAreParts ? Map.of() : behind(with, groups, keys);
      List<Map<List<Object>, Map<Long, Double>>> ranked = new ArrayList<>();
      for (Measure m : measures) {
        ranked.add(percentile(m).isPresent() ? ranks(with, m, percentile(m).getAsDouble()) : Map.of());
      }
      Period first = null;
      Period last = null;
      for (Object[] row : rows) {
        Period p = period(row[keys].toString());
        first = periodsAreParts && (first == null || p.compareTo(first) < 0) ? p : first;
        last = periodsAreParts && (last == null || p.compareTo(last) > 0) ? p : last;
        List<SourceTable.MeasureParts> parts = new ArrayList<>(measures.size());
        for (int m = 0; m < measures.size(); m++) {
          int at = keys + 3 + m * PARTS;
          long values = number(row[at + 1]).longValue();
          double percentile = Double.NaN;
          if (percentile(measures.get(m)).isPresent() && values > 0) {
            double h = SourceTable.rank(values, percentile(measures.get(m)).getAsDouble());
            Map<Long, Double> at0 = ranked.get(m).get(groupOf(row, keys + 1));
            long low = (long) Math.floor(h) + 1;
            double lo = at0.get(low);
            percentile = SourceTable.interpolate(lo, at0.getOrDefault(Math.min(low + 1, values), lo), h);
          }
          parts.add(new SourceTable.MeasureParts(number(row[at]).longValue(), values,
              real(row[at + 2], 0), real(row[at + 3], Double.POSITIVE_INFINITY),
              real(row[at + 4], Double.NEGATIVE_INFINITY), percentile));
        }
        OptionalLong people = request.personField().isPresent()
            ? OptionalLong.of(number(row[keys + 2]).longValue()) : OptionalLong.empty();
        List<Period> periods = periodsAreParts ? List.of(p) : behind.get(groupOf(row, keys + 1));
        out.add(key(row), p, number(row[keys + 1]).longValue(), people, periods, parts);
      }
      if (!periodsAreParts) {
        for (List<Period> ps : behind.values()) {
          for (Period f : ps) {
            Period g = f.to(grain);
            first = first == null || g.compareTo(first) < 0 ? g : first;
            last = last == null || g.compareTo(last) > 0 ? g : last;
          }
        }
      }
      long unplaced = organisation.isEmpty() ? 0 : unplaced(with);
      return out.finish(window, Optional.ofNullable(first), Optional.ofNullable(last), read, unplaced);
    }

    private OptionalDouble percentile(Measure m) {
      return m.aggregation() == Aggregation.MEDIAN ? OptionalDouble.of(50)
          : m.aggregation() == Aggregation.PERCENTILE ? OptionalDouble.of(m.percentile().orElseThrow())
          : OptionalDouble.empty();
    }

    /**
     * The values a percentile is interpolated between, by (group, period) and 1-based rank: the
     * engine sorts and numbers the values ({@code ROW_NUMBER}, which every engine has), and Java
     * interpolates as in process, so that the percentile is the same to the last bit in every
     * engine (DuckDB's {@code quantile_cont} and PostgreSQL's {@code percentile_cont} round their
     * interpolation differently). Three ranks around the one asked for come back, so that the
     * engine's rounding of the rank cannot miss one.
     */
    private Map<List<Object>, Map<Long, Double>> ranks(String with, Measure m, double percentile) {
      String x = "CAST(" + column(m.fields().get(0)) + " AS " + dialect.doubleType() + ")";
      List<String> columns = new ArrayList<>(groupColumns());
      columns.add("k." + q("period"));
      String partition = String.join(", ", columns);
      int keys = keyColumns();
      StringJoiner select = new StringJoiner(", ");
      StringJoiner outer = new StringJoiner(", ");
      for (int i = 0; i < columns.size(); i++) {
        select.add(columns.get(i) + " AS " + q("g" + i));
        outer.add(q("g" + i));
      }
      String conditions = where.map(w -> w + " AND ").orElse("")
          + m.filter().map(f -> filters.condition(f) + " AND ").orElse("") + x + " IS NOT NULL";
      String rank = "FLOOR((" + q("n") + " - 1) * " + dialect.literal(percentile / 100.0) + ") + 1";
      List<Object[]> rows = runner.rows(with + " SELECT " + outer + ", " + q("rn") + ", " + q("v") + " FROM (SELECT "
          + select + ", " + x + " AS " + q("v") + ", ROW_NUMBER() OVER (PARTITION BY " + partition + " ORDER BY " + x
          + ") AS " + q("rn") + ", " + count() + "(*) OVER (PARTITION BY " + partition + ") AS " + q("n") + from() + " WHERE "
          + conditions + ") t WHERE " + q("rn") + " BETWEEN " + rank + " - 1 AND " + rank + " + 2");
      Map<List<Object>, Map<Long, Double>> out = new HashMap<>();
      for (Object[] row : rows) {
        out.computeIfAbsent(groupOf(row, keys + 1), k -> new HashMap<>())
            .put(number(row[keys + 1]).longValue(), number(row[keys + 2]).doubleValue());
      }
      return out;
    }

    /** The KPI-grain periods behind each (group, period) of the parts. */
    private Map<List<Object>, List<Period>> behind(String with, String groups, int keys) {
      Map<List<Object>, List<Period>> out = new HashMap<>();
      for (Object[] row : runner.rows(with + " SELECT " + groups + ", k." + q("period") + ", k." + q("finest")
          + from() + whereClause() + " GROUP BY " + groups + ", k." + q("period")
          + ", k." + q("finest"))) {
        out.computeIfAbsent(groupOf(row, keys + 1), k -> new ArrayList<>()).add(period(row[keys + 1].toString()));
      }
      return out;
    }

    private long unplaced(String with) {
      String unit = column(organisation.get().field());
      String placedIn = " FROM " + q("closure") + " c WHERE c." + q("unit") + " = " + unit
          + " AND k." + q("placed") + " >= c." + q("valid_from") + " AND (c." + q("valid_to") + " IS NULL OR k."
          + q("placed") + " < c." + q("valid_to") + ")";
      List<Object[]> rows = runner.rows(with + " SELECT " + records() + " FROM " + source() + " r JOIN (SELECT DISTINCT "
          + q("key") + ", " + q("placed") + " FROM " + q("calendar") + ") k ON k." + q("key") + " = "
          + column(source.timeField()) + " WHERE " + (pre ? "" : where.map(w -> w + " AND ").orElse(""))
          + "NOT EXISTS (SELECT 1" + placedIn + ")");
      return rows.isEmpty() || rows.get(0)[0] == null ? 0 : number(rows.get(0)[0]).longValue();
    }

    /** The rows a query reads: the source, or its sums per unit, breakdown and time value. */
    private String source() {
      return pre ? q("pre") : table();
    }

    private String whereClause() {
      return pre ? "" : where.map(w -> " WHERE " + w).orElse("");
    }

    /** The count of records: of rows, or the sum of the sums' counts. */
    private String records() {
      return pre ? "SUM(r." + q("n") + ")" : count() + "(*)";
    }

    /** The {@code WITH} element {@code pre}: the KPI's rows summed per unit, breakdown and time value. */
    private String preSums() {
      StringJoiner keys = new StringJoiner(", ");
      organisation.ifPresent(o -> keys.add(column(o.field())));
      dimensions.forEach(d -> keys.add(column(d)));
      keys.add(column(source.timeField()));
      StringJoiner select = new StringJoiner(", ");
      organisation.ifPresent(o -> select.add(column(o.field()) + " AS " + q(o.field())));
      dimensions.forEach(d -> select.add(column(d) + " AS " + q(d)));
      select.add(column(source.timeField()) + " AS " + q(source.timeField()));
      select.add(count() + "(*) AS " + q("n"));
      List<String> parts = measureParts();
      for (int i = 0; i < parts.size(); i++) {
        select.add(parts.get(i) + " AS " + q("m" + i));
      }
      return q("pre") + " AS (SELECT " + select + " FROM " + table() + " r" + where.map(w -> " WHERE " + w).orElse("")
          + " GROUP BY " + keys + ")";
    }

    private String from() {
      String s = " FROM " + source() + " r JOIN " + q("calendar") + " k ON k." + q("key") + " = "
          + column(source.timeField());
      if (organisation.isPresent()) {
        s += " JOIN " + q("closure") + " c ON c." + q("unit") + " = " + column(organisation.get().field())
            + " AND k." + q("placed") + " >= c." + q("valid_from") + " AND (c." + q("valid_to") + " IS NULL OR k."
            + q("placed") + " < c." + q("valid_to") + ")";
      }
      return s;
    }

    /**
     * The group's columns: the ancestor, then the dimensions; the period when there are none, so
     * that every row starts with at least one key column.
     */
    private List<String> groupColumns() {
      List<String> out = new ArrayList<>();
      organisation.ifPresent(o -> out.add("c." + q("ancestor")));
      dimensions.forEach(d -> out.add(column(d)));
      return out.isEmpty() ? List.of("k." + q("period")) : out;
    }

    private String groups() {
      return String.join(", ", groupColumns());
    }

    /** How many columns a row of the parts starts with before its period. */
    private int keyColumns() {
      return groupColumns().size();
    }

    private List<Object> groupOf(Object[] row, int length) {
      List<Object> key = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        key.add(row[i] == null ? null : row[i].toString());
      }
      return key;
    }

    private SeriesKey key(Object[] row) {
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      int at = 0;
      if (organisation.isPresent()) {
        names.add(organisation.get().field());
        values.add(row[at++].toString());
      }
      for (String d : dimensions) {
        names.add(d);
        values.add(label(type(d), row[at++]));
      }
      return new SeriesKey(names, values);
    }

    private String measureColumns() {
      List<String> parts = measureParts();
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        String part = parts.get(i);
        if (pre) {
          String m = "r." + q("m" + i);
          part = i % 5 == 2 ? "COALESCE(SUM(" + m + "), 0)" : i % 5 == 3 ? "MIN(" + m + ")"
              : i % 5 == 4 ? "MAX(" + m + ")" : "SUM(" + m + ")";
        }
        s.append(", ").append(part);
        if (i % 5 == 4) {
          // The percentile's place: its values are numbered by another query.
          s.append(", 0");
        }
      }
      return s.toString();
    }

    /** Each measure's rows, values, sum, minimum and maximum over the rows of a group. */
    private List<String> measureParts() {
      List<String> out = new ArrayList<>();
      for (Measure m : measures) {
        Optional<String> when = m.filter().map(filters::condition);
        String rows = when.map(w -> count() + "(CASE WHEN " + w + " THEN 1 END)").orElse(count() + "(*)");
        String values = "0";
        String total = "0";
        String min = "0";
        String max = "0";
        Aggregation a = m.aggregation();
        if (a == Aggregation.SUM) {
          StringJoiner any = new StringJoiner(" OR ", "(", ")");
          StringJoiner sum = new StringJoiner(" + ");
          for (String f : m.fields()) {
            any.add(column(f) + " IS NOT NULL");
            sum.add("COALESCE(SUM(" + when(when, summed(f)) + "), 0)");
          }
          // A field the schema declares required holds a value in every row (as in process, where
          // a record without one is refused at ingest): its rows are its values.
          values = m.fields().stream().anyMatch(f -> !nullable(f)) ? rows
              : count() + "(CASE WHEN " + when.map(w -> w + " AND ").orElse("") + any + " THEN 1 END)";
          total = sum.toString();
        } else if (a != Aggregation.COUNT) {
          String x = when(when, column(m.fields().get(0)));
          values = count() + (a == Aggregation.COUNT_DISTINCT ? "(DISTINCT " + x + ")" : "(" + x + ")");
          if (a == Aggregation.MEAN) {
            total = "COALESCE(SUM(" + when(when, summed(m.fields().get(0))) + "), 0)";
          } else if (a == Aggregation.MIN || a == Aggregation.MAX) {
            min = "MIN(" + x + ")";
            max = "MAX(" + x + ")";
          }
        }
        out.addAll(List.of(rows, values, total, min, max));
      }
      return out;
    }

    /** The engine's count: SQL Server's COUNT is an int, COUNT_BIG a bigint. */
    private String count() {
      return dialect == Dialect.SQL_SERVER ? "COUNT_BIG" : "COUNT";
    }

    /**
     * A field as it is summed: a whole number as a BIGINT first, since SQL Server sums an int
     * column into an int, which overflows at 2³¹.
     */
    private String summed(String field) {
      return type(field) == FieldType.INTEGER ? "CAST(" + column(field) + " AS BIGINT)" : column(field);
    }

    private String when(Optional<String> when, String expression) {
      return when.map(w -> "CASE WHEN " + w + " THEN " + expression + " END").orElse(expression);
    }

    private String label(FieldType type, Object value) {
      if (value == null) {
        return SeriesKey.NO_VALUE;
      }
      switch (type) {
        case INTEGER:
          return Long.toString(number(value).longValue());
        case DECIMAL:
          return Double.toString(number(value).doubleValue());
        case BOOLEAN:
          return Boolean.toString(value instanceof Number ? number(value).intValue() != 0 : (Boolean) value);
        case DATE:
          return day(value).toString();
        case PERIOD:
          return period(value.toString()).format();
        default:
          return value.toString();
      }
    }

    private Period period(String text) {
      return Period.tryParse(text).toOptional().orElseThrow(() -> new KpiException(prefix() + "the value '"
          + CprDetector.mask(text) + "' is not a period: a period field holds periods as Period.format() writes"
          + " them, e.g. 2024M01"));
    }

    private String table() {
      return tables.apply(source);
    }

    private String column(String field) {
      return "r." + q(field);
    }

    private String q(String name) {
      return dialect.identifier(name);
    }

    private boolean nullable(String field) {
      return schema.field(schema.indexOf(field)).nullable();
    }

    private FieldType type(String field) {
      return schema.field(schema.indexOf(field)).type();
    }

    private String prefix() {
      return "KPI '" + kpi.id() + "' over source '" + source.name() + "' in " + dialect + ": ";
    }
  }

  static Number number(Object value) {
    if (value instanceof Number) {
      return (Number) value;
    }
    throw new KpiException("a SQL engine gave " + (value == null ? "no value" : "a " + value.getClass().getSimpleName())
        + " where a number was expected");
  }

  private static double real(Object value, double none) {
    return value == null ? none : number(value).doubleValue();
  }

  static LocalDate day(Object value) {
    if (value instanceof LocalDate) {
      return (LocalDate) value;
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }
}
