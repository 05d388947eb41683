package dk.datainformed.kpi;

import dk.datainformed.core.DatainformedException;
import org.apiguardian.api.API;

/**
 * A KPI definition, catalog, computation or chart could not be used as asked: a definition is
 * inconsistent, a file cannot be read, a reference cannot be resolved.
 *
 * <p>Messages say what to fix and, for files, where (file, line and column).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class KpiException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to fix
   */
  public KpiException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what is wrong and what to fix
   * @param cause the underlying failure
   */
  public KpiException(String message, Throwable cause) {
    super(message, cause);
  }
}
