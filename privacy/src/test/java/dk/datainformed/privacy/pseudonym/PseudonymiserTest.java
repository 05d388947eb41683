package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.privacy.PrivacyException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {

  private static byte[] ascending(int from, int count) {
    byte[] key = new byte[count];
    for (int i = 0; i < count; i++) {
      key[i] = (byte) (from + i);
    }
    return key;
  }

  private static String pseudonym(byte[] key, String domain, String value) {
    return Pseudonymiser.of(PseudonymKey.fromBytes("test", key), domain).pseudonymise(value);
  }

  @Test
  void matchesTheProjectsFixedTestVector() {
    // The construction's published test vector: key 0x00..0x1f.
    assertThat(pseudonym(ascending(0, 32), "dk.datainformed.test", "test-value-1"))
        .isEqualTo("b77kdzw7gsukm44u6qsksrjsbvi2rwom");
  }

  // The vectors below were computed independently with Python's standard library:
  //   python3 -c 'import hmac,hashlib,base64
  //   def p(k,d,v): return base64.b32encode(hmac.new(k,d.encode()+b"\0"+v.encode(),
  //       hashlib.sha256).digest()[:20]).decode().lower()
  //   print(p(bytes(range(32)),"dk.aarhus.sygefravaer","0101001234"))
  //   print(p(bytes(range(32)),"dk.aarhus.jobcenter","0101001234"))
  //   print(p(bytes(range(32,96)),"dk.example.a-domain-name-that-is-longer-than-one-sha256-block-of-sixty-four-bytes","2912601234"))
  //   print(p(bytes([0xab])*100,"dk.københavn.borgerservice","Søren Ærø 😀"))'

  @Test
  void matchesPythonForACprInTwoDomains() {
    assertThat(pseudonym(ascending(0, 32), "dk.aarhus.sygefravaer", "0101001234"))
        .isEqualTo("bu5xukm6aohlaowkj6t2aycm2eqdstho");
    assertThat(pseudonym(ascending(0, 32), "dk.aarhus.jobcenter", "0101001234"))
        .isEqualTo("22w3impazbtkwxwqgqvwens3g27e53ck");
  }

  @Test
  void matchesPythonForABlockSizedKeyAndADomainLongerThanABlock() {
    assertThat(
            pseudonym(
                ascending(32, 64),
                "dk.example.a-domain-name-that-is-longer-than-one-sha256-block-of-sixty-four-bytes",
                "2912601234"))
        .isEqualTo("xpuyajw5zdwmq46wzrgl6khfxztf3rpy");
  }

  @Test
  void matchesPythonForAKeyLongerThanABlockAndNonAsciiText() {
    byte[] key = new byte[100];
    Arrays.fill(key, (byte) 0xab);

    assertThat(pseudonym(key, "dk.københavn.borgerservice", "Søren Ærø 😀"))
        .isEqualTo("yeofhulszvursmzq5ekdabcefiamwhwr");
  }

  @Test
  void givesACprNumberTheSamePseudonymInBothWrittenForms() {
    Pseudonymiser pseudonymiser =
        Pseudonymiser.of(PseudonymKey.fromBytes("test", ascending(0, 32)), "dk.aarhus.sygefravaer");

    String fromFormatted = pseudonymiser.pseudonymise(Cpr.parse("010100-1234"));
    String fromDigits = pseudonymiser.pseudonymise(Cpr.parse("0101001234"));

    // Same Python vector as above: the canonical form is the ten digits.
    assertThat(fromFormatted).isEqualTo(fromDigits).isEqualTo("bu5xukm6aohlaowkj6t2aycm2eqdstho");
  }

  @Test
  void carriesTheDomainNameAndKeyIdTogether() {
    Pseudonymiser pseudonymiser =
        Pseudonymiser.of(PseudonymKey.fromBytes("psn-2026", ascending(0, 32)), "dk.aarhus.sygefravaer");

    assertThat(pseudonymiser.domain()).isEqualTo(new PseudonymDomain("dk.aarhus.sygefravaer", "psn-2026"));
    assertThat(pseudonymiser).hasToString("Pseudonymiser[name=dk.aarhus.sygefravaer, keyId=psn-2026]");
  }

  @Test
  void givesTheSamePseudonymsWhenSharedBetweenThreads() {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("k", ascending(0, 32)), "dk.test");
    List<String> values =
        IntStream.range(0, 20_000).mapToObj(i -> String.format("%010d", i)).collect(Collectors.toList());
    List<String> sequential = values.stream().map(pseudonymiser::pseudonymise).collect(Collectors.toList());

    List<String> parallel = values.parallelStream().map(pseudonymiser::pseudonymise).collect(Collectors.toList());

    assertThat(parallel).isEqualTo(sequential);
    assertThat(Set.copyOf(sequential)).hasSize(values.size());
  }

  @Test
  void rejectsAnEmptyValue() {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("k", ascending(0, 32)), "d");

    assertThatThrownBy(() -> pseudonymiser.pseudonymise(""))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("is empty");
  }

  @Test
  void rejectsTextWithAnUnpairedSurrogateInsteadOfGuessing() {
    Pseudonymiser pseudonymiser = Pseudonymiser.of(PseudonymKey.fromBytes("k", ascending(0, 32)), "d");

    assertThatThrownBy(() -> pseudonymiser.pseudonymise("0101\uD83D001234"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("unpaired UTF-16 surrogate at position 4")
        .message()
        .doesNotContain("0101");
  }

  @Test
  void rejectsADomainNameWithTheZeroSeparatorOrOtherControlCharacters() {
    PseudonymKey key = PseudonymKey.fromBytes("k", ascending(0, 32));

    assertThatThrownBy(() -> Pseudonymiser.of(key, "dk.a\0b"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("U+0000 at position 4");
    assertThatThrownBy(() -> Pseudonymiser.of(key, ""))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("1 to 200 characters");
    assertThatThrownBy(() -> Pseudonymiser.of(key, "dk.\uD800a"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("unpaired UTF-16 surrogate at position 3");
    assertThatThrownBy(() -> Pseudonymiser.of(key, " dk.a"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("must not start or end with a blank");
  }
}
