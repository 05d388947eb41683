package dk.datainformed.sql;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The calendar a query joins instead of calling an engine's date functions: one row per day, with
 * the key of the period of a grain it falls in, computed by core's {@link Period}. ISO weeks (week
 * 53 included), months, quarters, half-years and years then mean the same in every engine: no
 * {@code DATE_TRUNC}, no {@code DATEPART(week)} and no {@code @@DATEFIRST} (see SQL-ENGINES.md).
 *
 * <pre>{@code
 * CalendarTable weeks = CalendarTable.of(Grain.WEEK, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3));
 * weeks.rows().get(4);   // Row[day=2027-01-01, period=2026U53]
 * String cte = Dialect.DUCKDB.values("calendar", CalendarTable.COLUMNS, weeks.values());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CalendarTable {
  /** The table's columns: the day, and its period's key as {@link Period#format()} writes it. */
  public static final List<String> COLUMNS = List.of("day", "period");

  /** The most days one table holds: a hundred years. */
  public static final int MAX_DAYS = 36_600;

  /**
   * One day of the calendar.
   *
   * @param day the day
   * @param period the key of its period, e.g. {@code 2024M01}; {@link Period#parse} reads it back
   */
  public record Row(LocalDate day, String period) {}

  private final Grain grain;
  private final List<Row> rows;

  private CalendarTable(Grain grain, List<Row> rows) {
    this.grain = grain;
    this.rows = List.copyOf(rows);
  }

  /**
   * The calendar of a range of days.
   *
   * @param grain the periods' grain
   * @param first the first day
   * @param last the last day, on or after the first
   * @return the table
   * @throws IllegalArgumentException when the range is backwards or longer than {@value #MAX_DAYS} days
   */
  public static CalendarTable of(Grain grain, LocalDate first, LocalDate last) {
    Objects.requireNonNull(grain, "grain");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    long days = last.toEpochDay() - first.toEpochDay() + 1;
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("a calendar needs from 1 to " + MAX_DAYS + " days, not " + days
          + " (" + first + " to " + last + ")");
    }
    List<Row> rows = new ArrayList<>((int) days);
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      rows.add(new Row(d, Period.of(grain, d).format()));
    }
    return new CalendarTable(grain, rows);
  }

  /**
   * The grain of the periods.
   *
   * @return the grain
   */
  public Grain grain() {
    return grain;
  }

  /**
   * The days in order.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * The rows as values for {@link Dialect#values}, in the order of {@link #COLUMNS}.
   *
   * @return one list per row
   */
  public List<List<Object>> values() {
    List<List<Object>> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      out.add(List.of(r.day(), r.period()));
    }
    return out;
  }
}
