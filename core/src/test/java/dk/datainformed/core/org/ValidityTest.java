package dk.datainformed.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

  private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
  private static final LocalDate AUG = LocalDate.of(2024, 8, 1);

  @Test
  void containsItsFirstDayButNotItsEndDay() {
    Validity spring = Validity.between(JAN, AUG);

    assertThat(spring.contains(JAN)).isTrue();
    assertThat(spring.contains(AUG.minusDays(1))).isTrue();
    assertThat(spring.contains(AUG)).isFalse();
    assertThat(spring.contains(JAN.minusDays(1))).isFalse();
    assertThat(spring.to()).contains(AUG);
    assertThat(spring.isOpenEnded()).isFalse();
  }

  @Test
  void openEndedPeriodContainsEveryLaterDay() {
    Validity fromAugust = Validity.from(AUG);

    assertThat(fromAugust.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(fromAugust.isOpenEnded()).isTrue();
    assertThat(fromAugust.to()).isEmpty();
    assertThat(fromAugust).hasToString("[2024-08-01, ..)");
  }

  @Test
  void periodsThatMeetDoNotOverlap() {
    Validity spring = Validity.between(JAN, AUG);

    assertThat(spring.overlaps(Validity.from(AUG))).isFalse();
    assertThat(Validity.from(AUG).overlaps(spring)).isFalse();
    assertThat(spring.overlaps(Validity.from(AUG.minusDays(1)))).isTrue();
    assertThat(Validity.from(AUG).overlaps(Validity.from(JAN))).isTrue();
  }

  @Test
  void equalPeriodsAreEqual() {
    assertThat(Validity.between(JAN, AUG))
        .isEqualTo(Validity.from(JAN).endingOn(AUG))
        .hasSameHashCodeAs(Validity.from(JAN).endingOn(AUG))
        .isNotEqualTo(Validity.from(JAN));
    assertThat(Validity.between(JAN, AUG).startingOn(LocalDate.of(2024, 2, 1)))
        .isEqualTo(Validity.between(LocalDate.of(2024, 2, 1), AUG));
  }
}
