package dk.datainformed.privacy.reversible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.pseudonym.PseudonymDomain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReversiblePseudonymiserTest {

  @TempDir Path dir;

  private static byte[] ascending() {
    byte[] key = new byte[64];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) i;
    }
    return key;
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[64];
    Arrays.fill(key, (byte) value);
    return key;
  }

  private static ReversiblePseudonymiser pseudonymiser(byte[] key, String domain) {
    return ReversiblePseudonymiser.of(ReversibleKey.fromBytes("rev-1", key), domain);
  }

  // Computed independently with pyca/cryptography's AES-SIV (RFC 5297):
  //   python3 -c 'from cryptography.hazmat.primitives.ciphers.aead import AESSIV; import base64
  //   c=AESSIV(bytes(range(64))).encrypt(b"0101001234",[b"dk.test.opfoelgning"])
  //   print(base64.b32encode(c).decode().lower().rstrip("="))
  //   c=AESSIV(bytes([0xab])*64).encrypt("Søren Ærø".encode(),["dk.københavn.borgerservice".encode()])
  //   print(base64.b32encode(c).decode().lower().rstrip("="))'
  @Test
  void matchesAnIndependentAesSivImplementation() {
    assertThat(pseudonymiser(ascending(), "dk.test.opfoelgning").pseudonymise("0101001234"))
        .isEqualTo("vd3ulibnwciblagfaglaigmf53h4bdvn5a2mxxqt24");
    assertThat(pseudonymiser(filled(0xab), "dk.københavn.borgerservice").pseudonymise("Søren Ærø"))
        .isEqualTo("5yuq32slm6gzprpvhbegzvtfhdx3zojoqqg4s36mavzlc");
  }

  @Test
  void readsThePseudonymBackInEitherCase() {
    ReversiblePseudonymiser rev = pseudonymiser(ascending(), "dk.test.opfoelgning");

    assertThat(rev.reidentify("vd3ulibnwciblagfaglaigmf53h4bdvn5a2mxxqt24")).isEqualTo("0101001234");
    assertThat(rev.reidentify("VD3ULIBNWCIBLAGFAGLAIGMF53H4BDVN5A2MXXQT24")).isEqualTo("0101001234");
  }

  @Test
  void refusesAPseudonymFromAnotherDomainWithoutShowingIt() {
    String pseudonym = pseudonymiser(ascending(), "dk.test.opfoelgning").pseudonymise("0101001234");

    assertThatThrownBy(() -> pseudonymiser(ascending(), "dk.test.jobcenter").reidentify(pseudonym))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("does not belong to domain 'dk.test.jobcenter' with key 'rev-1'")
        .hasNoCause()
        .message()
        .doesNotContain(pseudonym);
  }

  @Test
  void refusesAPseudonymFromAnotherKey() {
    String pseudonym = pseudonymiser(ascending(), "dk.test").pseudonymise("0101001234");

    assertThatThrownBy(() -> pseudonymiser(filled(7), "dk.test").reidentify(pseudonym))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("made in another domain or with another key, or it was altered");
  }

  @Test
  void refusesTextThatIsNotAPseudonym() {
    ReversiblePseudonymiser rev = pseudonymiser(ascending(), "dk.test");

    assertThatThrownBy(() -> rev.reidentify("0101001234"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("is not a reversible pseudonym")
        .message()
        .doesNotContain("0101001234");
    assertThatThrownBy(() -> rev.reidentify("aaaaaaaa"))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("too short");
  }

  @Test
  void loadsItsKeyFromFilesAndEnvironmentAndShowsOnlyTheId() throws IOException {
    byte[] key = ascending();
    String base64 = Base64.getEncoder().encodeToString(key);
    Path raw = Files.write(dir.resolve("rev.bin"), key);
    Path text = Files.writeString(dir.resolve("rev.txt"), base64 + "\n");
    String expected = pseudonymiser(key, "dk.test").pseudonymise("x");

    for (ReversibleKey loaded :
        new ReversibleKey[] {
          ReversibleKey.fromRawFile("rev-1", raw),
          ReversibleKey.fromBase64File("rev-1", text),
          ReversibleKey.fromEnvironment("rev-1", "REV_KEY", Map.of("REV_KEY", base64)::get)
        }) {
      assertThat(ReversiblePseudonymiser.of(loaded, "dk.test").pseudonymise("x")).isEqualTo(expected);
      assertThat(loaded).hasToString("ReversibleKey[id=rev-1]");
    }
    assertThat(ReversiblePseudonymiser.of(ReversibleKey.fromBytes("rev-1", key), "dk.test"))
        .hasToString("ReversiblePseudonymiser[name=dk.test, keyId=rev-1]");
    assertThat(ReversiblePseudonymiser.of(ReversibleKey.fromBytes("rev-1", key), "dk.test").domain())
        .isEqualTo(new PseudonymDomain("dk.test", "rev-1"));
  }

  @Test
  void rejectsAKeyOfTheWrongSize() {
    assertThatThrownBy(() -> ReversibleKey.fromBytes("rev-1", new byte[32]))
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("key 'rev-1' has 32 bytes, exactly 64 needed");
  }
}
