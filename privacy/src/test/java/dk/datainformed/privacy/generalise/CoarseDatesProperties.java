package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.constraints.DateRange;

class CoarseDatesProperties {

  @Provide
  Arbitrary<Grain> monthOrCoarser() {
    return Arbitraries.of(Grain.MONTH, Grain.QUARTER, Grain.HALF_YEAR, Grain.YEAR);
  }

  @Property
  void theMonthOfADateContainsTheDate(
      @ForAll @DateRange(min = "1000-01-01", max = "9999-12-31")
          LocalDate date) {
    Period.Month month = CoarseDates.toMonth(date);

    assertThat(month.contains(date)).isTrue();
    assertThat(month.year()).isEqualTo(date.getYear());
    assertThat(month.month()).isEqualTo(date.getMonthValue());
  }

  @Property
  void thePeriodOfEveryGrainFromMonthUpContainsTheDateAndTheMonth(
      @ForAll @DateRange(min = "1000-01-01", max = "9999-12-31")
          LocalDate date,
      @ForAll("monthOrCoarser") Grain grain) {
    Period period = CoarseDates.to(grain, date);

    assertThat(period.grain()).isEqualTo(grain);
    assertThat(period.contains(date)).isTrue();
    assertThat(period.contains(CoarseDates.toMonth(date))).isTrue();
  }
}
