package dk.datainformed.kpi.engine;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import org.apiguardian.api.API;

/**
 * One period of a {@link Series}: the period and the value (or the explicit absence of one).
 *
 * @param period the period
 * @param value the value for it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Point(Period period, KpiValue value) {
  /**
   * Creates the point.
   *
   * @param period the period
   * @param value the value
   * @throws KpiException when a part is missing
   */
  public Point {
    if (period == null || value == null) {
      throw new KpiException("A series point needs its period and value (not null)");
    }
  }
}
