package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.guard.internal.UsageCodec;
import dk.datainformed.kpi.internal.Bounded;
import dk.datainformed.kpi.internal.Excerpt;
import dk.datainformed.kpi.internal.Given;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How a municipality uses its KPIs, in its own words: which cockpit shows which KPI to which
 * audience at which level, with which targets, rankings and incentives; which decisions cite which
 * KPIs; and which person-level linkages across administrative areas it makes. The guards read it.
 *
 * <pre>{@code
 * KpiCatalog catalog = KpiCatalog.load(Path.of("kpi"));
 * Usage usage = Usage.load(Path.of("guards/usage.yaml"), catalog);
 * }</pre>
 *
 * <p>The file form (YAML), checked as strictly as KPI definition files:
 *
 * <pre>
 * municipality: Eksempelby Kommune
 * cockpits:
 *   - id: direktion
 *     name: Direktionens månedsoverblik
 *     audience: executive_board
 *     level: municipality
 *     kpis:
 *       - kpi: sygefravaer.fravaersprocent
 *         display: [spc]
 *         refresh: monthly
 *         ranking: {comparedWith: [spc, comparison_group], comparisonGroup: Like institutions}
 *         incentives: [performance_review]
 * decisions:
 *   - id: ssu-2026-04
 *     title: Indsats mod sygefravær i ældreplejen
 *     cites: [sygefravaer.fravaersprocent]
 *     otherSources: [Interviews med 12 teams]
 * linkages:
 *   - id: tidlig-indsats
 *     description: Børn og unge med forældre på kontanthjælp
 *     personLevel: true
 *     areas: [beskaeftigelse, boern_og_unge]
 *     legalBasis: Serviceloven § 11 a
 *     dpia: DPIA-2026-017
 * </pre>
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Usage {
  private final String municipality;
  private final List<Cockpit> cockpits;
  private final List<Decision> decisions;
  private final List<Linkage> linkages;

  private Usage(Builder b) {
    this.municipality = b.municipality;
    this.cockpits = List.copyOf(b.cockpits);
    this.decisions = List.copyOf(b.decisions);
    this.linkages = List.copyOf(b.linkages);
  }

  /**
   * Starts a usage description.
   *
   * @param municipality the municipality's name
   * @return the builder
   */
  public static Builder builder(String municipality) {
    return new Builder(municipality);
  }

  /**
   * Reads a usage description (YAML) and checks it against the catalog.
   *
   * @param sourceName the file name shown in messages
   * @param text the YAML text
   * @param catalog the KPIs it may name
   * @return the usage description
   * @throws KpiException with file, line and what to fix when the text is not valid or names a KPI
   *     the catalog does not hold
   */
  public static Usage read(String sourceName, String text, KpiCatalog catalog) {
    return read(sourceName, text, catalog, ReadLimits.defaults());
  }

  /**
   * Reads a usage description (YAML) with other limits on its size than the defaults.
   *
   * @param sourceName the file name shown in messages
   * @param text the YAML text
   * @param catalog the KPIs it may name
   * @param limits how much the text may hold
   * @return the usage description
   * @throws KpiException with file, line and what to fix when the text is not valid, over the
   *     limits or names a KPI the catalog does not hold
   */
  public static Usage read(String sourceName, String text, KpiCatalog catalog, ReadLimits limits) {
    Given.required(sourceName, "The name of the usage description");
    Given.required(text, "The text of usage description '" + Excerpt.of(sourceName) + "'");
    Given.required(catalog, "The KPI catalog");
    Given.required(limits, "The read limits");
    return UsageCodec.read(sourceName, text, catalog, limits);
  }

  /**
   * Reads a UTF-8 usage description file (YAML).
   *
   * @param file the file
   * @param catalog the KPIs it may name
   * @return the usage description
   * @throws KpiException when the file cannot be read, is over {@link ReadLimits#defaults()} or is
   *     not valid
   */
  public static Usage load(Path file, KpiCatalog catalog) {
    return load(file, catalog, ReadLimits.defaults());
  }

  /**
   * Reads a UTF-8 usage description file (YAML) with other limits on its size than the defaults.
   *
   * @param file the file
   * @param catalog the KPIs it may name
   * @param limits how much the file may hold
   * @return the usage description
   * @throws KpiException when the file cannot be read, is over the limits or is not valid
   */
  public static Usage load(Path file, KpiCatalog catalog, ReadLimits limits) {
    Given.required(file, "The usage description file");
    Given.required(limits, "The read limits");
    return read(String.valueOf(file.getFileName()), Bounded.read(file, limits), catalog, limits);
  }

  /**
   * The municipality's name.
   *
   * @return the name
   */
  public String municipality() {
    return municipality;
  }

  /**
   * The cockpits.
   *
   * @return the cockpits, in the order given
   */
  public List<Cockpit> cockpits() {
    return cockpits;
  }

  /**
   * The decision records that cite KPIs.
   *
   * @return the decisions
   */
  public List<Decision> decisions() {
    return decisions;
  }

  /**
   * The declared person-level linkages.
   *
   * @return the linkages
   */
  public List<Linkage> linkages() {
    return linkages;
  }

  @Override
  public String toString() {
    return "Usage[" + municipality + ", " + cockpits.size() + " cockpits, " + decisions.size()
        + " decisions, " + linkages.size() + " linkages]";
  }

  /** Builds a {@link Usage}. Not thread-safe. */
  public static final class Builder {
    private final String municipality;
    private final List<Cockpit> cockpits = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Linkage> linkages = new ArrayList<>();

    private Builder(String municipality) {
      Objects.requireNonNull(municipality, "municipality");
      if (municipality.isBlank()) {
        throw new KpiException("the usage description needs the municipality's name");
      }
      this.municipality = municipality;
    }

    /**
     * Adds a cockpit.
     *
     * @param cockpit the cockpit
     * @return this builder
     */
    public Builder cockpit(Cockpit cockpit) {
      cockpits.add(Objects.requireNonNull(cockpit, "cockpit"));
      return this;
    }

    /**
     * Adds a decision record.
     *
     * @param decision the decision
     * @return this builder
     */
    public Builder decision(Decision decision) {
      decisions.add(Objects.requireNonNull(decision, "decision"));
      return this;
    }

    /**
     * Adds a person-level linkage.
     *
     * @param linkage the linkage
     * @return this builder
     */
    public Builder linkage(Linkage linkage) {
      linkages.add(Objects.requireNonNull(linkage, "linkage"));
      return this;
    }

    /**
     * Builds the usage description and checks it against the catalog.
     *
     * @param catalog the KPIs it may name
     * @return the usage description
     * @throws KpiException when a KPI id is not in the catalog or an id is given twice
     */
    public Usage build(KpiCatalog catalog) {
      unique(cockpits.stream().map(Cockpit::id).toList(), "cockpit");
      unique(decisions.stream().map(Decision::id).toList(), "decision");
      unique(linkages.stream().map(Linkage::id).toList(), "linkage");
      for (Cockpit c : cockpits) {
        unique(c.kpis().stream().map(u -> u.kpi().value()).toList(), "KPI in cockpit '" + c.id() + "', the");
        for (KpiUse u : c.kpis()) {
          known(u.kpi(), catalog, "cockpit '" + c.id() + "'");
        }
      }
      for (Decision d : decisions) {
        for (KpiId id : d.cites()) {
          known(id, catalog, "decision '" + d.id() + "'");
        }
      }
      return new Usage(this);
    }

    private static void known(KpiId id, KpiCatalog catalog, String where) {
      Optional<KpiDefinition> found = catalog.find(id);
      if (found.isEmpty()) {
        throw new KpiException(where + ": " + UsageCodec.unknownKpi(id, catalog));
      }
    }

    private static void unique(List<String> ids, String what) {
      Set<String> seen = new HashSet<>();
      for (String id : ids) {
        if (!seen.add(id)) {
          throw new KpiException(what + " id '" + id + "' is given twice: give each once");
        }
      }
    }
  }
}
