package dk.datainformed.kpi.guard;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.kpi.definition.KpiId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link GuardFinding} is about, as a type: a KPI, a cockpit, one KPI or one unit on a
 * cockpit, an audience, a decision, a linkage, or the usage file as a whole. A page matches a
 * finding to a KPI by {@link #kpi()}, never by searching the text; {@link #text()} is for reports.
 *
 * <pre>{@code
 * GuardSubject subject = new GuardSubject.CockpitKpi("direktion", KpiId.of("sygefravaer.fravaersprocent"));
 * subject.text();   // cockpit 'direktion' · KPI 'sygefravaer.fravaersprocent'
 * subject.kpi();    // Optional[sygefravaer.fravaersprocent]
 * }</pre>
 *
 * <p>Ids given by the municipality are shown in {@link #text()} with anything that looks like a CPR
 * number masked.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface GuardSubject {

  /**
   * The subject as reports show it, e.g. {@code cockpit 'direktion' · KPI 'a.b'}.
   *
   * @return the text
   */
  String text();

  /**
   * The KPI the finding concerns, if it concerns one.
   *
   * @return the KPI's id; empty for subjects that are not about one KPI
   */
  default Optional<KpiId> kpi() {
    return Optional.empty();
  }

  /**
   * A KPI as the catalog defines it, apart from any cockpit.
   *
   * @param id the KPI's id
   */
  record Kpi(KpiId id) implements GuardSubject {
    /**
     * Checks the id.
     *
     * @param id the KPI's id
     */
    public Kpi {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return "KPI '" + id + "'";
    }

    @Override
    public Optional<KpiId> kpi() {
      return Optional.of(id);
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * A cockpit as a whole.
   *
   * @param id the cockpit's id in the usage file
   */
  record Cockpit(String id) implements GuardSubject {
    /**
     * Checks the id.
     *
     * @param id the cockpit's id
     */
    public Cockpit {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return "cockpit '" + CprDetector.mask(id) + "'";
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * One KPI as one cockpit uses it.
   *
   * @param cockpit the cockpit's id in the usage file
   * @param id the KPI's id
   */
  record CockpitKpi(String cockpit, KpiId id) implements GuardSubject {
    /**
     * Checks the parts.
     *
     * @param cockpit the cockpit's id
     * @param id the KPI's id
     */
    public CockpitKpi {
      Objects.requireNonNull(cockpit, "cockpit");
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return "cockpit '" + CprDetector.mask(cockpit) + "' · KPI '" + id + "'";
    }

    @Override
    public Optional<KpiId> kpi() {
      return Optional.of(id);
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * The organisation unit that a cockpit is for.
   *
   * @param cockpit the cockpit's id in the usage file
   * @param unit the unit, as the usage file names it
   */
  record CockpitUnit(String cockpit, String unit) implements GuardSubject {
    /**
     * Checks the parts.
     *
     * @param cockpit the cockpit's id
     * @param unit the unit
     */
    public CockpitUnit {
      Objects.requireNonNull(cockpit, "cockpit");
      Objects.requireNonNull(unit, "unit");
    }

    @Override
    public String text() {
      return "cockpit '" + CprDetector.mask(cockpit) + "' · unit '" + CprDetector.mask(unit) + "'";
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * Everything shown to one audience, across cockpits.
   *
   * @param audience the audience
   */
  record Audience(dk.datainformed.kpi.definition.Audience audience) implements GuardSubject {
    /**
     * Checks the audience.
     *
     * @param audience the audience
     */
    public Audience {
      Objects.requireNonNull(audience, "audience");
    }

    @Override
    public String text() {
      return "audience '" + audience.name().toLowerCase(Locale.ROOT) + "'";
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * A decision declared in the usage file.
   *
   * @param id the decision's id
   */
  record Decision(String id) implements GuardSubject {
    /**
     * Checks the id.
     *
     * @param id the decision's id
     */
    public Decision {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return "decision '" + CprDetector.mask(id) + "'";
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /**
   * A linkage of personal data declared in the usage file.
   *
   * @param id the linkage's id
   */
  record Linkage(String id) implements GuardSubject {
    /**
     * Checks the id.
     *
     * @param id the linkage's id
     */
    public Linkage {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String text() {
      return "linkage '" + CprDetector.mask(id) + "'";
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }

  /** The usage file as a whole: how many cockpits, KPIs or decisions it declares. */
  record UsageFile() implements GuardSubject {
    @Override
    public String text() {
      return "usage";
    }

    /** Shows {@link #text()}. */
    @Override
    public String toString() {
      return text();
    }
  }
}
