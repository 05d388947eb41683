package dk.datainformed.privacy.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class CprRedactorProperties {

  private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
  private final CprRedactor redactor = CprRedactor.replacingWith("[CPR]");

  /** Regular CPR numbers born 1900-1999 (7th digit 0-3), in one of the written forms. */
  @Provide
  Arbitrary<String> writtenCprNumbers() {
    Arbitrary<LocalDate> births =
        Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31));
    Arbitrary<String> serials =
        Combinators.combine(
                Arbitraries.integers().between(0, 3), Arbitraries.strings().numeric().ofLength(3))
            .as((century, rest) -> century + rest);
    Arbitrary<String> separators = Arbitraries.of("", "-", " ", "\u2013");
    return Combinators.combine(births, separators, serials)
        .as((birth, separator, serial) -> birth.format(DDMMYY) + separator + serial);
  }

  @Provide
  Arbitrary<String> before() {
    return Arbitraries.of("", "CPR ", "(", "nr.: ", "Borger ", "\n");
  }

  @Provide
  Arbitrary<String> after() {
    return Arbitraries.of("", " ringede", ")", ".", ", ", "\n");
  }

  @Property
  void redactsEveryValidNumberInEveryWrittenForm(
      @ForAll("writtenCprNumbers") String cpr,
      @ForAll("before") String before,
      @ForAll("after") String after) {
    assertThat(redactor.redact(before + cpr + after)).isEqualTo(before + "[CPR]" + after);
  }

  @Property
  void leavesPhoneNumbersAmountsAndLongerNumbersAlone(
      @ForAll @IntRange(min = 10_000_000, max = 99_999_999) int phone,
      @ForAll @IntRange(min = 0, max = 99_999_999) int kroner,
      @ForAll @IntRange(min = 0, max = 99) int oere,
      @ForAll @IntRange(min = 0, max = 9) int extraDigit,
      @ForAll("writtenCprNumbers") String cprLike) {
    String amount = String.format(Locale.GERMANY, "%,d,%02d kr.", kroner, oere);
    String digitsOnly = cprLike.replaceAll("[^0-9]", "");
    String text =
        "Tlf. " + phone + ", +45" + phone + ", beløb " + amount + ", løbenummer " + digitsOnly
            + extraDigit + ", kode X" + digitsOnly + ", beløb " + digitsOnly + ",50 kr.";

    assertThat(redactor.redact(text)).isEqualTo(text);
  }
}
