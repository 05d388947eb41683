package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

class AgeProperties {

  private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

  @Property
  void ageIsMonotoneInTheReferenceDate(
      @ForAll @DateRange(min = "1900-01-01", max = "2030-12-31") LocalDate born,
      @ForAll @IntRange(min = 0, max = 45_000) int daysToFirst,
      @ForAll @IntRange(min = 0, max = 3_000) int daysBetween) {
    LocalDate first = born.plusDays(daysToFirst);
    LocalDate later = first.plusDays(daysBetween);

    assertThat(Age.at(born, later)).isGreaterThanOrEqualTo(Age.at(born, first));
  }

  @Property
  void ageGoesUpByOneOnEachBirthday(
      @ForAll @DateRange(min = "1900-01-01", max = "2030-12-31") LocalDate born,
      @ForAll @IntRange(min = 1, max = 110) int years) {
    Assume.that(!MonthDay.from(born).equals(LEAP_DAY));
    LocalDate birthday = born.plusYears(years);

    assertThat(Age.at(born, birthday.minusDays(1))).isEqualTo(years - 1);
    assertThat(Age.at(born, birthday)).isEqualTo(years);
  }

  @Property
  void bornOn29FebruaryTurnsOlderOn29FebruaryOrElse1March(
      @ForAll @IntRange(min = 1, max = 500) int leapIndex,
      @ForAll @IntRange(min = 1, max = 110) int years) {
    int birthYear = 1600 + 4 * leapIndex;
    Assume.that(Year.isLeap(birthYear));
    LocalDate born = LocalDate.of(birthYear, 2, 29);
    int year = birthYear + years;

    assertThat(Age.at(born, LocalDate.of(year, 2, 28))).isEqualTo(years - 1);
    if (Year.isLeap(year)) {
      assertThat(Age.at(born, LocalDate.of(year, 2, 29))).isEqualTo(years);
    }
    assertThat(Age.at(born, LocalDate.of(year, 3, 1))).isEqualTo(years);
  }
}
