package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.datainformed.privacy.PrivacyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

  private static final byte[] KEY = ascending(32);
  private static final String KEY_BASE64 = Base64.getEncoder().encodeToString(KEY);

  @TempDir Path dir;

  private static byte[] ascending(int count) {
    byte[] key = new byte[count];
    for (int i = 0; i < count; i++) {
      key[i] = (byte) (0x41 + i);
    }
    return key;
  }

  private static String pseudonym(PseudonymKey key) {
    return Pseudonymiser.of(key, "dk.test").pseudonymise("0101001234");
  }

  @Test
  void loadsTheSameKeyFromBytesRawFileBase64FileAndEnvironment() throws IOException {
    Path raw = Files.write(dir.resolve("key.bin"), KEY);
    Path text = Files.writeString(dir.resolve("key.txt"), KEY_BASE64.substring(0, 20) + "\n" + KEY_BASE64.substring(20) + "\n");
    String expected = pseudonym(PseudonymKey.fromBytes("k1", KEY));

    assertThat(pseudonym(PseudonymKey.fromRawFile("k1", raw))).isEqualTo(expected);
    assertThat(pseudonym(PseudonymKey.fromBase64File("k1", text))).isEqualTo(expected);
    assertThat(pseudonym(PseudonymKey.fromEnvironment("k1", "PSN_KEY", Map.of("PSN_KEY", KEY_BASE64)::get)))
        .isEqualTo(expected);
  }

  @Test
  void copiesTheCallersBytes() {
    byte[] mine = KEY.clone();
    PseudonymKey key = PseudonymKey.fromBytes("k1", mine);
    String before = pseudonym(key);

    java.util.Arrays.fill(mine, (byte) 0);

    assertThat(pseudonym(key)).isEqualTo(before);
  }

  @Test
  void randomKeysAreFreshEachTimeAndStableOnceMade() {
    PseudonymKey first = PseudonymKey.random("demo");
    PseudonymKey second = PseudonymKey.random("demo");

    assertThat(pseudonym(first)).isEqualTo(pseudonym(first)).isNotEqualTo(pseudonym(second));
    assertThat(first).hasToString("PseudonymKey[id=demo]");
    assertThatThrownBy(() -> PseudonymKey.random("no spaces")).isInstanceOf(PrivacyException.class);
  }

  @Test
  void showsOnlyItsId() {
    assertThat(PseudonymKey.fromBytes("psn-2026", KEY)).hasToString("PseudonymKey[id=psn-2026]");
  }

  @Test
  void rejectsAShortKeyWithoutShowingIt() {
    byte[] shortKey = "ABCDEFGHIJKLMNOP".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> PseudonymKey.fromBytes("k1", shortKey))
        .isInstanceOf(PrivacyException.class)
        .hasMessageStartingWith("key 'k1' has 16 bytes, at least 32 needed")
        .message()
        .doesNotContain("ABCD");
  }

  @Test
  void rejectsAnUnsetEnvironmentVariableNamingIt() {
    assertThatThrownBy(() -> PseudonymKey.fromEnvironment("k1", "PSN_KEY", Map.<String, String>of()::get))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("environment variable PSN_KEY is not set");
  }

  @Test
  void rejectsBadBase64WithoutQuotingIt() throws IOException {
    String secretish = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZn-";
    Path text = Files.writeString(dir.resolve("key.txt"), secretish);

    assertThatThrownBy(() -> PseudonymKey.fromBase64File("k1", text))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("is not valid base64")
        .hasNoCause()
        .message()
        .doesNotContain("QUJD")
        .doesNotContain("2d");
  }

  @Test
  void rejectsAMissingFileNamingItButNotAnyKey() {
    Path missing = dir.resolve("missing.key");

    assertThatThrownBy(() -> PseudonymKey.fromRawFile("k1", missing))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("cannot be read from file " + missing);
  }

  @Test
  void rejectsAKeyIdThatCouldCarryAnything() {
    assertThatThrownBy(() -> PseudonymKey.fromBytes("key with spaces", KEY))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("key id must be 1 to 64 letters");
  }
}
