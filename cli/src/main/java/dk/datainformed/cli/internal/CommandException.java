package dk.datainformed.cli.internal;

import org.apiguardian.api.API;

/**
 * A command cannot do what it was asked because of its input: a file, an option or a value. Its
 * message says what to fix; the command line prints it and exits with code 2.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to fix
   */
  public CommandException(String message) {
    super(message);
  }
}
