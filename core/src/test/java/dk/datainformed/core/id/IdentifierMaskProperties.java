package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdentifierMaskProperties {

  @Property
  void neverShowsMoreThanTheBirthDatePartOfTenDigits(
      @ForAll @NumericChars @StringLength(10) String digits) {
    String masked = IdentifierMask.mask(digits);
    assertThat(masked).isEqualTo(digits.substring(0, 6) + "-****");
  }

  @Property
  void neverShowsMoreThanSixCharactersOfAnyInput(@ForAll String raw) {
    String masked = IdentifierMask.mask(raw);
    long shown = masked.replace("-****", "").replace("****", "").length();
    assertThat(shown).isLessThanOrEqualTo(6);
  }

  @Test
  void masksTheWrittenFormsOfACprNumber() {
    assertThat(IdentifierMask.mask("010190-1234")).isEqualTo("010190-****");
    assertThat(IdentifierMask.mask(" 0101901234")).isEqualTo("010190-****");
    assertThat(IdentifierMask.mask("01019")).isEqualTo("****");
    assertThat(IdentifierMask.mask("ab0190-1234")).isEqualTo("****");
    assertThat(IdentifierMask.mask(null)).isEqualTo("<null>");
  }

  @Property
  void maskWordsNeverShowsTheLastFourDigitsOfACprInAnyWrittenFormOrText(
      @ForAll @NumericChars @StringLength(6) String date,
      @ForAll @NumericChars @StringLength(4) String serial,
      @ForAll("separators") String separator,
      @ForAll String before,
      @ForAll String after) {
    String cpr = date + separator + serial;

    String shown = IdentifierMask.maskWords(before + cpr + after);

    assertThat(shown.replaceAll("[^0-9]", "")).doesNotContain(date + serial);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> separators() {
    return net.jqwik.api.Arbitraries.of("", "-", " ", "\n");
  }

  @Test
  void maskWordsKeepsWordsWithFewerThanFourDigits() {
    assertThat(IdentifierMask.maskWords("Tabel findes ikke: FOLK1X"))
        .isEqualTo("Tabel findes ikke: FOLK1X");
    assertThat(IdentifierMask.maskWords("ukendt person 0101901234.")).isEqualTo("ukendt person 010190-****");
    assertThat(IdentifierMask.maskWords("010190 1234")).isEqualTo("010190-**** ****");
    assertThat(IdentifierMask.maskWords(null)).isEqualTo("<null>");
  }
}
