package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RotationTest {

  private static PseudonymKey key(String id, int fill) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) fill);
    return PseudonymKey.fromBytes(id, bytes);
  }

  private final Pseudonymiser old = Pseudonymiser.of(key("psn-2025", 1), "dk.test.sygefravaer");
  private final Pseudonymiser fresh = Pseudonymiser.of(key("psn-2026", 2), "dk.test.sygefravaer");
  private final Rotation rotation = Rotation.of(old, fresh);

  @Test
  void mapsEachOldPseudonymToTheNewPseudonymOfTheSameValue() {
    List<String> values = List.of("0101001234", "0202002345", "0101001234");

    Map<String, String> table = rotation.mapping(values);

    assertThat(table)
        .hasSize(2)
        .containsEntry(old.pseudonymise("0101001234"), fresh.pseudonymise("0101001234"))
        .containsEntry(old.pseudonymise("0202002345"), fresh.pseudonymise("0202002345"));
  }

  @Test
  void updatesStoredDataSoThatItJoinsNewData() {
    List<String> storedUnderOldKey = Stream.of("0101001234", "0303003456").map(old::pseudonymise).toList();
    Map<String, String> table = rotation.mapping(List.of("0303003456", "0101001234"));

    List<String> updated = storedUnderOldKey.stream().map(table::get).toList();

    assertThat(updated).containsExactly(fresh.pseudonymise("0101001234"), fresh.pseudonymise("0303003456"));
  }

  @Test
  void streamsPairsInOrder() {
    List<Rotation.Pair> pairs = rotation.pairs(Stream.of("0101001234", "0202002345")).collect(Collectors.toList());

    assertThat(pairs)
        .extracting(Rotation.Pair::newPseudonym)
        .containsExactly(fresh.pseudonymise("0101001234"), fresh.pseudonymise("0202002345"));
  }

  @Test
  void namesBothDomains() {
    assertThat(rotation.from()).isEqualTo(new PseudonymDomain("dk.test.sygefravaer", "psn-2025"));
    assertThat(rotation.to()).isEqualTo(new PseudonymDomain("dk.test.sygefravaer", "psn-2026"));
    assertThat(rotation.toString()).doesNotContain("0101").contains("psn-2025").contains("psn-2026");
  }

  @Test
  void refusesToRotateAcrossDomainsOrToTheSameKeyId() {
    assertThatThrownBy(() -> Rotation.of(old, Pseudonymiser.of(key("psn-2026", 2), "dk.test.jobcenter")))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("within one pseudonymisation domain");
    assertThatThrownBy(() -> Rotation.of(old, Pseudonymiser.of(key("psn-2025", 3), "dk.test.sygefravaer")))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("needs a new key id");
  }
}
