package dk.datainformed.kpi.engine.internal;

import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.engine.KpiValue;
import dk.datainformed.kpi.engine.SeriesKey;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Values of one KPI by group and period before they are laid out as series, with the span of
 * periods that had data.
 *
 * @param values the values by group, then period; a group and period without records is absent
 * @param firstData the first period with data, if any
 * @param lastData the last period with data, if any
 * @param ratio whether the values are ratios with numerator and denominator
 * @param read records read
 * @param unplaced records not placed in the organisation
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Table(
    Map<SeriesKey, Map<Period, KpiValue>> values,
    Optional<Period> firstData,
    Optional<Period> lastData,
    boolean ratio,
    long read,
    long unplaced) {

  Table(
      Map<SeriesKey, Map<Period, KpiValue>> values,
      Period firstData,
      Period lastData,
      boolean ratio,
      long read,
      long unplaced) {
    this(values, Optional.ofNullable(firstData), Optional.ofNullable(lastData), ratio, read, unplaced);
  }
}
