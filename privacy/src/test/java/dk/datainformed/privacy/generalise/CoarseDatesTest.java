package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CoarseDatesTest {

  private static final LocalDate LEAP_DAY = LocalDate.of(2024, 2, 29);

  @Test
  void generalisesADateToItsMonth() {
    Period.Month month = CoarseDates.toMonth(LEAP_DAY);

    assertThat(month).isEqualTo(new Period.Month(2024, 2));
    assertThat(month.format()).isEqualTo("2024M02");
  }

  @Test
  void generalisesADateToEveryGrainFromMonthToYear() {
    assertThat(CoarseDates.to(Grain.MONTH, LEAP_DAY).format()).isEqualTo("2024M02");
    assertThat(CoarseDates.to(Grain.QUARTER, LEAP_DAY).format()).isEqualTo("2024K1");
    assertThat(CoarseDates.to(Grain.HALF_YEAR, LEAP_DAY).format()).isEqualTo("2024H1");
    assertThat(CoarseDates.to(Grain.YEAR, LEAP_DAY).format()).isEqualTo("2024");
  }

  @Test
  void putsTheLastDayOfAYearInThatYearNotTheNextIsoWeekYear() {
    LocalDate newYearsEve = LocalDate.of(2024, 12, 31);

    assertThat(CoarseDates.toMonth(newYearsEve).format()).isEqualTo("2024M12");
    assertThat(CoarseDates.to(Grain.YEAR, newYearsEve).format()).isEqualTo("2024");
  }

  @Test
  void refusesAWeek() {
    assertThatThrownBy(() -> CoarseDates.to(Grain.WEEK, LEAP_DAY))
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "grain WEEK is finer than MONTH: a date is generalised to MONTH, QUARTER, HALF_YEAR or"
                + " YEAR; use Period.of(grain, date) directly if a finer period is really wanted");
  }

  @Test
  void refusesADay() {
    assertThatThrownBy(() -> CoarseDates.to(Grain.DAY, LEAP_DAY))
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("grain DAY is finer than MONTH");
  }
}
