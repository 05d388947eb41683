package dk.datainformed.sql;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The query that gives a sum KPI's exact parts per unit (with every ancestor) and period: the
 * source's rows joined to the {@link CalendarTable} on their day and to the {@link
 * OrganisationClosure} on their unit as it stood that day, then {@code SUM} of the measure, {@code
 * COUNT(*)} of the records and {@code COUNT(DISTINCT)} of the persons, grouped by ancestor and
 * period. No engine function for dates, no recursive query, no division: ratios and rounding stay in
 * Java (SQL-ENGINES.md, recommendations 2 to 4).
 *
 * <pre>{@code
 * String sql = PartsQuery.sum("absence_days").from("payroll_absence").day("day").unit("organisation_unit")
 *     .person("employee").render(Dialect.DUCKDB, calendar, closure);
 * // columns: ancestor, period, total, records, persons
 * }</pre>
 *
 * <p>This is the first piece of the SQL compiler (issue 15): one measure, summed; filters,
 * counts, ratios, derived and cumulative KPIs and the in-process engine's rules for zero and
 * missing values are not compiled yet.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PartsQuery {
  /** The result's columns, in order. */
  public static final List<String> COLUMNS = List.of("ancestor", "period", "total", "records", "persons");

  private final String measure;
  private String table = "records";
  private String day = "day";
  private String unit = "organisation_unit";
  private String person;

  private PartsQuery(String measure) {
    this.measure = Objects.requireNonNull(measure, "measure");
  }

  /**
   * A query of the sum of a field.
   *
   * @param field the measure's field
   * @return the query, to be told its table and fields
   */
  public static PartsQuery sum(String field) {
    return new PartsQuery(field);
  }

  /**
   * The table or view that holds the source's rows (or a {@code WITH} element's name).
   *
   * @param name its name
   * @return this query
   */
  public PartsQuery from(String name) {
    this.table = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * The field of the rows' day.
   *
   * @param field the date field
   * @return this query
   */
  public PartsQuery day(String field) {
    this.day = Objects.requireNonNull(field, "field");
    return this;
  }

  /**
   * The field of the rows' organisation unit.
   *
   * @param field the unit field
   * @return this query
   */
  public PartsQuery unit(String field) {
    this.unit = Objects.requireNonNull(field, "field");
    return this;
  }

  /**
   * The field that counts persons: a pseudonym, never a CPR number.
   *
   * @param field the person field
   * @return this query
   */
  public PartsQuery person(String field) {
    this.person = Objects.requireNonNull(field, "field");
    return this;
  }

  /**
   * The query in a dialect, with the calendar and the closure given as {@code WITH} elements.
   *
   * @param dialect the engine's dialect
   * @param calendar the days the rows fall in, at the KPI's grain
   * @param closure the organisation's closure
   * @return the whole query; the source table must exist where it runs (or be added to the {@code
   *     WITH} clause by the caller, after the two elements this writes)
   */
  public String render(Dialect dialect, CalendarTable calendar, OrganisationClosure closure) {
    return "WITH " + dialect.values("calendar", CalendarTable.COLUMNS, calendar.values()) + ", "
        + dialect.values("closure", OrganisationClosure.COLUMNS, OrganisationClosure.TYPES, closure.values())
        + select(dialect);
  }

  /**
   * The {@code SELECT} after a {@code WITH} clause that names {@code calendar}, {@code closure}
   * and, when it is not a table where the query runs, the source.
   *
   * @param dialect the engine's dialect
   * @return the select, starting with a space
   */
  public String select(Dialect dialect) {
    UnaryOperator<String> q = dialect::identifier;
    String day = "r." + q.apply(this.day);
    String persons = person == null ? "NULL" : "COUNT(DISTINCT r." + q.apply(person) + ")";
    return " SELECT c." + q.apply("ancestor") + ", k." + q.apply("period") + ", SUM(r." + q.apply(measure) + "),"
        + " COUNT(*), " + persons
        + " FROM " + q.apply(table) + " r"
        + " JOIN " + q.apply("calendar") + " k ON k." + q.apply("day") + " = " + day
        + " JOIN " + q.apply("closure") + " c ON c." + q.apply("unit") + " = r." + q.apply(unit)
        + " AND " + day + " >= c." + q.apply("valid_from")
        + " AND (c." + q.apply("valid_to") + " IS NULL OR " + day + " < c." + q.apply("valid_to") + ")"
        + " GROUP BY c." + q.apply("ancestor") + ", k." + q.apply("period");
  }
}
