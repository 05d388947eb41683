package dk.datainformed.privacy.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KAnonymityTest {

  private static final List<Map<String, String>> ROWS =
      List.of(
          Map.of("alder", "30-39", "køn", "K", "postnr", "8000", "fravær", "12"),
          Map.of("alder", "30-39", "køn", "K", "postnr", "8000", "fravær", "3"),
          Map.of("alder", "30-39", "køn", "K", "postnr", "8000", "fravær", "0"),
          Map.of("alder", "60-69", "køn", "M", "postnr", "8830", "fravær", "40"),
          Map.of("alder", "40-49", "køn", "M", "postnr", "8000", "fravær", "1"),
          Map.of("alder", "40-49", "køn", "M", "postnr", "8000", "fravær", "2"));

  @Test
  void listsTheClassesSmallerThanKSmallestFirst() {
    KAnonymityReport report = KAnonymity.check(ROWS, List.of("alder", "køn", "postnr"), 3);

    assertThat(report.isKAnonymous()).isFalse();
    assertThat(report.rowCount()).isEqualTo(6);
    assertThat(report.classCount()).isEqualTo(3);
    assertThat(report.smallClasses())
        .containsExactly(
            new EquivalenceClass(Map.of("alder", "60-69", "køn", "M", "postnr", "8830"), 1),
            new EquivalenceClass(Map.of("alder", "40-49", "køn", "M", "postnr", "8000"), 2));
    assertThat(report.rowsAtRisk()).isEqualTo(3);
  }

  @Test
  void isKAnonymousOverFewerQuasiIdentifiers() {
    // Over postcode alone: 8000 has 5 rows, 8830 one.
    assertThat(KAnonymity.check(ROWS, List.of("postnr"), 1).isKAnonymous()).isTrue();
    assertThat(KAnonymity.check(ROWS, List.of("køn"), 3).isKAnonymous()).isTrue();
    assertThat(KAnonymity.check(ROWS, List.of("postnr"), 2).smallClasses())
        .extracting(EquivalenceClass::size)
        .containsExactly(1);
  }

  @Test
  void keepsTheQuasiIdentifiersInTheGivenOrder() {
    EquivalenceClass lonely =
        KAnonymity.check(ROWS, List.of("postnr", "alder"), 2).smallClasses().get(0);

    assertThat(lonely.values().keySet()).containsExactly("postnr", "alder");
  }

  @Test
  void masksValuesInToString() {
    EquivalenceClass row = new EquivalenceClass(Map.of("cpr", "0101901234"), 1);

    assertThat(row.toString()).doesNotContain("1234").contains("010190-****");
  }

  @Test
  void rejectsARowWithoutAQuasiIdentifierNamingTheRow() {
    List<Map<String, String>> rows = List.of(Map.of("alder", "30-39"), Map.of("køn", "K"));

    assertThatThrownBy(() -> KAnonymity.check(rows, List.of("alder"), 2))
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("row 2 has no value for quasi-identifier 'alder'");
  }

  @Test
  void rejectsInvalidArguments() {
    assertThatThrownBy(() -> KAnonymity.check(ROWS, List.of("alder"), 0))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("k (0) must be at least 1");
    assertThatThrownBy(() -> KAnonymity.check(ROWS, List.of(), 3))
        .isInstanceOf(PrivacyException.class)
        .hasMessage("name at least one quasi-identifier to check k-anonymity over");
  }
}
