package dk.datainformed.examples.cockpit;

import dk.datainformed.core.DatainformedException;

/** A problem with the cockpit's input or options, stated so that the user can fix it. */
public final class CockpitException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do
   */
  public CockpitException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and what to do
   * @param cause the cause
   */
  public CockpitException(String message, Throwable cause) {
    super(message, cause);
  }
}
