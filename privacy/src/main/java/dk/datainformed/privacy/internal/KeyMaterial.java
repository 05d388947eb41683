package dk.datainformed.privacy.internal;

import dk.datainformed.privacy.PrivacyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads secret key bytes from a file or an environment variable, and checks key ids.
 *
 * <p>Every message names the key id, the file or the variable and the sizes involved, never a byte of
 * the key: a message may end up in a log that many people read.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class KeyMaterial {

  private static final Logger LOG = LoggerFactory.getLogger(KeyMaterial.class);
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /**
   * The most bytes a key file may hold. Keys are 16 to 64 bytes, or a little more in base64 with
   * line breaks; a larger file is the wrong file, and reading stops here rather than filling memory.
   */
  public static final int MAX_FILE_BYTES = 4096;

  private KeyMaterial() {}

  /**
   * Checks that a key id is 1 to 64 letters, digits, dots, underscores or hyphens, starting with a
   * letter or digit, so that it is safe to show anywhere.
   *
   * @param id the key id
   * @return the id
   * @throws PrivacyException if the id does not have that form
   */
  public static String requireValidId(String id) {
    Objects.requireNonNull(id, "key id");
    if (!KEY_ID.matcher(id).matches()) {
      throw new PrivacyException(
          "key id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit;"
              + " got one of "
              + id.length()
              + " characters that does not");
    }
    return id;
  }

  /**
   * Checks the key's length; on failure the array is wiped before the exception is thrown.
   *
   * @param id the key id, for the message
   * @param bytes the key bytes
   * @param minimum the least number of bytes
   * @param maximum the most number of bytes
   * @return {@code bytes}
   */
  public static byte[] requireLength(String id, byte[] bytes, int minimum, int maximum) {
    if (bytes.length < minimum || bytes.length > maximum) {
      int length = bytes.length;
      Arrays.fill(bytes, (byte) 0);
      String rule =
          minimum == maximum
              ? "exactly " + minimum + " needed"
              : maximum == Integer.MAX_VALUE
                  ? "at least " + minimum + " needed"
                  : minimum + " to " + maximum + " needed";
      throw new PrivacyException(
          "key '" + id + "' has " + length + " bytes, " + rule + ": generate one with a"
              + " cryptographically secure random generator, e.g. `openssl rand -base64 " + minimum
              + "`");
    }
    return bytes;
  }

  /**
   * Reads a file whose whole content is the key's raw bytes.
   *
   * @param id the key id, for messages
   * @param file the file
   * @return the bytes
   */
  public static byte[] readRawFile(String id, Path file) {
    byte[] bytes = readFile(id, file);
    LOG.debug("key '{}' read from file {} (raw bytes)", id, file);
    return bytes;
  }

  private static byte[] readFile(String id, Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES) {
        Arrays.fill(bytes, (byte) 0);
        throw new PrivacyException(
            "key '" + id + "': file " + file + " holds more than " + MAX_FILE_BYTES + " bytes, the most a"
                + " key file may hold (a key is a few dozen bytes, raw or in base64): check that the path"
                + " names the key file itself, not a device such as /dev/zero or another file");
      }
      return bytes;
    } catch (IOException e) {
      throw new PrivacyException(
          "key '" + id + "' cannot be read from file " + file + ": " + e.getClass().getSimpleName(),
          e);
    }
  }

  /**
   * Reads a file that holds the key in base64 (RFC 4648 section 4, standard alphabet, padding
   * optional); blanks and line breaks around and inside the text are ignored.
   *
   * @param id the key id, for messages
   * @param file the file
   * @return the decoded bytes
   */
  public static byte[] readBase64File(String id, Path file) {
    byte[] text = readFile(id, file);
    try {
      byte[] bytes = decodeBase64(id, new String(text, StandardCharsets.US_ASCII), "file " + file);
      LOG.debug("key '{}' read from file {} (base64)", id, file);
      return bytes;
    } finally {
      Arrays.fill(text, (byte) 0);
    }
  }

  /**
   * Reads a base64 key (standard alphabet, padding optional) from an environment variable.
   *
   * @param id the key id, for messages
   * @param variable the variable's name
   * @param environment looks a variable up, e.g. {@code System::getenv}; returns {@code null} when
   *     unset
   * @return the decoded bytes
   */
  public static byte[] readEnvironment(
      String id, String variable, UnaryOperator<String> environment) {
    Objects.requireNonNull(variable, "variable");
    String value = environment.apply(variable);
    if (value == null || value.isBlank()) {
      throw new PrivacyException(
          "key '" + id + "': environment variable " + variable + " is not set or is empty; it must"
              + " hold the key in base64");
    }
    byte[] bytes = decodeBase64(id, value, "environment variable " + variable);
    LOG.debug("key '{}' read from environment variable {} (base64)", id, variable);
    return bytes;
  }

  private static byte[] decodeBase64(String id, String text, String source) {
    StringBuilder compact = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    try {
      return Base64.getDecoder().decode(compact.toString());
    } catch (IllegalArgumentException e) {
      // The decoder's message can quote a character of the key: do not chain it.
      throw new PrivacyException(
          "key '" + id + "' in " + source + " is not valid base64 (standard alphabet A-Z a-z 0-9 + /)");
    } finally {
      compact.setLength(0);
    }
  }
}
