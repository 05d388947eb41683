package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Known answers for {@link Cvr}.
 *
 * <p>The accepted numbers are real municipal CVR numbers found in public sources (Københavns Kommune
 * in its own web footer and in HL7 Denmark's dk-core examples; Aarhus Kommune as the sender CVR in
 * its public Digital Post / Serviceplatformen code; Kolding and Køge in a public table of Danish
 * authorities). Each check is worked by hand (weights 2,7,6,5,4,3,2,1):
 *
 * <pre>
 * 64942212 Københavns Kommune: 12 + 28 + 54 + 20 +  8 +  6 +  2 + 2 = 132 = 12 * 11
 * 55133018 Aarhus Kommune:     10 + 35 +  6 + 15 + 12 +  0 +  2 + 8 =  88 =  8 * 11
 * 29189897 Kolding Kommune:     4 + 63 +  6 + 40 + 36 + 24 + 18 + 7 = 198 = 18 * 11
 * 29189374 Køge Kommune:        4 + 63 +  6 + 40 + 36 +  9 + 14 + 4 = 176 = 16 * 11
 * </pre>
 */
class CvrTest {

  @ParameterizedTest
  @ValueSource(strings = {"64942212", "55133018", "29189897", "29189374"})
  void acceptsMunicipalitiesPublishedCvrNumbers(String text) {
    Cvr cvr = Cvr.parse(text);
    assertThat(cvr.value()).isEqualTo(text);
    assertThat(cvr).hasToString(text);
  }

  @Test
  void trimsSurroundingBlanksAndComparesByValue() {
    assertThat(Cvr.parse(" 64942212\t")).isEqualTo(Cvr.parse("64942212"))
        .hasSameHashCodeAs(Cvr.parse("64942212"))
        .isNotEqualTo(Cvr.parse("55133018"));
  }

  // 64942213: 132 + 1 = 133, remainder 1. 55133017: 88 - 1 = 87, remainder 10.
  @ParameterizedTest
  @ValueSource(strings = {"64942213", "55133017", "12345678"})
  void rejectsANumberThatFailsModulus11(String text) {
    assertThat(Cvr.tryParse(text).failure())
        .contains("the modulus 11 check fails (weights 2,7,6,5,4,3,2,1)");
  }

  // Both pass the weighted sum (0, and 7 + 12 + 15 + 16 + 15 + 12 + 0 = 77 = 7 * 11), so only the
  // first-digit rule can reject them.
  @ParameterizedTest
  @ValueSource(strings = {"00000000", "01234560"})
  void rejectsANumberStartingWithZero(String text) {
    assertThat(Cvr.tryParse(text).failure()).contains("a CVR number never starts with 0");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "6494221", "649422120", "6494221A", "64 942212", "DK64942212", "６４９４２２１２"})
  void rejectsAnythingButEightDigits(String text) {
    assertThat(Cvr.tryParse(text).failure()).contains("a CVR number must be exactly 8 digits");
  }

  @Test
  void masksTheInputInTheMessageBecauseItMayBeACprNumber() {
    assertThatThrownBy(() -> Cvr.parse("0101901234"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid CVR number '010190-****': a CVR number must be exactly 8 digits");
    assertThat(Cvr.tryParse(null).failure()).contains("no value was given");
  }
}
