package dk.datainformed.kpi.engine;

import dk.datainformed.core.time.Grain;
import dk.datainformed.core.time.Period;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the engine computed for one KPI: one {@link Series} per group, all over the same periods.
 *
 * @param definition the KPI computed
 * @param grain the grain of the periods
 * @param dimensions the breakdown dimensions, in the order of each {@link SeriesKey}
 * @param periods every period computed, consecutive, in order; each series has one point per period
 * @param series the series, ordered by key
 * @param recordsRead how many records were read, across every source
 * @param recordsUnplaced how many records passed the filter but could not be placed in the
 *     organisation (unit unknown to the tree, not valid on the record's date, or not under any
 *     target or level asked for); they are in no series
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KpiResult(
    KpiDefinition definition,
    Grain grain,
    List<String> dimensions,
    List<Period> periods,
    List<Series> series,
    long recordsRead,
    long recordsUnplaced) {

  /**
   * Creates the result.
   *
   * @param definition the KPI
   * @param grain the grain
   * @param dimensions the dimensions
   * @param periods the periods
   * @param series the series
   * @param recordsRead records read
   * @param recordsUnplaced records not placed
   * @throws KpiException when a part is missing
   */
  public KpiResult {
    if (definition == null || grain == null || dimensions == null || periods == null
        || series == null) {
      throw new KpiException("A KPI result needs every part (empty lists, not null)");
    }
    dimensions = List.copyOf(dimensions);
    periods = List.copyOf(periods);
    series = List.copyOf(series);
  }

  /**
   * The series of one group.
   *
   * @param key the group
   * @return the series, or empty when no record fell in that group
   */
  public Optional<Series> series(SeriesKey key) {
    for (Series s : series) {
      if (s.key().equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The value of one group in one period.
   *
   * @param key the group
   * @param period the period
   * @return the value, or empty when the group or period was not computed
   */
  public Optional<KpiValue> value(SeriesKey key, Period period) {
    return series(key).flatMap(s -> s.at(period));
  }
}
