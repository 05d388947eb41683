package dk.datainformed.privacy.reversible;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.internal.KeyMaterial;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * The secret key behind reversible pseudonyms: {@value #BYTES} bytes for AES-256-SIV, with an id that
 * may be shown anywhere.
 *
 * <p>This key turns every reversible pseudonym back into the identifier, so it is kept apart from the
 * pseudonymised data and from the people who analyse them (EDPB guidelines 01/2025), loaded at run
 * time from a file or an environment variable, never written in source code. Its bytes never appear in
 * a {@code toString()}, an exception message or a log line; {@link #toString()} shows the id only.
 * Generate one with {@code openssl rand -base64 64}.
 *
 * <pre>{@code
 * ReversibleKey key = ReversibleKey.fromBase64File("rev-2026", Path.of("/run/secrets/rev-2026.key"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReversibleKey {

  /** The key size: AES-SIV with two AES-256 keys (one for the SIV, one for the counter mode). */
  public static final int BYTES = 64;

  private final String id;
  private final byte[] bytes;

  private ReversibleKey(String id, byte[] bytes) {
    this.id = id;
    this.bytes = bytes;
  }

  /**
   * Makes a key from bytes already in memory, for tests and for keys an application fetched from a
   * secrets manager itself. The array is copied.
   *
   * @param id the key id: 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
   * @param keyBytes exactly {@value #BYTES} secret bytes
   * @return the key
   * @throws PrivacyException if the id is malformed or the key has the wrong size
   */
  public static ReversibleKey fromBytes(String id, byte[] keyBytes) {
    KeyMaterial.requireValidId(id);
    Objects.requireNonNull(keyBytes, "keyBytes");
    return create(id, keyBytes.clone());
  }

  /**
   * Loads a key from a file whose whole content is the {@value #BYTES} raw key bytes.
   *
   * @param id the key id
   * @param file the file
   * @return the key
   * @throws PrivacyException if the file cannot be read or has the wrong size
   */
  public static ReversibleKey fromRawFile(String id, Path file) {
    KeyMaterial.requireValidId(id);
    return create(id, KeyMaterial.readRawFile(id, file));
  }

  /**
   * Loads a key from a file that holds it in base64 (standard alphabet, padding optional, blanks and
   * line breaks ignored).
   *
   * @param id the key id
   * @param file the file
   * @return the key
   * @throws PrivacyException if the file cannot be read, is not base64 or has the wrong size
   */
  public static ReversibleKey fromBase64File(String id, Path file) {
    KeyMaterial.requireValidId(id);
    return create(id, KeyMaterial.readBase64File(id, file));
  }

  /**
   * Loads a key from an environment variable that holds it in base64.
   *
   * @param id the key id
   * @param variable the environment variable's name
   * @return the key
   * @throws PrivacyException if the variable is unset, is not base64 or has the wrong size
   */
  public static ReversibleKey fromEnvironment(String id, String variable) {
    return fromEnvironment(id, variable, System::getenv);
  }

  static ReversibleKey fromEnvironment(String id, String variable, UnaryOperator<String> environment) {
    KeyMaterial.requireValidId(id);
    return create(id, KeyMaterial.readEnvironment(id, variable, environment));
  }

  private static ReversibleKey create(String id, byte[] owned) {
    KeyMaterial.requireLength(id, owned, BYTES, BYTES);
    return new ReversibleKey(id, owned);
  }

  /**
   * The key's id, safe to show and to store beside the pseudonyms it made.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /** The key bytes; only this package's cipher set-up reads them, and never changes them. */
  byte[] bytes() {
    return bytes;
  }

  /**
   * Shows the id only.
   *
   * @return {@code ReversibleKey[id=...]}
   */
  @Override
  public String toString() {
    return "ReversibleKey[id=" + id + "]";
  }
}
