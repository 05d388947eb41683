package dk.datainformed.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.InvalidValueException;
import java.util.List;
import java.util.stream.Stream;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The number format of KLE: hovedgruppe, gruppe and emne of two digits each, e.g. 27.24.00. */
class KleTest {

  @Test
  void readsAnEmneWithItsParts() {
    Kle kle = Kle.parse("27.24.00");
    assertThat(kle.level()).isEqualTo(KleLevel.EMNE);
    assertThat(kle.hovedgruppe()).isEqualTo(27);
    assertThat(kle.gruppe()).isEqualTo(OptionalInt.of(24));
    assertThat(kle.emne()).isEqualTo(OptionalInt.of(0));
    assertThat(kle).hasToString("27.24.00");
    assertThat(kle.code()).isEqualTo("27.24.00");
  }

  @Test
  void readsTheCoarserLevels() {
    Kle gruppe = Kle.parse("27.24");
    Kle hovedgruppe = Kle.parse(" 27 ");
    assertThat(gruppe.level()).isEqualTo(KleLevel.GRUPPE);
    assertThat(gruppe.emne()).isEmpty();
    assertThat(hovedgruppe.level()).isEqualTo(KleLevel.HOVEDGRUPPE);
    assertThat(hovedgruppe.gruppe()).isEmpty();
    assertThat(hovedgruppe.code()).isEqualTo("27");
  }

  @Test
  void exposesTheParentLevels() {
    Kle emne = Kle.parse("27.24.00");
    assertThat(emne.parent()).contains(Kle.parse("27.24"));
    assertThat(Kle.parse("27.24").parent()).contains(Kle.parse("27"));
    assertThat(Kle.parse("27").parent()).isEmpty();
    assertThat(emne.ancestors()).containsExactly(Kle.parse("27"), Kle.parse("27.24"));
    assertThat(Kle.parse("27").ancestors()).isEmpty();
  }

  @Test
  void tellsWhetherANumberLiesWithinAnother() {
    Kle emne = Kle.parse("27.24.00");
    assertThat(emne.isWithin(Kle.parse("27"))).isTrue();
    assertThat(emne.isWithin(Kle.parse("27.24"))).isTrue();
    assertThat(emne.isWithin(emne)).isTrue();
    assertThat(emne.isWithin(Kle.parse("27.25"))).isFalse();
    assertThat(emne.isWithin(Kle.parse("27.24.01"))).isFalse();
    assertThat(emne.isWithin(Kle.parse("28"))).isFalse();
    assertThat(Kle.parse("27").isWithin(emne)).isFalse();
  }

  @Test
  void sortsACoarserNumberBeforeTheNumbersWithinIt() {
    List<Kle> sorted =
        Stream.of("27.25", "27.24.00", "00.01", "27", "27.24", "27.24.01")
            .map(Kle::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(Kle::code)
        .containsExactly("00.01", "27", "27.24", "27.24.00", "27.24.01", "27.25");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "2", "270", "27.2", "27.24.0", "2724", "27-24-00", "27.24.00.G01", "27.24.", ".27",
        "27,24", "ab.cd", "27.24.00.00", "٢٧"
      })
  void rejectsAnythingButTwoDigitPartsSeparatedByFullStops(String text) {
    assertThat(Kle.tryParse(text).failure())
        .contains("a KLE number is NN, NN.NN or NN.NN.NN (hovedgruppe, gruppe, emne), two digits each");
  }

  @Test
  void throwsWithWhatWasReadAndWhy() {
    assertThatThrownBy(() -> Kle.parse("27.2"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Invalid KLE number '****': a KLE number is NN");
    assertThat(Kle.tryParse(null).failure()).contains("no value was given");
  }
}
