package dk.datainformed.kpi.guard.internal;

import dk.datainformed.core.id.CprDetector;
import dk.datainformed.core.text.Suggestions;
import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.guard.Cadence;
import dk.datainformed.kpi.guard.Cockpit;
import dk.datainformed.kpi.guard.Comparison;
import dk.datainformed.kpi.guard.Decision;
import dk.datainformed.kpi.guard.DeclaredTarget;
import dk.datainformed.kpi.guard.DisplayMode;
import dk.datainformed.kpi.guard.Incentive;
import dk.datainformed.kpi.guard.KpiUse;
import dk.datainformed.kpi.guard.Linkage;
import dk.datainformed.kpi.guard.OrganisationLevel;
import dk.datainformed.kpi.guard.Ranking;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.kpi.internal.StrictFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import tools.jackson.core.TokenStreamLocation;

/** Reads a {@link Usage} from YAML, with file, line and column in every message. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class UsageCodec {
  private final String sourceName;
  private final Map<String, TokenStreamLocation> at;

  private UsageCodec(String sourceName, Map<String, TokenStreamLocation> at) {
    this.sourceName = sourceName;
    this.at = at;
  }

  /**
   * Reads and checks a usage description.
   *
   * @param sourceName the file name for messages
   * @param text the YAML text
   * @param catalog the KPIs it may name
   * @param limits how much the text may hold
   * @return the usage description
   * @throws KpiException with file, line, column and what to fix
   */
  public static Usage read(String sourceName, String text, KpiCatalog catalog, ReadLimits limits) {
    UsageFile file = StrictFile.readYaml(sourceName, text, UsageFile.class, limits);
    return new UsageCodec(sourceName, StrictFile.locations(text)).usage(file, catalog);
  }

  private Usage usage(UsageFile f, KpiCatalog catalog) {
    Usage.Builder b = Usage.builder(require(f.municipality(), "", "municipality", "the municipality's name"));
    List<CockpitFile> cockpits = f.cockpits() == null ? List.of() : f.cockpits();
    for (int i = 0; i < cockpits.size(); i++) {
      b.cockpit(cockpit(cockpits.get(i), "cockpits[" + i + "]", catalog));
    }
    List<DecisionFile> decisions = f.decisions() == null ? List.of() : f.decisions();
    for (int i = 0; i < decisions.size(); i++) {
      b.decision(decision(decisions.get(i), "decisions[" + i + "]", catalog));
    }
    List<LinkageFile> linkages = f.linkages() == null ? List.of() : f.linkages();
    for (int i = 0; i < linkages.size(); i++) {
      b.linkage(linkage(linkages.get(i), "linkages[" + i + "]"));
    }
    try {
      return b.build(catalog);
    } catch (KpiException e) {
      throw new KpiException(sourceName + ": " + e.getMessage(), e);
    }
  }

  private Cockpit cockpit(CockpitFile c, String path, KpiCatalog catalog) {
    String id = require(c.id(), path, "id", "e.g. direktion");
    List<UseFile> kpis = require(c.kpis(), path, "kpis", "the KPIs the cockpit shows");
    List<KpiUse> uses = new ArrayList<>();
    for (int i = 0; i < kpis.size(); i++) {
      uses.add(use(kpis.get(i), path + ".kpis[" + i + "]", catalog));
    }
    return new Cockpit(
        id,
        require(c.name(), path, "name", "the cockpit's name"),
        require(c.audience(), path, "audience", "e.g. managers"),
        require(c.level(), path, "level", "municipality, administration, area, unit, team or person"),
        Optional.ofNullable(c.unit()),
        uses);
  }

  private KpiUse use(UseFile u, String path, KpiCatalog catalog) {
    KpiId id = kpi(require(u.kpi(), path, "kpi", "the KPI id"), path + ".kpi", catalog);
    KpiUse.Builder b = KpiUse.builder(id.value());
    List<DisplayMode> display = require(u.display(), path, "display", "e.g. [spc]");
    if (display.isEmpty()) {
      throw fail(path + ".display", "say how the KPI is shown, e.g. display: [spc]");
    }
    b.display(display.toArray(new DisplayMode[0]));
    b.refresh(require(u.refresh(), path, "refresh", "daily, weekly, monthly, quarterly, half_yearly or yearly"));
    if (u.shownAsCurrent() != null) {
      b.shownAsCurrent(u.shownAsCurrent());
    }
    if (u.target() != null) {
      TargetFile t = u.target();
      double value = require(t.value(), path + ".target", "value", "the target value");
      b.target(
          new DeclaredTarget(
              value,
              Optional.ofNullable(t.owner()),
              Optional.ofNullable(t.rationale()),
              Optional.ofNullable(t.reviewDate()),
              Optional.ofNullable(t.action())));
    }
    if (u.improvementPlan() != null) {
      b.improvementPlan(u.improvementPlan());
    }
    KpiUse use;
    if (u.smallestGroup() != null) {
      if (u.smallestGroup() < 0) {
        throw fail(
            path + ".smallestGroup",
            "the smallest group (" + u.smallestGroup() + ") must not be negative: give the fewest"
                + " persons behind a value shown");
      }
      b.smallestGroup(u.smallestGroup());
    }
    if (u.limitsRecalculatedEachPeriod() != null) {
      b.limitsRecalculatedEachPeriod(u.limitsRecalculatedEachPeriod());
    }
    if (u.incentives() != null) {
      b.feeds(u.incentives().toArray(new Incentive[0]));
    }
    use = b.build();
    if (u.ranking() != null) {
      RankingFile r = u.ranking();
      Ranking ranking =
          new Ranking(
              r.comparedWith() == null ? List.of() : r.comparedWith(),
              Optional.ofNullable(r.comparisonGroup()));
      use =
          new KpiUse(
              use.kpi(), use.display(), use.refresh(), use.shownAsCurrent(), use.target(),
              use.improvementPlan(), Optional.of(ranking), use.incentives(), use.smallestGroup(),
              use.limitsRecalculatedEachPeriod());
    }
    return use;
  }

  private Decision decision(DecisionFile d, String path, KpiCatalog catalog) {
    List<String> cites = require(d.cites(), path, "cites", "the KPI ids the decision cites");
    List<KpiId> ids = new ArrayList<>();
    for (int i = 0; i < cites.size(); i++) {
      ids.add(kpi(cites.get(i), path + ".cites[" + i + "]", catalog));
    }
    return new Decision(
        require(d.id(), path, "id", "the decision's id"),
        require(d.title(), path, "title", "what was decided"),
        ids,
        d.otherSources() == null ? List.of() : d.otherSources());
  }

  private Linkage linkage(LinkageFile l, String path) {
    return new Linkage(
        require(l.id(), path, "id", "the linkage's id"),
        require(l.description(), path, "description", "what is joined and why"),
        require(l.personLevel(), path, "personLevel", "true when persons are joined"),
        require(l.areas(), path, "areas", "the administrative areas joined"),
        Optional.ofNullable(l.legalBasis()),
        Optional.ofNullable(l.dpia()));
  }

  private KpiId kpi(String text, String path, KpiCatalog catalog) {
    KpiId id;
    try {
      id = KpiId.of(text);
    } catch (KpiException e) {
      throw fail(path, e.getMessage());
    }
    if (catalog.find(id).isEmpty()) {
      throw fail(path, unknownKpi(id, catalog));
    }
    return id;
  }

  /**
   * A message that the catalog lacks a KPI, with the nearest id it holds.
   *
   * @param id the id not found
   * @param catalog the catalog
   * @return e.g. "unknown KPI id 'a.b' (did you mean 'a.c'?): ..."
   */
  public static String unknownKpi(KpiId id, KpiCatalog catalog) {
    Set<String> known =
        catalog.definitions().stream().map(d -> d.id().value()).collect(Collectors.toSet());
    return "unknown KPI id '" + CprDetector.mask(id.value()) + "'"
        + Suggestions.didYouMean(id.value(), known).map(s -> " (did you mean '" + s + "'?)").orElse("")
        + ": use an id of the KPI catalog or add the definition";
  }

  private <T> T require(T value, String path, String field, String hint) {
    if (value == null) {
      throw fail(
          path,
          "required field '" + field + "' is missing" + (path.isEmpty() ? "" : " in '" + path + "'")
              + ": " + hint);
    }
    return value;
  }

  private KpiException fail(String path, String message) {
    String p = path;
    TokenStreamLocation location = at.get(p);
    while (location == null && !p.isEmpty()) {
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
      location = at.get(p);
    }
    return new KpiException(StrictFile.where(sourceName, location) + message);
  }

  /**
   * The file form of a usage description.
   *
   * @param municipality the municipality
   * @param cockpits the cockpits
   * @param decisions the decisions
   * @param linkages the linkages
   */
  public record UsageFile(
      String municipality,
      List<CockpitFile> cockpits,
      List<DecisionFile> decisions,
      List<LinkageFile> linkages) {}

  /**
   * The file form of a cockpit.
   *
   * @param id the id
   * @param name the name
   * @param audience the audience
   * @param level the level
   * @param unit the unit
   * @param kpis the uses
   */
  public record CockpitFile(
      String id,
      String name,
      Audience audience,
      OrganisationLevel level,
      String unit,
      List<UseFile> kpis) {}

  /**
   * The file form of a KPI use.
   *
   * @param kpi the KPI id
   * @param display the display modes
   * @param refresh the cadence
   * @param shownAsCurrent shown as current
   * @param target the target
   * @param improvementPlan the improvement plan
   * @param ranking the ranking
   * @param incentives the incentives
   * @param smallestGroup the smallest group
   * @param limitsRecalculatedEachPeriod whether limits move every period
   */
  public record UseFile(
      String kpi,
      List<DisplayMode> display,
      Cadence refresh,
      Boolean shownAsCurrent,
      TargetFile target,
      String improvementPlan,
      RankingFile ranking,
      List<Incentive> incentives,
      Integer smallestGroup,
      Boolean limitsRecalculatedEachPeriod) {}

  /**
   * The file form of a target.
   *
   * @param value the value
   * @param owner the owner
   * @param rationale the rationale
   * @param reviewDate the review date
   * @param action the action
   */
  public record TargetFile(
      Double value, String owner, String rationale, LocalDate reviewDate, String action) {}

  /**
   * The file form of a ranking.
   *
   * @param comparedWith the context
   * @param comparisonGroup the comparison group
   */
  public record RankingFile(List<Comparison> comparedWith, String comparisonGroup) {}

  /**
   * The file form of a decision.
   *
   * @param id the id
   * @param title the title
   * @param cites the KPI ids cited
   * @param otherSources the other sources
   */
  public record DecisionFile(String id, String title, List<String> cites, List<String> otherSources) {}

  /**
   * The file form of a linkage.
   *
   * @param id the id
   * @param description the description
   * @param personLevel whether persons are joined
   * @param areas the areas
   * @param legalBasis the legal basis
   * @param dpia the DPIA reference
   */
  public record LinkageFile(
      String id,
      String description,
      Boolean personLevel,
      List<String> areas,
      String legalBasis,
      String dpia) {}
}
