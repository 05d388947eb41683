package dk.datainformed.privacy.internal;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * RFC 4648 section 6 base32 encoding (alphabet {@code A-Z2-7}), written here because the JDK has none.
 *
 * <p>Pseudonyms use the lower-case alphabet without padding: case-insensitive systems, file names and
 * SQL identifiers keep them intact. Twenty bytes encode to exactly 32 characters, so a pseudonym needs
 * no padding in any case.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Base32 {

  private static final char[] UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
  private static final char[] LOWER = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int[] DECODE = new int[128];

  static {
    java.util.Arrays.fill(DECODE, -1);
    for (int i = 0; i < UPPER.length; i++) {
      DECODE[UPPER[i]] = i;
      DECODE[LOWER[i]] = i;
    }
  }

  private Base32() {}

  /**
   * The number of characters that {@code byteCount} bytes encode to without padding.
   *
   * @param byteCount the number of bytes, not negative
   * @return {@code ceil(8 * byteCount / 5)}
   */
  public static int unpaddedLength(int byteCount) {
    return (int) ((8L * byteCount + 4) / 5);
  }

  /**
   * Encodes in lower case without padding, as pseudonyms are written.
   *
   * @param data the bytes
   * @param offset where to start in {@code data}
   * @param length how many bytes to encode
   * @return the text, {@link #unpaddedLength(int)} characters long
   */
  public static String encodeLowerUnpadded(byte[] data, int offset, int length) {
    char[] out = new char[unpaddedLength(length)];
    int written = encode(data, offset, length, LOWER, out);
    return new String(out, 0, written);
  }

  /**
   * Encodes exactly as RFC 4648 section 6 shows: upper case, padded with {@code =} to a multiple of
   * eight characters.
   *
   * @param data the bytes
   * @return the padded text
   */
  public static String encodeUpperPadded(byte[] data) {
    int unpadded = unpaddedLength(data.length);
    char[] out = new char[(unpadded + 7) / 8 * 8];
    int written = encode(data, 0, data.length, UPPER, out);
    java.util.Arrays.fill(out, written, out.length, '=');
    return new String(out);
  }

  /**
   * Decodes unpadded base32 in either case.
   *
   * @param text the text; {@code =} padding is not accepted
   * @return the bytes
   * @throws IllegalArgumentException if a character is outside the alphabet or the length cannot come
   *     from whole bytes; the message never repeats the text
   */
  public static byte[] decodeUnpadded(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int byteCount = (int) (5L * text.length() / 8);
    if (unpaddedLength(byteCount) != text.length()) {
      throw new IllegalArgumentException(
          "base32 text of " + text.length() + " characters cannot encode whole bytes");
    }
    byte[] out = new byte[byteCount];
    long buffer = 0;
    int bits = 0;
    int o = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int v = c < 128 ? DECODE[c] : -1;
      if (v < 0) {
        throw new IllegalArgumentException(
            "base32 text has a character outside the alphabet at position " + i);
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        if (o < byteCount) {
          out[o++] = (byte) (buffer >>> bits);
        }
      }
    }
    if ((buffer & ((1L << bits) - 1)) != 0) {
      throw new IllegalArgumentException("base32 text has non-zero trailing bits");
    }
    return out;
  }

  private static int encode(byte[] data, int offset, int length, char[] alphabet, char[] out) {
    Objects.checkFromIndexSize(offset, length, data.length);
    int o = 0;
    int i = offset;
    int end = offset + length;
    while (end - i >= 5) {
      long group =
          ((data[i] & 0xFFL) << 32)
              | ((data[i + 1] & 0xFFL) << 24)
              | ((data[i + 2] & 0xFFL) << 16)
              | ((data[i + 3] & 0xFFL) << 8)
              | (data[i + 4] & 0xFFL);
      for (int shift = 35; shift >= 0; shift -= 5) {
        out[o++] = alphabet[(int) (group >>> shift) & 31];
      }
      i += 5;
    }
    int rest = end - i;
    if (rest > 0) {
      long group = 0;
      for (int k = 0; k < 5; k++) {
        group = (group << 8) | (k < rest ? data[i + k] & 0xFFL : 0);
      }
      int chars = unpaddedLength(rest);
      for (int k = 0; k < chars; k++) {
        out[o++] = alphabet[(int) (group >>> (35 - 5 * k)) & 31];
      }
    }
    return o;
  }
}
