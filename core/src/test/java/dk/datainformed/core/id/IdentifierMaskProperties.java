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
}
