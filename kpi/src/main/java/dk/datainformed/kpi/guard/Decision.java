package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.definition.KpiId;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A decision record that cites KPIs, e.g. a committee decision on sickness absence.
 *
 * @param id the decision's id in the usage description
 * @param title what was decided
 * @param cites the KPIs it cites
 * @param otherSources the complementary or qualitative sources it also rests on (interviews,
 *     audits, dialogue with staff); empty when none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Decision(String id, String title, List<KpiId> cites, List<String> otherSources) {

  /**
   * Creates the decision.
   *
   * @param id the id
   * @param title the title
   * @param cites the KPIs cited
   * @param otherSources the other sources
   */
  public Decision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    cites = List.copyOf(cites);
    otherSources = List.copyOf(otherSources);
  }
}
