package dk.datainformed.kpi.internal;

import dk.datainformed.kpi.KpiException;
import org.apiguardian.api.API;

/**
 * The check of an argument of the public API that must be given: a {@link KpiException} that names
 * it, not a {@code NullPointerException} from deep inside.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Given {
  private Given() {}

  /**
   * The value, checked to be given.
   *
   * @param <T> the value's type
   * @param value the argument
   * @param what what it is, as the message names it: "The folder of KPI definition files"
   * @return the value
   * @throws KpiException when the value is null
   */
  public static <T> T required(T value, String what) {
    if (value == null) {
      throw new KpiException(what + " is missing");
    }
    return value;
  }
}
