package dk.datainformed.privacy.redaction;

import dk.datainformed.core.id.Cpr;
import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.id.CprKind;
import dk.datainformed.core.id.IdentifierMask;
import dk.datainformed.privacy.PrivacyException;
import dk.datainformed.privacy.pseudonym.Pseudonymiser;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Finds CPR numbers in free text and replaces them.
 *
 * <p>It replaces what core's {@link CprDetector#find(CharSequence)} finds, the library's one CPR
 * rule. It finds the forms people write: {@code 010101-1234}, {@code 0101011234}, {@code 010101 1234}
 * (a hyphen, an en dash, a space or a no-break space between date and serial), replacement numbers
 * (erstatningspersonnumre, day + 60, as in {@code 610101-1234}) and the health sector's eCPR with two
 * capital letters ({@code 010101-1AB4}). A candidate is replaced only when it is a CPR number by
 * {@link Cpr#tryParse(String)}: the date must exist in the century that the 7th digit gives. That keeps
 * eight-digit phone numbers, amounts such as {@code 1.234.567,89 kr}, eleven-digit numbers, dates and
 * CVR numbers intact. The modulus 11 check is not used (valid CPR numbers fail it since 2007).
 *
 * <p>A candidate must stand on its own: it is not taken when a letter, a digit or {@code +} comes
 * right before it (a phone number {@code +4512345678}, a code {@code AB0101011234}), nor when a letter
 * or a digit comes right after it, nor when it is part of a decimal number ({@code 0101011234,50}).
 *
 * <p>Three replacements:
 *
 * <ul>
 *   <li>{@link #masking()}: the library's mask, {@code 010101-****}. It keeps the birth date, itself
 *       personal data: use it where a reader needs to tell persons apart by age, not for publication.
 *   <li>{@link #replacingWith(String)}: a fixed text such as {@code [CPR]}.
 *   <li>{@link #pseudonymising(Pseudonymiser)}: the one-way pseudonym of the number's canonical form,
 *       so a note can still be linked to pseudonymised records in the same domain.
 * </ul>
 *
 * <pre>{@code
 * CprRedactor redactor = CprRedactor.replacingWith("[CPR]");
 * redactor.redact("Borger 010101-1234 ringede fra 12345678");  // "Borger [CPR] ringede fra 12345678"
 * }</pre>
 *
 * <p>Limits: numbers split across lines or written with other separators ({@code 01.01.01-1234}) are
 * not found; a ten-digit number that is not a CPR number but whose first six digits form a valid date
 * (some P-numbers and account numbers) is redacted too, which errs on the safe side. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CprRedactor {

  private final Function<Cpr, String> replacement;
  private final String description;

  private CprRedactor(Function<Cpr, String> replacement, String description) {
    this.replacement = replacement;
    this.description = description;
  }

  /**
   * Replaces each CPR number by its mask, {@code DDMMYY-****}, as {@link IdentifierMask} shows it.
   *
   * @return the redactor
   */
  public static CprRedactor masking() {
    return new CprRedactor(cpr -> IdentifierMask.mask(cpr.canonical()), "masking");
  }

  /**
   * Replaces each CPR number by a fixed text.
   *
   * @param text the replacement, e.g. {@code [CPR]}; it must not itself contain a digit
   * @return the redactor
   * @throws PrivacyException if the text contains a digit, which could be mistaken for part of a number
   */
  public static CprRedactor replacingWith(String text) {
    Objects.requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        // The text itself is not shown: a misconfiguration could put a CPR number in it.
        throw new PrivacyException(
            "replacement text for CPR numbers must not contain digits; the text of " + text.length()
                + " characters has one at position " + i);
      }
    }
    return new CprRedactor(cpr -> text, "replacing with '" + text + "'");
  }

  /**
   * Replaces each CPR number by its one-way pseudonym in the pseudonymiser's domain.
   *
   * @param pseudonymiser the domain's pseudonymiser
   * @return the redactor
   */
  public static CprRedactor pseudonymising(Pseudonymiser pseudonymiser) {
    Objects.requireNonNull(pseudonymiser, "pseudonymiser");
    return new CprRedactor(pseudonymiser::pseudonymise, "pseudonymising in " + pseudonymiser.domain());
  }

  /**
   * The text with every CPR number replaced.
   *
   * @param text the free text
   * @return the redacted text; the same characters where no CPR number was found
   */
  public String redact(CharSequence text) {
    List<CprDetector.Found> found = CprDetector.find(text);
    if (found.isEmpty()) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (CprDetector.Found f : found) {
      out.append(text, copied, f.start()).append(replacement.apply(f.cpr()));
      copied = f.end();
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Where the CPR numbers in a text are, without their values: for an audit of what was redacted.
   *
   * @param text the free text
   * @return the findings in text order
   */
  public List<Finding> find(CharSequence text) {
    return CprDetector.find(text).stream()
        .map(f -> new Finding(f.start(), f.end(), f.cpr().kind()))
        .toList();
  }

  /**
   * Says how it replaces.
   *
   * @return e.g. {@code CprRedactor[masking]}
   */
  @Override
  public String toString() {
    return "CprRedactor[" + description + "]";
  }

  /**
   * One CPR number found in a text.
   *
   * @param start the index of its first character
   * @param end the index after its last character
   * @param kind regular, replacement number or eCPR
   */
  public record Finding(int start, int end, CprKind kind) {

    /**
     * Checks the range.
     *
     * @param start the index of its first character
     * @param end the index after its last character
     * @param kind regular, replacement number or eCPR
     */
    public Finding {
      Objects.requireNonNull(kind, "kind");
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException(
            "a finding needs 0 <= start < end; got start " + start + ", end " + end);
      }
    }
  }
}
