package dk.datainformed.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The calendar table: core's periods as data, and DuckDB and PostgreSQL grouping by them exactly as Java does. */
class CalendarTableTest {
  /** 2019-12-25, a week before 2020's ISO week 53 begins. */
  private static final LocalDate FIRST = LocalDate.of(2019, 12, 25);

  @Test
  void isoWeek53AndTheYearsEdgesAreCoresPeriods() {
    CalendarTable weeks = CalendarTable.of(Grain.WEEK, LocalDate.of(2026, 12, 27), LocalDate.of(2027, 1, 4));
    assertThat(weeks.rows()).extracting(CalendarTable.Row::period).containsExactly(
        "2026U52", "2026U53", "2026U53", "2026U53", "2026U53", "2026U53", "2026U53", "2026U53", "2027U01");
    assertThat(CalendarTable.of(Grain.WEEK, LocalDate.of(2021, 1, 3), LocalDate.of(2021, 1, 3)).rows())
        .containsExactly(new CalendarTable.Row(LocalDate.of(2021, 1, 3), "2020U53"));
    assertThat(CalendarTable.of(Grain.QUARTER, LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 1)).rows())
        .extracting(CalendarTable.Row::period).containsExactly("2024K1", "2024K2");
    assertThat(Period.parse("2026U53")).isEqualTo(Period.of(Grain.WEEK, LocalDate.of(2027, 1, 1)));
  }

  @Test
  void aBackwardsOrHugeRangeIsRefused() {
    assertThatThrownBy(() -> CalendarTable.of(Grain.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to");
    assertThatThrownBy(() -> CalendarTable.of(Grain.DAY, LocalDate.of(1900, 1, 1), LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(CalendarTable.MAX_DAYS));
  }

  @Property(tries = 200)
  void duckDbCountsRecordsPerPeriodExactlyAsCorePlacesThem(
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 2_600) Integer> offsets,
      @ForAll Grain grain) {
    List<LocalDate> days = new ArrayList<>();
    offsets.forEach(o -> days.add(FIRST.plusDays(o)));
    Map<String, Long> expected = new TreeMap<>();
    days.forEach(d -> expected.merge(Period.of(grain, d).format(), 1L, Long::sum));
    LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
    List<List<Object>> records = new ArrayList<>();
    days.forEach(d -> records.add(List.of(d)));

    for (Dialect dialect : Engines.REAL) {
      String sql = "WITH " + dialect.values("calendar", CalendarTable.COLUMNS, CalendarTable.of(grain, first, last).values())
          + ", " + dialect.values("records", List.of("day"), records)
          + " SELECT c.period, COUNT(*) FROM records r JOIN calendar c ON c.day = r.day GROUP BY c.period";

      assertThat(Engines.counts(dialect, sql)).as(dialect.name()).isEqualTo(expected);
    }
  }
}
