package dk.datainformed.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** Laws of the garbage-free readers of numbers and dates, against the JDK's own parsers. */
class ValueTextProperties {

  private final NumberText numbers = new NumberText();

  @Property
  void aDecimalWithCommaReadsAsTheNearestDouble(
      @ForAll @BigRange(min = "-1e12", max = "1e12") @Scale(6) BigDecimal value) {
    String danish = value.toPlainString().replace('.', ',');
    String text = danish;

    assertThat(numbers.readDouble(text, 0, text.length(), ',')).isTrue();
    assertThat(numbers.doubleValue).isEqualTo(Double.parseDouble(value.toPlainString()));
  }

  @Property
  void aLongDecimalFallsBackToTheExactParser(@ForAll @IntRange(min = 16, max = 30) int digits) {
    String plain = "9".repeat(digits) + ".125";
    String text = plain.replace('.', ',');

    assertThat(numbers.readDouble(text, 0, text.length(), ',')).isTrue();
    assertThat(numbers.doubleValue).isEqualTo(Double.parseDouble(plain));
  }

  @Property
  void aWholeNumberReadsAsItsLong(@ForAll long value) {
    String text = Long.toString(value);

    assertThat(numbers.readLong(text, 0, text.length())).isTrue();
    assertThat(numbers.longValue).isEqualTo(value);
  }

  @Example
  void rejectsGroupingSignsAloneAndNumbersTooLargeForALong() {
    for (String bad : new String[] {"1.234,5", "-", "", ",", "1,2,3", "12a"}) {
      String text = bad;
      assertThat(numbers.readDouble(text, 0, text.length(), ',')).as(bad).isFalse();
    }
    String tooLarge = "9223372036854775808";
    assertThat(numbers.readLong(tooLarge, 0, tooLarge.length())).isFalse();
  }

  @Property
  void aDanishDateReadsAsItsEpochDay(
      @ForAll @IntRange(min = -719_528, max = 2_932_896) int epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);  // 0000-01-01 to 9999-12-31
    for (String layout : new String[] {"dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "d-M-yyyy"}) {
      DatePattern pattern = DatePattern.compile(layout).orElseThrow();
      String text = date.format(DateTimeFormatter.ofPattern(layout.replace("yyyy", "uuuu")));

      assertThat(pattern.parse(text, 0, text.length())).as(layout).isEqualTo(date.toEpochDay());
    }
  }

  @Property
  void aDayMonthYearTripleIsImpossibleExactlyWhenTheCalendarHasNoSuchDay(
      @ForAll @IntRange(min = 1, max = 31) int day, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1000, max = 9999) int year) {
    DatePattern pattern = DatePattern.compile("dd-MM-yyyy").orElseThrow();
    String text = String.format("%02d-%02d-%04d", day, month, year);
    long expected;
    try {
      expected = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      expected = DatePattern.IMPOSSIBLE;
    }

    assertThat(pattern.parse(text, 0, text.length())).isEqualTo(expected);
  }

  @Example
  void rejectsLayoutsWithoutExactlyOneDayMonthAndFourDigitYear() {
    assertThat(DatePattern.compile("dd-MM-yy")).isEmpty();
    assertThat(DatePattern.compile("MM-yyyy")).isEmpty();
    assertThat(DatePattern.compile("dd-MM-yyyy HH")).isEmpty();
    assertThat(DatePattern.compile("yyyyMMdd")).isPresent();
  }

  @Property(tries = 3000)
  void theFixedWidthPathAgreesWithThePartByPartOne(
      @ForAll("layouts") String layout, @ForAll("dateLike") String text) {
    DatePattern pattern = DatePattern.compile(layout).orElseThrow();
    String chars = ("#" + text + "#");

    assertThat(pattern.parse(chars, 1, text.length()))
        .isEqualTo(pattern.parseAnyWidth(chars, 1, text.length()));
  }

  @Provide
  Arbitrary<String> layouts() {
    return Arbitraries.of("dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "yyyyMMdd", "dd/MM/yyyy", "d-M-yyyy");
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> nearDates = Arbitraries.integers().between(-1000, 80_000)
        .map(d -> LocalDate.ofEpochDay(d).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-./ ").ofMaxLength(12);
    return Arbitraries.oneOf(nearDates, noise, nearDates.map(s -> s.replace('-', '.')),
        nearDates.map(s -> s.substring(6) + s.substring(2, 6) + s.substring(0, 2)));
  }

  @Example
  void theQuickBlankTestIsTheJdksWhitespaceTestForEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(CellReader.isBlank((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
    }
  }
}
