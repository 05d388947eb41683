package dk.datainformed.privacy.internal;

import dk.datainformed.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * UTF-8 encoding of text into a caller's buffer, refusing text that is not valid Unicode.
 *
 * <p>{@code String.getBytes(UTF_8)} silently turns an unpaired surrogate into {@code ?}, so two
 * different inputs would give the same pseudonym, and a partner's implementation in another language
 * would fail or differ. Refusing them keeps the construction exact.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Utf8 {

  private Utf8() {}

  /**
   * The most bytes that {@code charCount} UTF-16 characters can encode to.
   *
   * @param charCount the number of characters
   * @return three bytes per character
   */
  public static int maxBytes(int charCount) {
    return 3 * charCount;
  }

  /**
   * Encodes text as UTF-8.
   *
   * @param text the text
   * @param target where the bytes go, at least {@link #maxBytes(int)} long
   * @return the number of bytes written
   * @throws PrivacyException if the text has an unpaired surrogate; the message gives its position,
   *     never the text
   */
  public static int encode(CharSequence text, byte[] target) {
    int n = text.length();
    int o = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        target[o++] = (byte) c;
      } else if (c < 0x800) {
        target[o++] = (byte) (0xC0 | (c >> 6));
        target[o++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        char low = i + 1 < n ? text.charAt(i + 1) : 0;
        if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
          throw new PrivacyException(
              "text has an unpaired UTF-16 surrogate at position " + i + ": it is not valid Unicode"
                  + " and has no UTF-8 form; repair the source data");
        }
        int cp = Character.toCodePoint(c, low);
        i++;
        target[o++] = (byte) (0xF0 | (cp >> 18));
        target[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        target[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        target[o++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        target[o++] = (byte) (0xE0 | (c >> 12));
        target[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        target[o++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return o;
  }
}
