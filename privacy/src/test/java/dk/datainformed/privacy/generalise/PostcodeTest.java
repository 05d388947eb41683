package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import org.junit.jupiter.api.Test;

class PostcodeTest {

  @Test
  void readsFourDigitsKeepingALeadingZero() {
    assertThat(Postcode.parse("2860").code()).isEqualTo("2860");
    assertThat(Postcode.parse(" 0800 ")).hasToString("0800");
    assertThat(Postcode.parse("2860")).isEqualTo(new Postcode("2860"));
  }

  @Test
  void rejectsTooFewDigitsShowingTheValue() {
    assertThatThrownBy(() -> Postcode.parse("286"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid postcode '286': a Danish postcode is four digits 0-9, e.g. '2860'");
  }

  @Test
  void rejectsADigitRunThatMayBeACprNumberShowingItMasked() {
    assertThatThrownBy(() -> Postcode.parse("010190" + "1234"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Invalid postcode '010190-****': a Danish postcode is four digits 0-9, e.g. '2860'");
  }

  @Test
  void givesTheReasonWithoutThrowingForBulkReading() {
    assertThat(Postcode.tryParse("DK-2860").failure())
        .contains("a Danish postcode is four digits 0-9, e.g. '2860'");
    assertThat(Postcode.tryParse(null).failure()).contains("no value was given");
    assertThat(Postcode.tryParse("9000").toOptional()).contains(new Postcode("9000"));
  }

  @Test
  void rejectsAnythingButFourAsciiDigitsInTheConstructor() {
    assertThatThrownBy(() -> new Postcode("28 60"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid postcode '28 60': a Danish postcode is four digits 0-9, e.g. '2860'");
    assertThatThrownBy(() -> new Postcode("\u0662\u0668\u0666\u0660"))
        .isInstanceOf(InvalidValueException.class);
  }
}
