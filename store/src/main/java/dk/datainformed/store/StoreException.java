package dk.datainformed.store;

import dk.datainformed.core.DatainformedException;
import org.apiguardian.api.API;

/**
 * The results store could not do what was asked: the database refused, its schema is newer than
 * this library, or another run is writing. Nothing of the failed write was kept.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public class StoreException extends DatainformedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong and what to do
   */
  public StoreException(String message) {
    super(message);
  }
}
