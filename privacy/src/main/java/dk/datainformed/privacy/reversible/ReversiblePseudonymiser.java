package dk.datainformed.privacy.reversible;

import com.google.crypto.tink.DeterministicAead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.daead.AesSivKey;
import com.google.crypto.tink.daead.AesSivParameters;
import com.google.crypto.tink.subtle.AesSiv;
import com.google.crypto.tink.util.SecretBytes;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.internal.Base32;
import dk.datainformed.privacy.internal.Utf8;
import dk.datainformed.privacy.pseudonym.PseudonymDomain;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reversible, deterministic pseudonyms: AES-SIV (RFC 5297) encryption of the canonical value, for the
 * municipality's own re-identification.
 *
 * <p>The same value in the same domain under the same key always gives the same pseudonym, so
 * pseudonymised data sets still join; the key holder can {@linkplain #reidentify(CharSequence) turn a
 * pseudonym back} into the value, and a pseudonym that was altered, or made in another domain or with
 * another key, is refused rather than decrypted to garbage. The construction:
 *
 * <pre>
 *   ciphertext = AES-SIV(key, plaintext = UTF-8(canonical value), associated data = UTF-8(domain name))
 *   pseudonym  = lower-case RFC 4648 base32 of the ciphertext, without padding
 * </pre>
 *
 * The ciphertext is Tink's raw AES-SIV output (the 16-byte synthetic IV followed by the encrypted
 * value, no key-id prefix), so a CPR number gives a 42-character pseudonym; one-way pseudonyms always
 * have 32, so the two kinds cannot be mistaken for each other. The pseudonym's length reveals the
 * value's length.
 *
 * <pre>{@code
 * ReversiblePseudonymiser rev = ReversiblePseudonymiser.of(key, "dk.aarhus.opfoelgning");
 * String pseudonym = rev.pseudonymise("0101001234");
 * String cpr = rev.reidentify(pseudonym);   // "0101001234"
 * }</pre>
 *
 * <p>Immutable and thread-safe (Tink's AES-SIV is).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReversiblePseudonymiser {

  private static final int SIV_BYTES = 16;

  private final PseudonymDomain domain;
  private final byte[] associatedData;
  private final DeterministicAead cipher;

  private ReversiblePseudonymiser(PseudonymDomain domain, DeterministicAead cipher) {
    this.domain = domain;
    this.associatedData = domain.name().getBytes(StandardCharsets.UTF_8);
    this.cipher = cipher;
  }

  /**
   * Makes the reversible pseudonymiser for one domain.
   *
   * @param key the secret key
   * @param domainName the domain's name, see {@link PseudonymDomain#name()}
   * @return the pseudonymiser
   * @throws PrivacyException if the domain name breaks its rule or the runtime refuses AES-SIV (for
   *     example a FIPS-only configuration)
   */
  public static ReversiblePseudonymiser of(ReversibleKey key, String domainName) {
    Objects.requireNonNull(key, "key");
    PseudonymDomain domain = new PseudonymDomain(domainName, key.id());
    try {
      AesSivParameters parameters =
          AesSivParameters.builder()
              .setKeySizeBytes(ReversibleKey.BYTES)
              .setVariant(AesSivParameters.Variant.NO_PREFIX)
              .build();
      AesSivKey sivKey =
          AesSivKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key.bytes(), InsecureSecretKeyAccess.get()))
              .build();
      return new ReversiblePseudonymiser(domain, AesSiv.create(sivKey));
    } catch (GeneralSecurityException e) {
      throw new PrivacyException(
          "AES-SIV is not available for key '" + key.id() + "': " + e.getClass().getSimpleName()
              + "; a FIPS-only configuration refuses it", e);
    }
  }

  /**
   * The domain these pseudonyms belong to: its name and the key's id.
   *
   * @return the domain
   */
  public PseudonymDomain domain() {
    return domain;
  }

  /**
   * The reversible pseudonym of a value.
   *
   * @param canonicalValue the value in its one canonical form (a CPR number as its ten digits); must not
   *     be empty
   * @return the pseudonym: lower-case base32, 26 characters more than 8/5 of the value's UTF-8 length
   * @throws PrivacyException if the value is empty or not valid Unicode text
   */
  public String pseudonymise(CharSequence canonicalValue) {
    Objects.requireNonNull(canonicalValue, "canonicalValue");
    if (canonicalValue.length() == 0) {
      throw new PrivacyException(
          "value to pseudonymise in domain '" + domain.name() + "' is empty; a missing identifier"
              + " must be handled before pseudonymisation");
    }
    byte[] buffer = new byte[Utf8.maxBytes(canonicalValue.length())];
    byte[] plaintext = Arrays.copyOf(buffer, Utf8.encode(canonicalValue, buffer));
    try {
      byte[] ciphertext = cipher.encryptDeterministically(plaintext, associatedData);
      return Base32.encodeLowerUnpadded(ciphertext, 0, ciphertext.length);
    } catch (GeneralSecurityException e) {
      throw new PrivacyException(
          "AES-SIV encryption failed in domain '" + domain.name() + "': " + e.getClass().getSimpleName(),
          e);
    } finally {
      Arrays.fill(buffer, (byte) 0);
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  /**
   * Turns a pseudonym made by {@link #pseudonymise(CharSequence)} in this domain with this key back into
   * the value.
   *
   * @param pseudonym the pseudonym, in either case
   * @return the canonical value
   * @throws PrivacyException if the text is not such a pseudonym, or was made in another domain or with
   *     another key, or was altered; the message never repeats the text
   */
  public String reidentify(CharSequence pseudonym) {
    Objects.requireNonNull(pseudonym, "pseudonym");
    byte[] ciphertext;
    try {
      ciphertext = Base32.decodeUnpadded(pseudonym);
    } catch (IllegalArgumentException e) {
      throw new PrivacyException(
          "text of " + pseudonym.length() + " characters is not a reversible pseudonym: "
              + e.getMessage());
    }
    if (ciphertext.length <= SIV_BYTES) {
      throw new PrivacyException(
          "text of " + pseudonym.length() + " characters is too short to be a reversible pseudonym");
    }
    try {
      return new String(cipher.decryptDeterministically(ciphertext, associatedData), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      // Tink's message adds nothing the user can act on; the cause is kept out so that nothing of the
      // ciphertext travels further.
      throw new PrivacyException(
          "pseudonym does not belong to domain '" + domain.name() + "' with key '" + domain.keyId()
              + "': it was made in another domain or with another key, or it was altered");
    }
  }

  /**
   * Shows the domain, never key material.
   *
   * @return {@code ReversiblePseudonymiser[name=..., keyId=...]}
   */
  @Override
  public String toString() {
    return "ReversiblePseudonymiser[name=" + domain.name() + ", keyId=" + domain.keyId() + "]";
  }
}
