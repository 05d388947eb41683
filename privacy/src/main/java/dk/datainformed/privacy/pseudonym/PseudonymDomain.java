package dk.datainformed.privacy.pseudonym;

import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.internal.KeyMaterial;
import dk.datainformed.privacy.internal.Utf8;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A pseudonymisation domain in the sense of the EDPB's guidelines 01/2025: the set of data within
 * which the same person gets the same pseudonym, named, together with the id of the key that made the
 * pseudonyms.
 *
 * <p>The name goes into every pseudonym (domain separation), so the same CPR number gets unrelated
 * pseudonyms in {@code dk.aarhus.sygefravaer} and {@code dk.aarhus.jobcenter}, and data sets from two
 * domains cannot be joined without the key holder. Pseudonyms are comparable only when both the name
 * and the key id are equal; store this pair with every pseudonymised data set.
 *
 * @param name the domain's name, e.g. {@code dk.aarhus.sygefravaer}: 1 to 200 characters, no control
 *     characters (the zero byte separates the name from the value in the MAC), no blanks at either end
 * @param keyId the id of the {@link PseudonymKey} used in this domain
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PseudonymDomain(String name, String keyId) {

  /** The longest domain name accepted. */
  public static final int MAXIMUM_NAME_LENGTH = 200;

  /**
   * Checks the name and the key id.
   *
   * @param name the domain's name
   * @param keyId the key's id
   * @throws PrivacyException if either breaks its rule
   */
  public PseudonymDomain {
    Objects.requireNonNull(name, "name");
    KeyMaterial.requireValidId(keyId);
    if (name.isEmpty() || name.length() > MAXIMUM_NAME_LENGTH) {
      throw new PrivacyException(
          "pseudonymisation domain name must have 1 to " + MAXIMUM_NAME_LENGTH + " characters; got "
              + name.length());
    }
    if (Character.isWhitespace(name.charAt(0))
        || Character.isWhitespace(name.charAt(name.length() - 1))) {
      throw new PrivacyException(
          "pseudonymisation domain name '" + name + "' must not start or end with a blank");
    }
    // Refuses unpaired surrogates, which have no UTF-8 form for the MAC.
    Utf8.encode(name, new byte[Utf8.maxBytes(name.length())]);
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new PrivacyException(
            "pseudonymisation domain name must not contain control characters; found U+"
                + String.format("%04X", (int) name.charAt(i))
                + " at position "
                + i);
      }
    }
  }
}
