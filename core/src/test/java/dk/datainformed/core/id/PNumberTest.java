package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PNumberTest {

  @Test
  void acceptsTenDigitsWithSurroundingBlanks() {
    PNumber unit = PNumber.parse(" 1234567890 ");
    assertThat(unit.value()).isEqualTo("1234567890");
    assertThat(unit).hasToString("1234567890").isEqualTo(PNumber.parse("1234567890"));
    assertThat(unit).isNotEqualTo(PNumber.parse("1234567891"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "123456789", "12345678901", "123456789A", "12345 67890", "١٢٣٤٥٦٧٨٩٠"})
  void rejectsAnythingButTenDigits(String text) {
    assertThat(PNumber.tryParse(text).failure()).contains("a P-number must be exactly 10 digits");
  }

  @Test
  void masksTheInputInTheMessageBecauseItMayBeACprNumber() {
    assertThatThrownBy(() -> PNumber.parse("010190-1234"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid P-number '010190-****': a P-number must be exactly 10 digits");
    assertThat(PNumber.tryParse(null).failure()).contains("no value was given");
  }
}
