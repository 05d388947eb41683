package dk.datainformed.privacy.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The pseudonym construction written the plain way, with javax.crypto.Mac, to check the fast path. */
final class ReferenceHmac {

  private ReferenceHmac() {}

  static String pseudonym(byte[] key, String domain, String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(domain.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] full = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return rfc4648Base32(Arrays.copyOf(full, 20)).toLowerCase(Locale.ROOT);
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  /** Base32 of a multiple of 5 bytes, without the production class, via a bit loop. */
  private static String rfc4648Base32(byte[] data) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xFF);
      bits += 8;
      while (bits >= 5) {
        out.append(alphabet.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString();
  }
}
