package dk.datainformed.core;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A value (an identifier, a period, a code, a name) could not be read.
 *
 * <p>The message names what was being read and why it was rejected, for example
 * {@code "Invalid CVR number '12345678': the modulus 11 check fails"}. For identifiers that are
 * personal data the offending value is shown masked, never whole.
 *
 * <pre>{@code
 * try {
 *   Cvr.parse(input);
 * } catch (InvalidValueException e) {
 *   log.warn(e.getMessage());   // safe to log: no CPR number inside
 *   String why = e.reason();    // "the modulus 11 check fails"
 * }
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidValueException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /** Why the value was rejected, without the value. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param what what was being read, e.g. {@code "CVR number"}
   * @param shownValue the value as it may be shown: masked if it is personal data
   * @param reason why it was rejected, as a phrase, e.g. {@code "the modulus 11 check fails"}
   */
  public InvalidValueException(String what, String shownValue, String reason) {
    super("Invalid " + what + " '" + shownValue + "': " + reason);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the value was rejected, without the value itself.
   *
   * @return the reason as a phrase
   */
  public String reason() {
    return reason;
  }
}
