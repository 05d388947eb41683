package dk.datainformed.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.DatainformedException;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DanishCalendarTest {
  private final DanishCalendar calendar = DanishCalendar.standard();
  private final DaysOffPolicy standard = DaysOffPolicy.standard();

  /**
   * Easter Sunday dates from the Astronomical Society of South Australia's table "Easter Dating
   * Method" (https://www.assa.org.au/edm, Easter Sunday dates 1700–2299). The years 1981–2024 below
   * also agree with the table of the U.S. Naval Observatory's Astronomical Applications Department
   * ("The Date of Easter", dates 1980–2024). 1913 (23 March) and 2160 (23 March) are among the
   * earliest dates in the range; 1943, 2038 and 2190 (25 April) are the latest possible date.
   */
  @ParameterizedTest
  @CsvSource({
    "1900, 1900-04-15", "1901, 1901-04-07", "1913, 1913-03-23", "1916, 1916-04-23",
    "1921, 1921-03-27", "1940, 1940-03-24", "1943, 1943-04-25", "1954, 1954-04-18",
    "1967, 1967-03-26", "1973, 1973-04-22", "1981, 1981-04-19", "1999, 1999-04-04",
    "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21",
    "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2038, 2038-04-25",
    "2049, 2049-04-18", "2076, 2076-04-19", "2095, 2095-04-24", "2100, 2100-03-28",
    "2103, 2103-03-25", "2137, 2137-04-07", "2160, 2160-03-23", "2163, 2163-04-24",
    "2190, 2190-04-25", "2199, 2199-04-14", "2200, 2200-04-06",
  })
  void computesEasterSundayAsThePublishedTable(int year, LocalDate expected) {
    assertThat(calendar.easterSunday(year)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 2201, 2285, -1, 0})
  void rejectsYearsOutsideTheCoveredRange(int year) {
    assertThatThrownBy(() -> calendar.easterSunday(year))
        .isInstanceOf(DatainformedException.class)
        .hasMessage(
            "year " + year + " is outside the years 1900–2200 that the Danish calendar covers");
    assertThatThrownBy(() -> calendar.publicHolidays(year))
        .isInstanceOf(DatainformedException.class);
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(year, 6, 1), standard))
        .isInstanceOf(DatainformedException.class);
  }

  /**
   * The helligdage of 2023 as published in Danish calendars: Easter Sunday 9 April 2023, and Store
   * bededag on 5 May 2023, its last year.
   */
  @Test
  void listsTheHolidaysOf2023WithStoreBededag() {
    assertThat(calendar.publicHolidays(2023))
        .containsExactly(
            holiday(PublicHoliday.NYTAARSDAG, "2023-01-01"),
            holiday(PublicHoliday.SKAERTORSDAG, "2023-04-06"),
            holiday(PublicHoliday.LANGFREDAG, "2023-04-07"),
            holiday(PublicHoliday.PAASKEDAG, "2023-04-09"),
            holiday(PublicHoliday.ANDEN_PAASKEDAG, "2023-04-10"),
            holiday(PublicHoliday.STORE_BEDEDAG, "2023-05-05"),
            holiday(PublicHoliday.KRISTI_HIMMELFARTSDAG, "2023-05-18"),
            holiday(PublicHoliday.PINSEDAG, "2023-05-28"),
            holiday(PublicHoliday.ANDEN_PINSEDAG, "2023-05-29"),
            holiday(PublicHoliday.JULEDAG, "2023-12-25"),
            holiday(PublicHoliday.ANDEN_JULEDAG, "2023-12-26"));
  }

  /** The helligdage of 2024 (Easter Sunday 31 March 2024): Store bededag is abolished. */
  @Test
  void listsTheHolidaysOf2024WithoutStoreBededag() {
    assertThat(calendar.publicHolidays(2024))
        .containsExactly(
            holiday(PublicHoliday.NYTAARSDAG, "2024-01-01"),
            holiday(PublicHoliday.SKAERTORSDAG, "2024-03-28"),
            holiday(PublicHoliday.LANGFREDAG, "2024-03-29"),
            holiday(PublicHoliday.PAASKEDAG, "2024-03-31"),
            holiday(PublicHoliday.ANDEN_PAASKEDAG, "2024-04-01"),
            holiday(PublicHoliday.KRISTI_HIMMELFARTSDAG, "2024-05-09"),
            holiday(PublicHoliday.PINSEDAG, "2024-05-19"),
            holiday(PublicHoliday.ANDEN_PINSEDAG, "2024-05-20"),
            holiday(PublicHoliday.JULEDAG, "2024-12-25"),
            holiday(PublicHoliday.ANDEN_JULEDAG, "2024-12-26"));
    assertThat(calendar.dateOf(PublicHoliday.STORE_BEDEDAG, 2024)).isEmpty();
    assertThat(calendar.dateOf(PublicHoliday.STORE_BEDEDAG, 2023))
        .contains(LocalDate.of(2023, 5, 5));
  }

  @Test
  void findsTheHolidayOnADate() {
    assertThat(calendar.publicHoliday(LocalDate.of(2023, 5, 5)))
        .contains(PublicHoliday.STORE_BEDEDAG);
    // 26 April 2024 would have been Store bededag (Easter 31 March + 26 days): now a working Friday.
    assertThat(calendar.publicHoliday(LocalDate.of(2024, 4, 26))).isEmpty();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 26), standard)).isTrue();
    assertThat(calendar.isPublicHoliday(LocalDate.of(2024, 12, 26))).isTrue();
    assertThat(calendar.isPublicHoliday(LocalDate.of(2024, 12, 24))).isFalse();
    assertThat(calendar.isPublicHoliday(LocalDate.of(2024, 6, 5))).isFalse();
  }

  @Test
  void namesHolidaysInDanishAndEnglish() {
    assertThat(PublicHoliday.ANDEN_PAASKEDAG.danishName()).isEqualTo("2. påskedag");
    assertThat(PublicHoliday.ANDEN_PAASKEDAG.englishName()).isEqualTo("Easter Monday");
    assertThat(PublicHoliday.STORE_BEDEDAG.danishName()).isEqualTo("Store bededag");
    assertThat(ExtraDayOff.GRUNDLOVSDAG.danishName()).isEqualTo("Grundlovsdag");
    assertThat(ExtraDayOff.GRUNDLOVSDAG.in(2024)).isEqualTo(LocalDate.of(2024, 6, 5));
    assertThat(Arrays.stream(PublicHoliday.values()).map(PublicHoliday::danishName).distinct())
        .hasSize(PublicHoliday.values().length);
  }

  @Test
  void standardPolicyHasWeekendsAndPublicHolidaysOnly() {
    assertThat(standard.weekendsOff()).isTrue();
    assertThat(standard.extraDaysOff()).isEmpty();
    assertThat(DaysOffPolicy.builder().build()).isEqualTo(standard);
    // Grundlovsdag 2024 is a Wednesday, Christmas Eve 2024 a Tuesday.
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 5), standard)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 24), standard)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 8), standard)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 9), standard)).isFalse();
  }

  @Test
  void countsExtraDaysOffOnlyWhenThePolicyNamesThem() {
    DaysOffPolicy office =
        DaysOffPolicy.builder()
            .extraDaysOff(
                ExtraDayOff.GRUNDLOVSDAG, ExtraDayOff.JULEAFTENSDAG, ExtraDayOff.NYTAARSAFTENSDAG)
            .build();
    assertThat(calendar.isDayOff(LocalDate.of(2024, 6, 5), office)).isTrue();
    assertThat(calendar.isDayOff(LocalDate.of(2024, 5, 1), office)).isFalse();
    assertThat(office.toBuilder().build()).isEqualTo(office);
    assertThat(office.toString()).contains("GRUNDLOVSDAG");
  }

  @Test
  void policyWithoutWeekendsCountsSaturdaysButNotHolidays() {
    DaysOffPolicy allWeek = DaysOffPolicy.builder().weekendsOff(false).build();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 8), allWeek)).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 3, 31), allWeek)).isFalse();
  }

  /**
   * Hand-counted: 2024 starts on a Monday and has 366 days, so 262 weekdays. Eight holidays fall on
   * weekdays (1 Jan, 28 and 29 Mar, 1 Apr, 9 and 20 May, 25 and 26 Dec): 254 working days.
   * Grundlovsdag (Wed), 24 Dec (Tue) and 31 Dec (Tue) as extra days off give 251.
   */
  @Test
  void countsTheWorkingDaysOf2024() {
    assertThat(calendar.workingDays(Period.parse("2024"), standard)).isEqualTo(254);
    DaysOffPolicy withExtras =
        DaysOffPolicy.builder()
            .extraDaysOff(
                ExtraDayOff.GRUNDLOVSDAG, ExtraDayOff.JULEAFTENSDAG, ExtraDayOff.NYTAARSAFTENSDAG)
            .build();
    assertThat(calendar.workingDays(Period.parse("2024"), withExtras)).isEqualTo(251);
    DaysOffPolicy allWeek = DaysOffPolicy.builder().weekendsOff(false).build();
    assertThat(calendar.workingDays(Period.parse("2024"), allWeek)).isEqualTo(366 - 10);
  }

  /**
   * Hand-counted: January 2024 has 23 weekdays, one of them Nytårsdag; May 2024 has 23 weekdays,
   * two of them holidays (Kristi himmelfartsdag 9 May, 2. pinsedag 20 May).
   */
  @Test
  void countsHalfOpenIntervals() {
    LocalDate first = LocalDate.of(2024, 1, 1);
    assertThat(calendar.workingDays(first, LocalDate.of(2024, 2, 1), standard)).isEqualTo(22);
    assertThat(calendar.workingDays(Period.parse("2024M05"), standard)).isEqualTo(21);
    assertThat(calendar.workingDays(first, first, standard)).isZero();
    assertThat(calendar.workingDays(first, first.plusDays(1), standard)).isZero();
    assertThat(calendar.workingDays(first.plusDays(1), first.plusDays(2), standard)).isEqualTo(1);
    assertThat(calendar.workingDays(LocalDate.of(2200, 12, 1), LocalDate.of(2201, 1, 1), standard))
        .isPositive();
  }

  @Test
  void rejectsAnIntervalThatEndsBeforeItStarts() {
    assertThatThrownBy(
            () ->
                calendar.workingDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1), standard))
        .isInstanceOf(DatainformedException.class)
        .hasMessageContaining("must not be before the start (2024-02-01)");
  }

  @Test
  void rejectsIntervalsReachingOutsideTheCoveredYears() {
    assertThatThrownBy(
            () ->
                calendar.workingDays(LocalDate.of(1899, 12, 1), LocalDate.of(1900, 2, 1), standard))
        .isInstanceOf(DatainformedException.class)
        .hasMessageContaining("1899");
    assertThatThrownBy(
            () ->
                calendar.workingDays(LocalDate.of(2200, 12, 1), LocalDate.of(2201, 1, 2), standard))
        .isInstanceOf(DatainformedException.class)
        .hasMessageContaining("2201");
  }

  private static PublicHolidayDate holiday(PublicHoliday holiday, String date) {
    return new PublicHolidayDate(holiday, LocalDate.parse(date));
  }
}
