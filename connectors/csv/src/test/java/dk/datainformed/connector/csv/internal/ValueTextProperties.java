package dk.datainformed.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
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
    char[] text = danish.toCharArray();

    assertThat(numbers.readDouble(text, 0, text.length, ',')).isTrue();
    assertThat(numbers.doubleValue).isEqualTo(Double.parseDouble(value.toPlainString()));
  }

  @Property
  void aLongDecimalFallsBackToTheExactParser(@ForAll @IntRange(min = 16, max = 30) int digits) {
    String plain = "9".repeat(digits) + ".125";
    char[] text = plain.replace('.', ',').toCharArray();

    assertThat(numbers.readDouble(text, 0, text.length, ',')).isTrue();
    assertThat(numbers.doubleValue).isEqualTo(Double.parseDouble(plain));
  }

  @Property
  void aWholeNumberReadsAsItsLong(@ForAll long value) {
    char[] text = Long.toString(value).toCharArray();

    assertThat(numbers.readLong(text, 0, text.length)).isTrue();
    assertThat(numbers.longValue).isEqualTo(value);
  }

  @Example
  void rejectsGroupingSignsAloneAndNumbersTooLargeForALong() {
    for (String bad : new String[] {"1.234,5", "-", "", ",", "1,2,3", "12a"}) {
      char[] text = bad.toCharArray();
      assertThat(numbers.readDouble(text, 0, text.length, ',')).as(bad).isFalse();
    }
    char[] tooLarge = "9223372036854775808".toCharArray();
    assertThat(numbers.readLong(tooLarge, 0, tooLarge.length)).isFalse();
  }

  @Property
  void aDanishDateReadsAsItsEpochDay(
      @ForAll @IntRange(min = -354_285, max = 2_932_896) int epochDay) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);  // 1000-01-01 to 9999-12-31
    for (String layout : new String[] {"dd-MM-yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "d-M-yyyy"}) {
      DatePattern pattern = DatePattern.compile(layout).orElseThrow();
      char[] text = date.format(DateTimeFormatter.ofPattern(layout.replace("yyyy", "uuuu"))).toCharArray();

      assertThat(pattern.parse(text, 0, text.length)).as(layout).isEqualTo(date.toEpochDay());
    }
  }

  @Property
  void aDayMonthYearTripleIsImpossibleExactlyWhenTheCalendarHasNoSuchDay(
      @ForAll @IntRange(min = 1, max = 31) int day, @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1000, max = 9999) int year) {
    DatePattern pattern = DatePattern.compile("dd-MM-yyyy").orElseThrow();
    char[] text = String.format("%02d-%02d-%04d", day, month, year).toCharArray();
    long expected;
    try {
      expected = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      expected = DatePattern.IMPOSSIBLE;
    }

    assertThat(pattern.parse(text, 0, text.length)).isEqualTo(expected);
  }

  @Example
  void rejectsLayoutsWithoutExactlyOneDayMonthAndFourDigitYear() {
    assertThat(DatePattern.compile("dd-MM-yy")).isEmpty();
    assertThat(DatePattern.compile("MM-yyyy")).isEmpty();
    assertThat(DatePattern.compile("dd-MM-yyyy HH")).isEmpty();
    assertThat(DatePattern.compile("yyyyMMdd")).isPresent();
  }
}
