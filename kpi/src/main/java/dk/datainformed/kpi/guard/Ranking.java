package dk.datainformed.kpi.guard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * That a cockpit ranks or orders units by a KPI, and the context it shows with the ranking.
 *
 * @param comparedWith the context shown: SPC per unit, a comparison group; empty for a bare league
 *     table
 * @param comparisonGroup the comparison group, named, if one is used
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Ranking(List<Comparison> comparedWith, Optional<String> comparisonGroup) {

  /**
   * Creates the ranking.
   *
   * @param comparedWith the context shown
   * @param comparisonGroup the comparison group, if any
   */
  public Ranking {
    comparedWith = List.copyOf(comparedWith);
    Objects.requireNonNull(comparisonGroup, "comparisonGroup");
  }
}
