package dk.datainformed.connector.statbank.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionsTest {

  @Test
  void readsVariablesAndValuesIgnoringBlanks() {
    Selections s = Selections.parse(" OMRÅDE = 101, 147 ;KØN=*; Tid=2024* ;");

    assertThat(s.variables()).containsExactly("OMRÅDE", "KØN", "Tid");
    assertThat(s.values("OMRÅDE")).contains(List.of("101", "147"));
    assertThat(s.values("område")).contains(List.of("101", "147"));
    assertThat(s.values("TID")).contains(List.of("2024*"));
    assertThat(s.values("ALDER")).isEmpty();
    assertThat(s).hasToString("OMRÅDE=101,147;KØN=*;Tid=2024*");
  }

  @Test
  void blankTextSelectsEverything() {
    assertThat(Selections.parse("  ").variables()).isEmpty();
  }

  @Test
  void passesTheApisOtherValueFormsAsWritten() {
    assertThat(Selections.parse("Tid=>=2020K1").values("Tid")).contains(List.of(">=2020K1"));
  }

  @Test
  void rejectsAnEntryWithoutEquals() {
    assertThatThrownBy(() -> Selections.parse("OMRÅDE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no '='")
        .hasMessageContaining("OMRÅDE=101,147");
  }

  @Test
  void rejectsAVariableWithoutValues() {
    assertThatThrownBy(() -> Selections.parse("KØN= , "))
        .hasMessageContaining("variable 'KØN' has no values")
        .hasMessageContaining("KØN=*");
  }

  @Test
  void rejectsAVariableSelectedTwiceIgnoringCase() {
    assertThatThrownBy(() -> Selections.parse("Tid=2024K1;TID=2024K2"))
        .hasMessageContaining("'TID' is selected twice");
  }

  @Test
  void rejectsAnEmptyVariableName() {
    assertThatThrownBy(() -> Selections.parse("=101")).hasMessageContaining("no variable before '='");
  }
}
