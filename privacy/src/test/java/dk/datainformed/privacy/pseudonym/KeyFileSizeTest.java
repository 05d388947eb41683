package dk.datainformed.privacy.pseudonym;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.internal.KeyMaterial;
import dk.datainformed.privacy.reversible.ReversibleKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A key file that is not a key file (a device, a large file) is refused after a few kilobytes. */
class KeyFileSizeTest {

  @TempDir Path dir;

  @Test
  void devZeroAsARawKeyFileIsRefusedNamingTheLimitNotReadUntilMemoryRunsOut() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "a system with /dev/zero");

    assertThatThrownBy(() -> PseudonymKey.fromRawFile("k1", zero))
        .isInstanceOf(PrivacyException.class)
        .hasMessageContaining("more than " + KeyMaterial.MAX_FILE_BYTES + " bytes")
        .hasMessageContaining("/dev/zero");
  }

  @Test
  void aLargeFileIsRefusedByEveryKeyFileReader() throws IOException {
    Path big = Files.write(dir.resolve("big.bin"), new byte[KeyMaterial.MAX_FILE_BYTES + 1]);

    assertThatThrownBy(() -> PseudonymKey.fromRawFile("k1", big))
        .isInstanceOf(PrivacyException.class).hasMessageContaining("the most a key file may hold");
    assertThatThrownBy(() -> PseudonymKey.fromBase64File("k1", big))
        .isInstanceOf(PrivacyException.class).hasMessageContaining("the most a key file may hold");
    assertThatThrownBy(() -> ReversibleKey.fromRawFile("k1", big))
        .isInstanceOf(PrivacyException.class).hasMessageContaining("the most a key file may hold");
  }
}
