package dk.datainformed.privacy.generalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AgeBandsTest {

  private final AgeBands bands = AgeBands.of(18, 30, 40, 50, 60, 67);

  private static List<String> labels(AgeBands bands) {
    return bands.bands().stream().map(AgeBand::label).toList();
  }

  @Test
  void labelsTheBandsThatTheCutPointsStart() {
    assertThat(labels(bands))
        .containsExactly("0-17", "18-29", "30-39", "40-49", "50-59", "60-66", "67+");
  }

  @Test
  void labelsABandOfOneAgeByThatAge() {
    assertThat(labels(AgeBands.of(1, 18, 19))).containsExactly("0", "1-17", "18", "19+");
  }

  @Test
  void putsEachCutPointInTheBandItStarts() {
    assertThat(bands.bandOf(0).label()).isEqualTo("0-17");
    assertThat(bands.bandOf(17).label()).isEqualTo("0-17");
    assertThat(bands.bandOf(18).label()).isEqualTo("18-29");
    assertThat(bands.bandOf(66).label()).isEqualTo("60-66");
    assertThat(bands.bandOf(67).label()).isEqualTo("67+");
    assertThat(bands.bandOf(121).label()).isEqualTo("67+");
  }

  @Test
  void givesTheBandOfAnAgeAtAReferenceDateWithTheBirthdayRulesOfAge() {
    LocalDate leapDay = LocalDate.of(2008, 2, 29);

    assertThat(bands.bandAt(leapDay, LocalDate.of(2026, 2, 28)).label()).isEqualTo("0-17");
    assertThat(bands.bandAt(leapDay, LocalDate.of(2026, 3, 1)).label()).isEqualTo("18-29");
  }

  @Test
  void describesEachBandByItsBounds() {
    AgeBand young = bands.bandOf(20);
    AgeBand oldest = bands.bandOf(70);

    assertThat(young.from()).isEqualTo(18);
    assertThat(young.to()).isEqualTo(OptionalInt.of(29));
    assertThat(young.isOpen()).isFalse();
    assertThat(young.contains(17)).isFalse();
    assertThat(young.contains(29)).isTrue();
    assertThat(young.contains(30)).isFalse();
    assertThat(oldest.from()).isEqualTo(67);
    assertThat(oldest.to()).isEmpty();
    assertThat(oldest.isOpen()).isTrue();
    assertThat(oldest.contains(Integer.MAX_VALUE)).isTrue();
    assertThat(oldest).hasToString("67+");
  }

  @Test
  void fiveYearPresetRunsFrom0To4UpTo100AndOver() {
    assertThat(labels(AgeBands.fiveYear()))
        .containsExactly(
            "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
            "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94",
            "95-99", "100+");
  }

  @Test
  void labourMarketPresetSplitsTheYoungFinelyThenByTenYears() {
    assertThat(labels(AgeBands.labourMarket()))
        .containsExactly("0-15", "16-24", "25-29", "30-39", "40-49", "50-59", "60+");
  }

  @Test
  void isEqualForEqualCutPointsHoweverGiven() {
    assertThat(AgeBands.of(List.of(18, 30, 40, 50, 60, 67))).isEqualTo(bands);
    assertThat(AgeBands.of(List.of(18, 30, 40, 50, 60, 67))).hasSameHashCodeAs(bands);
    assertThat(AgeBands.of(18, 67)).isNotEqualTo(bands);
    assertThat(AgeBands.labourMarket()).isEqualTo(AgeBands.of(16, 25, 30, 40, 50, 60));
    assertThat(bands.bandOf(20)).isEqualTo(AgeBands.of(18, 30).bandOf(29));
  }

  @Test
  void showsTheLabelsInToString() {
    assertThat(AgeBands.of(18, 67)).hasToString("AgeBands[0-17, 18-66, 67+]");
  }

  @Test
  void cannotBeChangedThroughItsListsOrTheArrayItWasMadeFrom() {
    int[] cuts = {18, 67};
    AgeBands made = AgeBands.of(cuts);
    cuts[0] = 5;

    assertThat(made.cutPoints()).containsExactly(18, 67);
    assertThatThrownBy(() -> made.cutPoints().add(99))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> made.bands().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNoCutPoints() {
    assertThatThrownBy(() -> AgeBands.of())
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "no cut points were given: give at least one age at which a new band starts,"
                + " e.g. AgeBands.of(18, 67)");
  }

  @Test
  void rejectsANegativeCutPoint() {
    assertThatThrownBy(() -> AgeBands.of(-5, 18))
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "cut point -5 must be at least 1: the first band always starts at age 0, and ages are"
                + " not negative");
  }

  @Test
  void rejectsACutPointOfZero() {
    assertThatThrownBy(() -> AgeBands.of(0, 18))
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("cut point 0 must be at least 1");
  }

  @Test
  void rejectsACutPointThatIsAYearRatherThanAnAge() {
    assertThatThrownBy(() -> AgeBands.of(18, 1967))
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "cut point 1967 must be at most 150: it is an age in whole years, not a year or a date");
  }

  @Test
  void rejectsADuplicateCutPoint() {
    assertThatThrownBy(() -> AgeBands.of(18, 30, 30, 67))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("cut point 30 is given twice: cut points must be strictly increasing");
  }

  @Test
  void rejectsUnsortedCutPoints() {
    assertThatThrownBy(() -> AgeBands.of(18, 40, 30))
        .isInstanceOf(PrivacyException.class)
        .hasMessage(
            "cut point 30 is not greater than the cut point before it (40): cut points must be"
                + " strictly increasing");
  }

  @Test
  void rejectsANullCutPointInAList() {
    assertThatThrownBy(() -> AgeBands.of(Arrays.asList(18, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a cut point is null");
  }

  @Test
  void rejectsANegativeAge() {
    assertThatThrownBy(() -> bands.bandOf(-1))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("age -1 must not be negative");
  }
}
