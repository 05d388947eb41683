package dk.datainformed.spc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.datainformed.core.time.Period;
import dk.datainformed.core.text.Language;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FindingTextTest {

  @Test
  void writesEachGrainAsPeopleSayIt() {
    assertThat(FindingText.period(Language.DANISH, Period.month(2024, 3))).isEqualTo("marts 2024");
    assertThat(FindingText.period(Language.ENGLISH, Period.month(2024, 3))).isEqualTo("March 2024");
    assertThat(FindingText.period(Language.DANISH, Period.quarter(2024, 1))).isEqualTo("1. kvartal 2024");
    assertThat(FindingText.period(Language.ENGLISH, Period.quarter(2024, 1))).isEqualTo("Q1 2024");
    assertThat(FindingText.period(Language.DANISH, Period.week(2024, 5))).isEqualTo("uge 5 2024");
    assertThat(FindingText.period(Language.ENGLISH, Period.week(2020, 53))).isEqualTo("week 53 2020");
    assertThat(FindingText.period(Language.DANISH, Period.day(LocalDate.of(2024, 5, 3))))
        .isEqualTo("3. maj 2024");
    assertThat(FindingText.period(Language.ENGLISH, Period.day(LocalDate.of(2024, 5, 3))))
        .isEqualTo("3 May 2024");
    assertThat(FindingText.period(Language.DANISH, Period.halfYear(2024, 2))).isEqualTo("2. halvår 2024");
    assertThat(FindingText.period(Language.ENGLISH, Period.year(2024))).isEqualTo("2024");
  }

  @Test
  void writesSpansWithinAndAcrossYears() {
    assertThat(FindingText.span(Language.DANISH, Period.month(2024, 3), Period.month(2024, 9)))
        .isEqualTo("marts–september 2024");
    assertThat(FindingText.span(Language.DANISH, Period.month(2023, 11), Period.month(2024, 5)))
        .isEqualTo("november 2023–maj 2024");
    assertThat(FindingText.span(Language.ENGLISH, Period.quarter(2023, 3), Period.quarter(2024, 1)))
        .isEqualTo("Q3 2023–Q1 2024");
    assertThat(FindingText.span(Language.ENGLISH, Period.month(2024, 3), Period.month(2024, 3)))
        .isEqualTo("March 2024");
  }
}
