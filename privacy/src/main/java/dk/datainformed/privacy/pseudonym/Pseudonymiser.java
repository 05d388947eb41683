package dk.datainformed.privacy.pseudonym;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.internal.Base32;
import dk.datainformed.privacy.internal.Utf8;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns identifiers into keyed, deterministic, one-way pseudonyms within one
 * {@linkplain PseudonymDomain pseudonymisation domain}.
 *
 * <p>The construction is fixed so that a partner can reproduce it in any language:
 *
 * <pre>
 *   mac       = HMAC-SHA256(key, UTF-8(domain name) || 0x00 || UTF-8(canonical value))
 *   pseudonym = lower-case RFC 4648 base32 of mac[0..20), without padding   (32 characters)
 * </pre>
 *
 * <p>In Python: {@code base64.b32encode(hmac.new(key, domain.encode() + b"\0" + value.encode(),
 * hashlib.sha256).digest()[:20]).decode().lower()}. The canonical value of a CPR number is its ten
 * digits without a separator. Truncation to 160 bits keeps the pseudonym short; collisions among even
 * billions of values are practically impossible at that length.
 *
 * <p>Without the key the pseudonyms cannot be linked back to CPR numbers: an unkeyed hash could be
 * reversed by trying all CPR numbers in about a second.
 *
 * <pre>{@code
 * PseudonymKey key = PseudonymKey.fromEnvironment("psn-2026", "DATAINFORMED_PSEUDONYM_KEY");
 * Pseudonymiser pseudonymiser = Pseudonymiser.of(key, "dk.aarhus.sygefravaer");
 * String pseudonym = pseudonymiser.pseudonymise("0101001234");   // 32 characters a-z, 2-7
 * PseudonymDomain domain = pseudonymiser.domain();               // store it beside the data
 * }</pre>
 *
 * <p><b>Thread safety and speed.</b> An instance is immutable and thread-safe: share one per domain.
 * The HMAC's inner state (after the key block and the domain name) and its outer state (after the key
 * block) are computed once, when the instance is made; each call clones them, so a short value such as
 * a CPR number costs two SHA-256 compressions and a few small allocations, and threads never contend.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Pseudonymiser {

  /** The length of every pseudonym, in characters. */
  public static final int PSEUDONYM_LENGTH = 32;

  /** How many bytes of the MAC the pseudonym keeps. */
  static final int KEPT_MAC_BYTES = 20;

  private static final int BLOCK = 64;
  private static final int MAC_BYTES = 32;

  private final PseudonymDomain domain;
  private final MessageDigest innerPrefix;
  private final MessageDigest outerPrefix;

  private Pseudonymiser(PseudonymDomain domain, MessageDigest innerPrefix, MessageDigest outerPrefix) {
    this.domain = domain;
    this.innerPrefix = innerPrefix;
    this.outerPrefix = outerPrefix;
  }

  /**
   * Makes the pseudonymiser for one domain.
   *
   * @param key the domain's secret key
   * @param domainName the domain's name, see {@link PseudonymDomain#name()}
   * @return the pseudonymiser
   * @throws PrivacyException if the domain name breaks its rule, or the Java runtime's SHA-256 cannot
   *     be cloned (a restricted security provider)
   */
  public static Pseudonymiser of(PseudonymKey key, String domainName) {
    Objects.requireNonNull(key, "key");
    PseudonymDomain domain = new PseudonymDomain(domainName, key.id());
    MessageDigest inner = sha256();
    MessageDigest outer = sha256();
    byte[] block = new byte[BLOCK];
    try {
      byte[] k = key.bytes();
      if (k.length > BLOCK) {
        // RFC 2104: a key longer than the block is hashed first.
        byte[] hashed = sha256().digest(k);
        System.arraycopy(hashed, 0, block, 0, hashed.length);
        Arrays.fill(hashed, (byte) 0);
      } else {
        System.arraycopy(k, 0, block, 0, k.length);
      }
      for (int i = 0; i < BLOCK; i++) {
        block[i] ^= 0x36;
      }
      inner.update(block);
      for (int i = 0; i < BLOCK; i++) {
        block[i] ^= 0x36 ^ 0x5c;
      }
      outer.update(block);
    } finally {
      Arrays.fill(block, (byte) 0);
    }
    inner.update(domainName.getBytes(StandardCharsets.UTF_8));
    inner.update((byte) 0);
    copy(inner); // fails now, not on the first value, if the provider cannot clone
    return new Pseudonymiser(domain, inner, outer);
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
   * The pseudonym of a value in this domain.
   *
   * @param canonicalValue the value in its one canonical form (a CPR number as its ten digits, no
   *     separator): two spellings of the same thing give two pseudonyms; must not be empty
   * @return the pseudonym, {@value #PSEUDONYM_LENGTH} characters from {@code a-z2-7}
   * @throws PrivacyException if the value is empty or is not valid Unicode text
   */
  public String pseudonymise(CharSequence canonicalValue) {
    byte[] mac = new byte[MAC_BYTES];
    mac(canonicalValue, mac);
    return Base32.encodeLowerUnpadded(mac, 0, KEPT_MAC_BYTES);
  }

  /**
   * The pseudonym of a CPR number: of its {@linkplain Cpr#canonical() canonical} ten characters, so
   * {@code 010101-1234} and {@code 0101011234} give the same pseudonym. Replacement numbers and eCPR
   * numbers are pseudonymised as written (they identify the person until a CPR number is issued).
   *
   * <pre>{@code
   * String p = pseudonymiser.pseudonymise(Cpr.parse(row.get("cpr")));
   * }</pre>
   *
   * @param cpr the CPR number
   * @return the pseudonym, {@value #PSEUDONYM_LENGTH} characters from {@code a-z2-7}
   */
  public String pseudonymise(Cpr cpr) {
    return pseudonymise(Objects.requireNonNull(cpr, "cpr").canonical());
  }

  /** Writes the full 32-byte HMAC of the value into {@code mac}. */
  void mac(CharSequence canonicalValue, byte[] mac) {
    Objects.requireNonNull(canonicalValue, "canonicalValue");
    if (canonicalValue.length() == 0) {
      throw new PrivacyException(
          "value to pseudonymise in domain '" + domain.name() + "' is empty; a missing identifier"
              + " must be handled before pseudonymisation");
    }
    byte[] encoded = new byte[Utf8.maxBytes(canonicalValue.length())];
    int length = Utf8.encode(canonicalValue, encoded);
    MessageDigest inner = copy(innerPrefix);
    inner.update(encoded, 0, length);
    MessageDigest outer = copy(outerPrefix);
    try {
      inner.digest(mac, 0, MAC_BYTES);
      outer.update(mac, 0, MAC_BYTES);
      outer.digest(mac, 0, MAC_BYTES);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 did not give 32 bytes", e);
    }
  }

  /**
   * Shows the domain, never key material.
   *
   * @return {@code Pseudonymiser[name=..., keyId=...]}
   */
  @Override
  public String toString() {
    return "Pseudonymiser[name=" + domain.name() + ", keyId=" + domain.keyId() + "]";
  }

  private static MessageDigest copy(MessageDigest prototype) {
    try {
      return (MessageDigest) prototype.clone();
    } catch (CloneNotSupportedException e) {
      throw new PrivacyException(
          "the Java runtime's SHA-256 implementation (provider "
              + prototype.getProvider().getName()
              + ") cannot be cloned; pseudonymisation needs a provider whose MessageDigest supports"
              + " clone(), such as the JDK's SUN provider",
          e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new PrivacyException("the Java runtime has no SHA-256, which every JDK must provide", e);
    }
  }
}
