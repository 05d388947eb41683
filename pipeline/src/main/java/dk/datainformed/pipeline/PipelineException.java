package dk.datainformed.pipeline;

import dk.datainformed.core.DatainformedException;
import org.apiguardian.api.API;

/**
 * A pipeline could not be declared or run as asked: its file names an unknown KPI, a source lacks a
 * setting, a CPR field is not pseudonymised, an output could not be written.
 *
 * <p>Messages for the pipeline file say where (file, line and column) and what to fix.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class PipelineException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to fix
   */
  public PipelineException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and what to fix
   * @param cause the underlying failure
   */
  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }
}
