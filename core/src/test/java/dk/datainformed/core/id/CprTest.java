package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import dk.datainformed.core.ParseResult;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers for {@link Cpr}.
 *
 * <p>Sources: cpr.dk, "Opbygning af CPR-nummeret" and "Personnummeret i CPR-systemet" (the century
 * table, also reproduced on da.wikipedia.org, "CPR-nummer"); cpr.dk, "Erstatningspersonnummer i
 * eksterne systemer" (day + 60); NSP / Sundhedsdatastyrelsen, "eCPR formater (X-eCPR og D-eCPR)"
 * and sundhed.dk, "Erstatnings-CPR" (Region Nordjylland) for the eCPR examples.
 */
class CprTest {

  private static String failureOf(String text) {
    ParseResult<Cpr> result = Cpr.tryParse(text);
    assertThat(result.isOk()).as("expected %s to be rejected", IdentifierMask.mask(text)).isFalse();
    return result.failure().orElseThrow();
  }

  // The CPR office's century table, one row per 7th digit, one column per boundary of YY:
  // 0-3: 1900-1999; 4 and 9: 00-36 -> 2000-2036, 37-99 -> 1937-1999;
  // 5-8: 00-57 -> 2000-2057, 58-99 -> 1858-1899.
  @ParameterizedTest(name = "7th digit {0}: YY 00->{1}, 36->{2}, 37->{3}, 57->{4}, 58->{5}, 99->{6}")
  @CsvSource({
    "0, 1900, 1936, 1937, 1957, 1958, 1999",
    "1, 1900, 1936, 1937, 1957, 1958, 1999",
    "2, 1900, 1936, 1937, 1957, 1958, 1999",
    "3, 1900, 1936, 1937, 1957, 1958, 1999",
    "4, 2000, 2036, 1937, 1957, 1958, 1999",
    "5, 2000, 2036, 2037, 2057, 1858, 1899",
    "6, 2000, 2036, 2037, 2057, 1858, 1899",
    "7, 2000, 2036, 2037, 2057, 1858, 1899",
    "8, 2000, 2036, 2037, 2057, 1858, 1899",
    "9, 2000, 2036, 1937, 1957, 1958, 1999",
  })
  void readsTheCenturyFromTheSeventhDigitAndTheYear(
      int seventh, int y00, int y36, int y37, int y57, int y58, int y99) {
    int[] yys = {0, 36, 37, 57, 58, 99};
    int[] expected = {y00, y36, y37, y57, y58, y99};
    for (int i = 0; i < yys.length; i++) {
      String text = String.format("0101%02d-%d123", yys[i], seventh);
      assertThat(Cpr.parse(text).birthDate())
          .as("YY %02d with 7th digit %d", yys[i], seventh)
          .isEqualTo(LocalDate.of(expected[i], 1, 1));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "010190-1230, FEMALE", "010190-1231, MALE", "010190-1232, FEMALE", "010190-1233, MALE",
    "010190-1234, FEMALE", "010190-1235, MALE", "010190-1236, FEMALE", "010190-1237, MALE",
    "010190-1238, FEMALE", "010190-1239, MALE",
  })
  void readsLegalSexFromTheLastDigit(String text, LegalSex expected) {
    assertThat(Cpr.parse(text).legalSex()).isEqualTo(expected);
  }

  // 070761-4285: 0*4 + 7*3 + 0*2 + 7*7 + 6*6 + 1*5 + 4*4 + 2*3 + 8*2 + 5*1 = 154 = 14 * 11.
  // 010190-0002: 0 + 3 + 0 + 7 + 54 + 0 + 0 + 0 + 0 + 2 = 66 = 6 * 11.
  @ParameterizedTest
  @ValueSource(strings = {"070761-4285", "010190-0002"})
  void reportsANumberThatSatisfiesModulus11(String text) {
    assertThat(Cpr.parse(text).satisfiesModulus11()).isTrue();
  }

  // 010190-1234: 0 + 3 + 0 + 7 + 54 + 0 + 4 + 6 + 6 + 4 = 84 = 7 * 11 + 7.
  // 070761-4286: 154 + 1 = 155, remainder 1.
  @ParameterizedTest
  @ValueSource(strings = {"010190-1234", "070761-4286"})
  void acceptsANumberThatFailsModulus11AndSaysSo(String text) {
    Cpr cpr = Cpr.parse(text);
    assertThat(cpr.satisfiesModulus11()).isFalse();
    assertThat(cpr.kind()).isEqualTo(CprKind.REGULAR);
  }

  @Test
  void acceptsBothWrittenFormsAndSurroundingBlanksAsTheSameNumber() {
    Cpr withHyphen = Cpr.parse("010190-1234");
    assertThat(Cpr.parse("0101901234")).isEqualTo(withHyphen);
    assertThat(Cpr.parse(" \t0101901234\n")).isEqualTo(withHyphen).hasSameHashCodeAs(withHyphen);
    assertThat(withHyphen.canonical()).isEqualTo("0101901234");
    assertThat(withHyphen.formatted()).isEqualTo("010190-1234");
    assertThat(withHyphen).isNotEqualTo(Cpr.parse("010190-1235"));
  }

  @Test
  void showsOnlyTheMaskedBirthDatePart() {
    assertThat(Cpr.parse("0101901234")).hasToString("010190-****");
    assertThat(Cpr.parse("0203291WQ3")).hasToString("020329-****");
  }

  // cpr.dk: "a person born the 7th of a month gets 67 as the day".
  @Test
  void readsACprOfficeReplacementNumberAsDayPlusSixty() {
    Cpr cpr = Cpr.parse("670190-1233");
    assertThat(cpr.kind()).isEqualTo(CprKind.REPLACEMENT);
    assertThat(cpr.birthDate()).isEqualTo(LocalDate.of(1990, 1, 7));
    assertThat(cpr.legalSex()).isEqualTo(LegalSex.MALE);
    assertThat(cpr.toString()).isEqualTo("670190-****");
  }

  @Test
  void readsTheFirstAndLastDayOfAReplacementNumberAndItsCentury() {
    assertThat(Cpr.parse("610100-4000").birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
    assertThat(Cpr.parse("911299-5000").birthDate()).isEqualTo(LocalDate.of(1899, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(strings = {"600190-1234", "920190-1234", "990190-1234", "320190-1234", "450190-1234"})
  void rejectsADayThatIsNeitherRealNorAReplacementDay(String text) {
    assertThat(failureOf(text)).startsWith("the day must be 01 to 31, or 61 to 91");
  }

  // Published examples: NSP, X-eCPR: 0203291WQ3 born 2 March 1929, 1308781OS6 born 13 August 1978,
  // 3101057JC9 born 31 January 2005; sundhed.dk (Region Nordjylland), D-eCPR: 150643-0SJ1 John
  // Smith born 15 June 1943, 150605-6SJ2 Jenny Smith born 15 June 2005.
  @ParameterizedTest
  @CsvSource({
    "0203291WQ3, 1929-03-02, MALE",
    "1308781OS6, 1978-08-13, FEMALE",
    "3101057JC9, 2005-01-31, MALE",
    "150643-0SJ1, 1943-06-15, MALE",
    "150605-6SJ2, 2005-06-15, FEMALE",
  })
  void readsPublishedECprExamples(String text, LocalDate birthDate, LegalSex sex) {
    Cpr cpr = Cpr.parse(text);
    assertThat(cpr.kind()).isEqualTo(CprKind.ECPR);
    assertThat(cpr.birthDate()).isEqualTo(birthDate);
    assertThat(cpr.legalSex()).isEqualTo(sex);
    assertThat(cpr.satisfiesModulus11()).isFalse();
    assertThat(cpr.canonical()).isEqualTo(text.replace("-", ""));
  }

  // MedCom: an old D-eCPR with 5 in position 7 is born before 1900, and 6 or 7 mean 2000-2099. The
  // CPR rule would read 5 with YY 10 as 2010 and 6 or 7 with YY 70 as 1870.
  @Test
  void readsTheECprCenturyRuleNotTheCprOne() {
    assertThat(Cpr.parse("010110-5AB1").birthDate()).isEqualTo(LocalDate.of(1810, 1, 1));
    assertThat(Cpr.parse("010170-7AB1").birthDate()).isEqualTo(LocalDate.of(2070, 1, 1));
    assertThat(Cpr.parse("010170-6AB1").birthDate()).isEqualTo(LocalDate.of(2070, 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"010190-2AB1", "010190-3AB1", "010190-4AB1", "010190-8AB1", "010190-9AB1"})
  void rejectsAnECprWithACenturyDigitNoFormatUses(String text) {
    assertThat(failureOf(text)).startsWith("the 7th character of an eCPR must be 0 or 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"610190-1AB1", "000190-1AB1", "320190-1AB1"})
  void rejectsAnECprWithADayOutsideOneToThirtyOne(String text) {
    assertThat(failureOf(text)).startsWith("the day of an eCPR must be 01 to 31");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010190-1ab1", "010190-1A21", "010190-12B1", "010190-1ÆB1", "010190-1A-1"})
  void rejectsPositionsEightAndNineThatAreNeitherTwoDigitsNorTwoCapitals(String text) {
    assertThat(failureOf(text)).startsWith("characters 8 and 9 of the number must be two digits");
  }

  @ParameterizedTest
  @CsvSource({
    "310290-1234, day 31 does not exist in 1990-02",
    "300290-1234, day 30 does not exist in 1990-02",
    "290290-1234, day 29 does not exist in 1990-02",
    "310490-1234, day 31 does not exist in 1990-04",
    "910290-1234, day 31 does not exist in 1990-02",
  })
  void rejectsCprWithImpossibleDate(String text, String reason) {
    assertThat(failureOf(text)).isEqualTo(reason);
  }

  // 29 February exists in 1992, 2000 (divisible by 400), 1896 and 2036, but not in 1900 or 2037
  // (Gregorian calendar); the century comes from the 7th digit.
  @ParameterizedTest
  @CsvSource({
    "290292-1234, 1992",
    "290200-4234, 2000",
    "290200-5234, 2000",
    "290296-5234, 1896",
    "290236-4234, 2036",
    "890200-4234, 2000",
    "290200-6AB4, 2000",
    "290296-5AB4, 1896",
  })
  void acceptsTheTwentyNinthOfFebruaryInALeapYear(String text, int year) {
    assertThat(Cpr.parse(text).birthDate()).isEqualTo(LocalDate.of(year, 2, 29));
  }

  @ParameterizedTest
  @CsvSource({
    "290200-0234, 1900-02",
    "290200-3234, 1900-02",
    "290237-5234, 2037-02",
    "290293-1234, 1993-02",
    "890200-0234, 1900-02",
    "290200-0AB4, 1900-02",
    "290200-5AB4, 1800-02",
  })
  void rejectsTheTwentyNinthOfFebruaryOutsideALeapYear(String text, String month) {
    assertThat(failureOf(text)).isEqualTo("day 29 does not exist in " + month);
  }

  @ParameterizedTest
  @ValueSource(strings = {"000190-1234", "010090-1234", "011390-1234", "019990-1234"})
  void rejectsADayOrMonthOfZeroOrAMonthAboveTwelve(String text) {
    assertThat(failureOf(text)).matches("the (day|month) must be .*");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "   ", "1", "010190123", "010190-12345", "010190--1234", "0101901234 5"
      })
  void rejectsTheWrongNumberOfCharacters(String text) {
    assertThat(failureOf(text)).startsWith("expected 10 characters (DDMMYYSSSS) or 11 (DDMMYY-SSSS)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010190 1234", "010190/1234", "010190.1234", "01019-01234", "010190‐1234", "01019012345"})
  void rejectsAnySeparatorButHyphenMinusAfterTheSixthDigit(String text) {
    assertThat(failureOf(text)).isEqualTo(
        "in the 11-character form DDMMYY-SSSS the 7th character must be '-'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"O10190-1234", "010190-A234", "010190-123X", "٠١٠١٩٠١٢٣٤", "01 1901234", "010190-123"})
  void rejectsNonDigitsWhereDigitsBelong(String text) {
    assertThat(failureOf(text)).isEqualTo("characters 1 to 7 and 10 of the number must be digits 0-9");
  }

  @Test
  void rejectsNullWithoutThrowingFromTryParse() {
    assertThat(Cpr.tryParse(null).failure()).contains("no value was given");
    assertThatThrownBy(() -> Cpr.parse(null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CPR number '<null>': no value was given");
  }

  @Test
  void throwsAMessageWithTheMaskedInputAndTheReason() {
    assertThatThrownBy(() -> Cpr.parse("310290-1234"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CPR number '310290-****': day 31 does not exist in 1990-02")
        .extracting(e -> ((InvalidValueException) e).reason())
        .isEqualTo("day 31 does not exist in 1990-02");
  }
}
