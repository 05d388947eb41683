package dk.datainformed.privacy.pseudonym;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.internal.KeyMaterial;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The secret key behind one-way pseudonyms, with an id that may be shown anywhere.
 *
 * <p>The key is the "additional information" of the EDPB's guidelines 01/2025: whoever holds it and a
 * list of CPR numbers can recompute every pseudonym, so it is kept apart from the pseudonymised data
 * (a secrets manager, a file readable only by the ingest service). It is therefore loaded at run time
 * from a file or an environment variable and never written in source code. Its bytes never appear in a
 * {@code toString()}, an exception message or a log line; {@link #toString()} shows the id only.
 *
 * <p>A key has at least {@value #MINIMUM_BYTES} bytes from a cryptographically secure random
 * generator, for example {@code openssl rand -base64 32 > pseudonym-2026.key}.
 *
 * <pre>{@code
 * PseudonymKey key = PseudonymKey.fromEnvironment("psn-2026", "DATAINFORMED_PSEUDONYM_KEY");
 * PseudonymKey same = PseudonymKey.fromBase64File("psn-2026", Path.of("/run/secrets/psn-2026.key"));
 * }</pre>
 *
 * <p>The id names the key, not the data: when a key is replaced, the new key gets a new id (see
 * {@link Rotation}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PseudonymKey {

  /** The least number of key bytes accepted: 256 bits, the output size of SHA-256. */
  public static final int MINIMUM_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String id;
  private final byte[] bytes;

  private PseudonymKey(String id, byte[] bytes) {
    this.id = id;
    this.bytes = bytes;
  }

  /**
   * Makes a key from bytes already in memory, for tests and for keys that an application fetched from
   * a secrets manager itself. The array is copied; the caller may wipe its own copy afterwards.
   *
   * @param id the key id: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
   * @param keyBytes at least {@value #MINIMUM_BYTES} secret bytes
   * @return the key
   * @throws PrivacyException if the id is malformed or the key is too short
   */
  public static PseudonymKey fromBytes(String id, byte[] keyBytes) {
    KeyMaterial.requireValidId(id);
    Objects.requireNonNull(keyBytes, "keyBytes");
    return create(id, keyBytes.clone());
  }

  /**
   * Loads a key from a file whose whole content is the raw key bytes (no line break at the end), as
   * written by {@code openssl rand 32 > key.bin}.
   *
   * @param id the key id
   * @param file the file
   * @return the key
   * @throws PrivacyException if the file cannot be read or holds fewer than {@value #MINIMUM_BYTES}
   *     bytes
   */
  public static PseudonymKey fromRawFile(String id, Path file) {
    KeyMaterial.requireValidId(id);
    return create(id, KeyMaterial.readRawFile(id, file));
  }

  /**
   * Loads a key from a file that holds it in base64 (standard alphabet, padding optional, blanks and
   * line breaks ignored), as written by {@code openssl rand -base64 32 > key.txt}.
   *
   * @param id the key id
   * @param file the file
   * @return the key
   * @throws PrivacyException if the file cannot be read, is not base64 or decodes to fewer than
   *     {@value #MINIMUM_BYTES} bytes
   */
  public static PseudonymKey fromBase64File(String id, Path file) {
    KeyMaterial.requireValidId(id);
    return create(id, KeyMaterial.readBase64File(id, file));
  }

  /**
   * Loads a key from an environment variable that holds it in base64 (standard alphabet, padding
   * optional).
   *
   * @param id the key id
   * @param variable the environment variable's name, e.g. {@code DATAINFORMED_PSEUDONYM_KEY}
   * @return the key
   * @throws PrivacyException if the variable is unset, is not base64 or decodes to fewer than
   *     {@value #MINIMUM_BYTES} bytes
   */
  public static PseudonymKey fromEnvironment(String id, String variable) {
    return fromEnvironment(id, variable, System::getenv);
  }

  static PseudonymKey fromEnvironment(
      String id, String variable, UnaryOperator<String> environment) {
    KeyMaterial.requireValidId(id);
    return create(id, KeyMaterial.readEnvironment(id, variable, environment));
  }

  /**
   * Makes a fresh key of {@value #MINIMUM_BYTES} bytes from a cryptographically secure random
   * generator, held only in memory, for trying a pipeline on synthetic data. Nobody can recompute its
   * pseudonyms later, and two runs never give the same pseudonyms; a real installation loads its key
   * from a file or the environment instead.
   *
   * <pre>{@code
   * PseudonymKey demo = PseudonymKey.random("demo");
   * }</pre>
   *
   * @param id the key id
   * @return the key
   * @throws PrivacyException if the id is malformed
   */
  public static PseudonymKey random(String id) {
    KeyMaterial.requireValidId(id);
    byte[] fresh = new byte[MINIMUM_BYTES];
    RANDOM.nextBytes(fresh);
    return create(id, fresh);
  }

  private static PseudonymKey create(String id, byte[] owned) {
    KeyMaterial.requireLength(id, owned, MINIMUM_BYTES, Integer.MAX_VALUE);
    return new PseudonymKey(id, owned);
  }

  /**
   * The key's id, safe to show and to store beside the pseudonyms it made.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /** The key bytes themselves; only this package's HMAC set-up reads them, and never changes them. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Shows the id only.
   *
   * @return {@code PseudonymKey[id=...]}
   */
  @Override
  public String toString() {
    return "PseudonymKey[id=" + id + "]";
  }
}
