package dk.datainformed.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.DatainformedException;
import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers for periods. Week facts follow the ISO 8601 week calendar (weeks start on Monday,
 * week 1 holds the year's first Thursday): 2020 and 2026 have 53 weeks, 2021 and 2024 have 52; 1
 * January 2021 is in 2020-W53 and 30 December 2024 in 2025-W01.
 */
class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2024,       YEAR,      2024-01-01, 2024-12-31, 2024",
    "2024H1,     HALF_YEAR, 2024-01-01, 2024-06-30, 2024H1",
    "2024H2,     HALF_YEAR, 2024-07-01, 2024-12-31, 2024H2",
    "2024K1,     QUARTER,   2024-01-01, 2024-03-31, 2024K1",
    "2024Q4,     QUARTER,   2024-10-01, 2024-12-31, 2024K4",
    "2024M02,    MONTH,     2024-02-01, 2024-02-29, 2024M02",
    "2023M02,    MONTH,     2023-02-01, 2023-02-28, 2023M02",
    "2024U05,    WEEK,      2024-01-29, 2024-02-04, 2024U05",
    "2024W01,    WEEK,      2024-01-01, 2024-01-07, 2024U01",
    "2020U53,    WEEK,      2020-12-28, 2021-01-03, 2020U53",
    "2025U01,    WEEK,      2024-12-30, 2025-01-05, 2025U01",
    "2024-01-31, DAY,       2024-01-31, 2024-01-31, 2024-01-31",
    "2024-01,    MONTH,     2024-01-01, 2024-01-31, 2024M01",
    "2024-W05,   WEEK,      2024-01-29, 2024-02-04, 2024U05",
    "2024-Q2,    QUARTER,   2024-04-01, 2024-06-30, 2024K2",
    "2024-H2,    HALF_YEAR, 2024-07-01, 2024-12-31, 2024H2",
  })
  void readsTheFormsDanishSourcesUse(
      String text, Grain grain, LocalDate start, LocalDate end, String canonical) {
    Period period = Period.parse(text);
    assertThat(period.grain()).isEqualTo(grain);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.format()).isEqualTo(canonical);
    assertThat(period.toString()).isEqualTo(canonical);
  }

  @Test
  void writesIsoStyleForms() {
    assertThat(Period.parse("2024").formatIso()).isEqualTo("2024");
    assertThat(Period.parse("2024H1").formatIso()).isEqualTo("2024-H1");
    assertThat(Period.parse("2024K3").formatIso()).isEqualTo("2024-Q3");
    assertThat(Period.parse("2024M07").formatIso()).isEqualTo("2024-07");
    assertThat(Period.parse("2024U09").formatIso()).isEqualTo("2024-W09");
    assertThat(Period.parse("2024-07-09").formatIso()).isEqualTo("2024-07-09");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2024M13    | month 13 is not between 1 and 12",
        "2024M00    | month 0 is not between 1 and 12",
        "2024K5     | quarter 5 is not between 1 and 4",
        "2024Q0     | quarter 0 is not between 1 and 4",
        "2024H3     | half-year 3 is not between 1 and 2",
        "2024U54    | week 54 does not exist: ISO week-year 2024 has weeks 1–52",
        "2024U53    | week 53 does not exist: ISO week-year 2024 has weeks 1–52",
        "2021W53    | week 53 does not exist: ISO week-year 2021 has weeks 1–52",
        "2024U00    | week 0 does not exist: ISO week-year 2024 has weeks 1–52",
        "2023-02-29 | day 29 does not exist: 2023-02 has days 1–28",
        "2024-13-01 | month 13 is not between 1 and 12",
        "0999       | year 999 is outside the supported range 1000–9999",
      })
  void rejectsOutOfRangeValuesWithTheReason(String text, String reason) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid period '" + text + "': " + reason);
    assertThat(Period.tryParse(text).failure()).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "24M01", "2024M1", "2024M001", "2024K01", "2024U5", "2024m01", "2024k1", " 2024",
        "2024 ", "2024X1", "2024-1", "2024-W05-3", "2024-01-1", "20245", "2024-", "2024K", "２０２４",
        "abcd"
      })
  void rejectsTextThatIsNotAPeriodForm(String text) {
    ParseResult<Period> result = Period.tryParse(text);
    assertThat(result.isOk()).isFalse();
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid period '" + text + "': ");
  }

  @Test
  void rejectsNullAsEmpty() {
    assertThat(Period.tryParse(null).failure())
        .hasValueSatisfying(r -> assertThat(r).contains("empty"));
    assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void masksInputThatCouldBeACprNumber() {
    assertThatThrownBy(() -> Period.parse("0101901234"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageNotContaining("1234");
  }

  @Test
  void rejectsComponentsOutOfRangeInConstructors() {
    assertThatThrownBy(() -> Period.month(2024, 13))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid period '2024M13': month 13 is not between 1 and 12");
    assertThatThrownBy(() -> Period.week(2024, 53)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Period.year(10_000)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Period.day(LocalDate.of(999, 12, 31)))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void findsThePeriodOfEachGrainThatContainsADate() {
    LocalDate newYearsDay2021 = LocalDate.of(2021, 1, 1);
    assertThat(Period.of(Grain.DAY, newYearsDay2021).format()).isEqualTo("2021-01-01");
    assertThat(Period.of(Grain.WEEK, newYearsDay2021).format()).isEqualTo("2020U53");
    assertThat(Period.of(Grain.MONTH, newYearsDay2021).format()).isEqualTo("2021M01");
    assertThat(Period.of(Grain.QUARTER, newYearsDay2021).format()).isEqualTo("2021K1");
    assertThat(Period.of(Grain.HALF_YEAR, newYearsDay2021).format()).isEqualTo("2021H1");
    assertThat(Period.of(Grain.YEAR, newYearsDay2021).format()).isEqualTo("2021");
    assertThat(Period.of(Grain.WEEK, LocalDate.of(2024, 12, 30)).format()).isEqualTo("2025U01");
  }

  @Test
  void movesToNeighboursAcrossYearBoundaries() {
    assertThat(Period.parse("2024M12").next()).isEqualTo(Period.parse("2025M01"));
    assertThat(Period.parse("2025K1").previous()).isEqualTo(Period.parse("2024K4"));
    assertThat(Period.parse("2020U53").next()).isEqualTo(Period.parse("2021U01"));
    assertThat(Period.parse("2021U01").previous()).isEqualTo(Period.parse("2020U53"));
    assertThat(Period.parse("2024U52").next()).isEqualTo(Period.parse("2025U01"));
    assertThat(Period.parse("2024H2").next()).isEqualTo(Period.parse("2025H1"));
    assertThat(Period.parse("2024-12-31").next()).isEqualTo(Period.parse("2025-01-01"));
  }

  @Test
  void refusesToLeaveTheSupportedYears() {
    assertThatThrownBy(() -> Period.parse("9999").next()).isInstanceOf(DatainformedException.class);
    assertThatThrownBy(() -> Period.parse("1000K1").previous())
        .isInstanceOf(DatainformedException.class);
  }

  @Test
  void putsAWeekInTheMonthQuarterHalfAndYearOfItsThursday() {
    // 2024U05 runs Mon 29 Jan – Sun 4 Feb 2024; its Thursday is 1 February.
    Period week5 = Period.parse("2024U05");
    assertThat(week5.to(Grain.MONTH)).isEqualTo(Period.parse("2024M02"));
    // 2024U09 runs Mon 26 Feb – Sun 3 Mar 2024; its Thursday is 29 February.
    assertThat(Period.parse("2024U09").to(Grain.MONTH)).isEqualTo(Period.parse("2024M02"));
    // 2024U13 runs Mon 25 – Sun 31 Mar; 2024U14 runs Mon 1 – Sun 7 Apr.
    assertThat(Period.parse("2024U13").to(Grain.QUARTER)).isEqualTo(Period.parse("2024K1"));
    assertThat(Period.parse("2024U14").to(Grain.QUARTER)).isEqualTo(Period.parse("2024K2"));
    // 2020U53 runs Mon 28 Dec 2020 – Sun 3 Jan 2021; its Thursday is 31 December 2020.
    Period week53 = Period.parse("2020U53");
    assertThat(week53.to(Grain.MONTH)).isEqualTo(Period.parse("2020M12"));
    assertThat(week53.to(Grain.QUARTER)).isEqualTo(Period.parse("2020K4"));
    assertThat(week53.to(Grain.HALF_YEAR)).isEqualTo(Period.parse("2020H2"));
    assertThat(week53.to(Grain.YEAR)).isEqualTo(Period.parse("2020"));
    // 2025U01 runs Mon 30 Dec 2024 – Sun 5 Jan 2025; its Thursday is 2 January 2025.
    Period week1 = Period.parse("2025U01");
    assertThat(week1.to(Grain.MONTH)).isEqualTo(Period.parse("2025M01"));
    assertThat(week1.to(Grain.YEAR)).isEqualTo(Period.parse("2025"));
  }

  @Test
  void convertsNestedPeriodsToTheCoarserPeriodHoldingThem() {
    assertThat(Period.parse("2024M05").to(Grain.QUARTER)).isEqualTo(Period.parse("2024K2"));
    assertThat(Period.parse("2024M07").to(Grain.HALF_YEAR)).isEqualTo(Period.parse("2024H2"));
    assertThat(Period.parse("2024K3").to(Grain.YEAR)).isEqualTo(Period.parse("2024"));
    assertThat(Period.parse("2024-12-31").to(Grain.WEEK)).isEqualTo(Period.parse("2025U01"));
    assertThat(Period.parse("2024K3").to(Grain.QUARTER)).isEqualTo(Period.parse("2024K3"));
  }

  @Test
  void refusesToConvertToAFinerGrain() {
    assertThatThrownBy(() -> Period.parse("2024K1").to(Grain.MONTH))
        .isInstanceOf(DatainformedException.class)
        .hasMessageContaining("2024K1")
        .hasMessageContaining("finer grain MONTH");
  }

  @Test
  void containsComparesDatesSoAWeekAcrossAMonthBoundaryIsNotContained() {
    Period january = Period.parse("2024M01");
    assertThat(january.contains(Period.parse("2024U04"))).isTrue();
    assertThat(january.contains(Period.parse("2024U05"))).isFalse();
    assertThat(january.contains(LocalDate.of(2024, 1, 31))).isTrue();
    assertThat(january.contains(LocalDate.of(2024, 2, 1))).isFalse();
    assertThat(Period.parse("2024").contains(Period.parse("2024K2"))).isTrue();
    assertThat(Period.parse("2024K2").contains(Period.parse("2024"))).isFalse();
  }

  @Test
  void ordersByStartThenFromFineToCoarse() {
    List<Period> sorted =
        List.of(
                Period.parse("2024"),
                Period.parse("2024M02"),
                Period.parse("2024H1"),
                Period.parse("2024K1"),
                Period.parse("2024U01"),
                Period.parse("2024-01-01"),
                Period.parse("2024M01"),
                Period.parse("2023U52"))
            .stream()
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(Period::format)
        .containsExactly(
            "2023U52", "2024-01-01", "2024U01", "2024M01", "2024K1", "2024H1", "2024", "2024M02");
  }

  @Test
  void listsThePeriodsOfAGrainBetweenTwoPeriods() {
    assertThat(Period.between(Grain.MONTH, Period.parse("2024K1"), Period.parse("2024K2")))
        .extracting(Period::format)
        .containsExactly("2024M01", "2024M02", "2024M03", "2024M04", "2024M05", "2024M06");
    assertThat(Period.between(Grain.WEEK, Period.parse("2024M01"), Period.parse("2024M01")))
        .extracting(Period::format)
        .containsExactly("2024U01", "2024U02", "2024U03", "2024U04", "2024U05");
    assertThat(Period.between(Grain.YEAR, Period.parse("2024M03"), Period.parse("2024M04")))
        .containsExactly(Period.parse("2024"));
    assertThatThrownBy(
            () -> Period.between(Grain.MONTH, Period.parse("2024K2"), Period.parse("2024K1")))
        .isInstanceOf(DatainformedException.class)
        .hasMessageContaining("2024K1 ends before 2024K2 starts");
  }

  @Test
  void countsTheDaysOfAPeriod() {
    assertThat(Period.parse("2024").lengthInDays()).isEqualTo(366);
    assertThat(Period.parse("2023").lengthInDays()).isEqualTo(365);
    assertThat(Period.parse("2024M02").lengthInDays()).isEqualTo(29);
    assertThat(Period.parse("2024K1").lengthInDays()).isEqualTo(91);
    assertThat(Period.parse("2024U10").lengthInDays()).isEqualTo(7);
  }
}
