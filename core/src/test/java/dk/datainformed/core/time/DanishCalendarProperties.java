package dk.datainformed.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DanishCalendarProperties {
  private final DanishCalendar calendar = DanishCalendar.standard();

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2200, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<DaysOffPolicy> policies() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(ExtraDayOff.class).set())
        .as(
            (weekends, extras) ->
                DaysOffPolicy.builder().weekendsOff(weekends).extraDaysOff(extras).build());
  }

  @Property
  void easterIsASundayBetween22MarchAnd25April(@ForAll @IntRange(min = 1900, max = 2200) int year) {
    LocalDate easter = calendar.easterSunday(year);
    assertThat(easter.getYear()).isEqualTo(year);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
  }

  @Property
  void holidaysAreDistinctAndInDateOrder(@ForAll @IntRange(min = 1900, max = 2200) int year) {
    List<PublicHolidayDate> holidays = calendar.publicHolidays(year);
    assertThat(holidays).hasSize(year <= 2023 ? 11 : 10);
    assertThat(holidays).extracting(PublicHolidayDate::date).isSorted().doesNotHaveDuplicates();
    assertThat(holidays).allMatch(h -> h.date().getYear() == year);
    assertThat(holidays)
        .allMatch(h -> calendar.publicHoliday(h.date()).orElseThrow() == h.holiday());
  }

  @Property
  void workingDaysAreAdditiveOverAdjacentIntervals(
      @ForAll("dates") LocalDate a,
      @ForAll @IntRange(max = 800) int first,
      @ForAll @IntRange(max = 800) int second,
      @ForAll("policies") DaysOffPolicy policy) {
    LocalDate b = a.plusDays(first);
    LocalDate c = b.plusDays(second);
    Assume.that(c.getYear() <= DanishCalendar.LAST_YEAR);
    assertThat(calendar.workingDays(a, b, policy) + calendar.workingDays(b, c, policy))
        .isEqualTo(calendar.workingDays(a, c, policy));
  }

  @Property
  void oneDayIntervalCountsThatDay(
      @ForAll("dates") LocalDate day, @ForAll("policies") DaysOffPolicy policy) {
    Assume.that(day.plusDays(1).getYear() <= DanishCalendar.LAST_YEAR);
    assertThat(calendar.workingDays(day, day.plusDays(1), policy))
        .isEqualTo(calendar.isWorkingDay(day, policy) ? 1 : 0);
  }

  @Property
  void moreDaysOffNeverMeanMoreWorkingDays(
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(max = 400) int days,
      @ForAll("policies") DaysOffPolicy policy) {
    LocalDate to = from.plusDays(days);
    Assume.that(to.getYear() <= DanishCalendar.LAST_YEAR);
    DaysOffPolicy stricter =
        policy.toBuilder().weekendsOff(true).extraDaysOff(ExtraDayOff.values()).build();
    assertThat(calendar.workingDays(from, to, stricter))
        .isLessThanOrEqualTo(calendar.workingDays(from, to, policy));
  }

  @Property
  void workingDaysOfAYearAreTheSumOverItsMonths(
      @ForAll @IntRange(min = 1900, max = 2200) int year,
      @ForAll("policies") DaysOffPolicy policy) {
    Period whole = Period.year(year);
    long sum =
        Period.between(Grain.MONTH, whole, whole).stream()
            .mapToLong(month -> calendar.workingDays(month, policy))
            .sum();
    assertThat(calendar.workingDays(whole, policy)).isEqualTo(sum);
  }
}
