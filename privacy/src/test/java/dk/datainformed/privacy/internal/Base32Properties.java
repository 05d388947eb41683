package dk.datainformed.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class Base32Properties {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

  @Property
  void decodingUndoesEncoding(@ForAll @Size(max = 64) byte[] data) {
    String text = Base32.encodeLowerUnpadded(data, 0, data.length);

    assertThat(Base32.decodeUnpadded(text)).isEqualTo(data);
    assertThat(Base32.decodeUnpadded(text.toUpperCase(java.util.Locale.ROOT))).isEqualTo(data);
  }

  @Property
  void agreesWithAPlainBitStringEncoding(@ForAll @Size(max = 64) byte[] data) {
    assertThat(Base32.encodeLowerUnpadded(data, 0, data.length)).isEqualTo(viaBitString(data));
  }

  @Property
  void paddedTextIsAWholeNumberOfEightCharacterGroups(@ForAll @Size(max = 64) byte[] data) {
    String padded = Base32.encodeUpperPadded(data);

    assertThat(padded.length() % 8).isZero();
    assertThat(padded.replace("=", "")).hasSize(Base32.unpaddedLength(data.length));
  }

  /** RFC 4648 read literally: the bits in order, zero-filled to a multiple of 5, 5 at a time. */
  private static String viaBitString(byte[] data) {
    StringBuilder bits = new StringBuilder();
    for (byte b : data) {
      String s = new BigInteger(1, new byte[] {b}).toString(2);
      bits.append("0".repeat(8 - s.length())).append(s);
    }
    while (bits.length() % 5 != 0) {
      bits.append('0');
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bits.length(); i += 5) {
      out.append(ALPHABET.charAt(Integer.parseInt(bits.substring(i, i + 5), 2)));
    }
    return out.toString();
  }
}
