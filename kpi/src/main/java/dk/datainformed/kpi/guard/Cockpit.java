package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.definition.Audience;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A cockpit (dashboard, ledelsesinformation) that shows KPIs to one audience at one organisation
 * level.
 *
 * @param id the cockpit's id in the usage description
 * @param name its name
 * @param audience who reads it
 * @param level the organisation level its KPIs are shown at
 * @param unit the organisation unit it is for, if one
 * @param kpis the KPIs it shows and how
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Cockpit(
    String id,
    String name,
    Audience audience,
    OrganisationLevel level,
    Optional<String> unit,
    List<KpiUse> kpis) {

  /**
   * Creates the cockpit.
   *
   * @param id the id
   * @param name the name
   * @param audience the audience
   * @param level the level
   * @param unit the unit, if any
   * @param kpis the KPIs shown
   */
  public Cockpit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(unit, "unit");
    kpis = List.copyOf(kpis);
  }
}
