package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Known answers worked out by hand from the definition (the number of birthdays passed) and the
 * Gregorian leap-year rule (divisible by 4, except centuries not divisible by 400).
 */
class AgeTest {

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void isZeroOnTheBirthDate() {
    assertThat(Age.at(date(2024, 5, 17), date(2024, 5, 17))).isZero();
  }

  @Test
  void turnsOlderOnTheBirthdayNotTheDayBefore() {
    LocalDate born = date(1990, 6, 15);

    assertThat(Age.at(born, date(2020, 6, 14))).isEqualTo(29);
    assertThat(Age.at(born, date(2020, 6, 15))).isEqualTo(30);
    assertThat(Age.at(born, date(2020, 12, 31))).isEqualTo(30);
    assertThat(Age.at(born, date(2021, 6, 14))).isEqualTo(30);
  }

  @Test
  void turnsOlderAcrossNewYearForABirthdayOn31December() {
    LocalDate born = date(1999, 12, 31);

    assertThat(Age.at(born, date(2000, 12, 30))).isZero();
    assertThat(Age.at(born, date(2000, 12, 31))).isEqualTo(1);
    assertThat(Age.at(born, date(2001, 1, 1))).isEqualTo(1);
  }

  @Test
  void bornOn29FebruaryTurnsOlderOn1MarchInYearsWithout29February() {
    LocalDate born = date(2004, 2, 29);

    assertThat(Age.at(born, date(2005, 2, 28))).isZero();
    assertThat(Age.at(born, date(2005, 3, 1))).isEqualTo(1);
    assertThat(Age.at(born, date(2007, 2, 28))).isEqualTo(2);
    assertThat(Age.at(born, date(2007, 3, 1))).isEqualTo(3);
  }

  @Test
  void bornOn29FebruaryTurnsOlderOn29FebruaryInLeapYears() {
    LocalDate born = date(2004, 2, 29);

    assertThat(Age.at(born, date(2008, 2, 28))).isEqualTo(3);
    assertThat(Age.at(born, date(2008, 2, 29))).isEqualTo(4);
  }

  @Test
  void treatsACenturyYearNotDivisibleBy400AsAYearWithout29February() {
    LocalDate born = date(2096, 2, 29);

    assertThat(Age.at(born, date(2100, 2, 28))).isEqualTo(3);
    assertThat(Age.at(born, date(2100, 3, 1))).isEqualTo(4);
  }

  @Test
  void bornOn1MarchIsNotAffectedByLeapYears() {
    LocalDate born = date(2003, 3, 1);

    assertThat(Age.at(born, date(2004, 2, 29))).isZero();
    assertThat(Age.at(born, date(2004, 3, 1))).isEqualTo(1);
  }

  @Test
  void rejectsAReferenceDateBeforeTheBirthDateWithoutShowingTheBirthDate() {
    assertThatThrownBy(() -> Age.at(date(1990, 6, 15), date(1990, 6, 14)))
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "reference date 1990-06-14 is before the birth date: an age exists only from the birth"
                + " date on");
  }
}
