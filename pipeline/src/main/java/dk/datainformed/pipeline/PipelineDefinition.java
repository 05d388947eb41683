package dk.datainformed.pipeline;

import dk.datainformed.core.org.OrganisationTree;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.LocalizedText;
import dk.datainformed.kpi.guard.GuardPolicy;
import dk.datainformed.kpi.guard.Usage;
import dk.datainformed.privacy.disclosure.DisclosurePolicy;
import dk.datainformed.privacy.pseudonym.PseudonymKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything a pipeline run needs, declared once: the sources and their person fields, the catalog
 * and the KPIs to compute, the organisation they are broken down by, the disclosure policy, the SPC
 * baseline, the guards' usage and policy, and the outputs.
 *
 * <p>Read one from the municipality's YAML file with {@link PipelineFile}, or build it:
 *
 * <pre>{@code
 * PipelineDefinition definition = PipelineDefinition.builder("sygefravaer")
 *     .title("Sygefravær", "Sickness absence")
 *     .source(payroll)
 *     .catalog(StarterCatalog.load())
 *     .kpi("sygefravaer.fravaersprocent")
 *     .organisation("organisation_unit", tree)
 *     .pseudonymKey(PseudonymKey.fromEnvironment("hr", "DATAINFORMED_PSEUDONYM_KEY"))
 *     .disclosure(DisclosurePolicy.builder().minimumCount(5).build())
 *     .output(OutputDeclaration.of("cockpit"))
 *     .build();
 * RunReport report = Pipeline.of(definition).run(Path.of("target/cockpit"));
 * }</pre>
 *
 * <p>There is no default disclosure policy: a pipeline that publishes must say which one it keeps.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PipelineDefinition {
  private final String name;
  private final LocalizedText title;
  private final List<SourceDeclaration> sources;
  private final KpiCatalog catalog;
  private final List<KpiDefinition> kpis;
  private final Optional<OrganisationTree> organisation;
  private final Optional<String> flatOrganisationRoot;
  private final String unitField;
  private final List<String> breakdown;
  private final Optional<PseudonymKey> pseudonymKey;
  private final DisclosurePolicy disclosure;
  private final int baselinePeriods;
  private final boolean seasonal;
  private final List<KnownChange> changes;
  private final Optional<Usage> usage;
  private final Map<String, Usage> otherUses;
  private final GuardPolicy guardPolicy;
  private final List<OutputDeclaration> outputs;

  private PipelineDefinition(Builder b, List<KpiDefinition> kpis) {
    this.name = b.name;
    this.title = b.title == null ? LocalizedText.of(b.name, b.name) : b.title;
    this.sources = List.copyOf(b.sources);
    this.catalog = b.catalog;
    this.kpis = List.copyOf(kpis);
    this.organisation = Optional.ofNullable(b.organisation);
    this.flatOrganisationRoot = Optional.ofNullable(b.flatOrganisationRoot);
    this.unitField = b.unitField;
    this.breakdown = List.copyOf(b.breakdown);
    this.pseudonymKey = Optional.ofNullable(b.pseudonymKey);
    this.disclosure = b.disclosure;
    this.baselinePeriods = b.baselinePeriods;
    this.seasonal = b.seasonal;
    this.changes = List.copyOf(b.changes);
    this.usage = Optional.ofNullable(b.usage);
    this.otherUses = Collections.unmodifiableMap(new LinkedHashMap<>(b.otherUses));
    this.guardPolicy = b.guardPolicy == null ? GuardPolicy.defaults() : b.guardPolicy;
    this.outputs = List.copyOf(b.outputs);
  }

  /** A copy with other known changes. */
  private PipelineDefinition(PipelineDefinition d, List<KnownChange> changes) {
    this.name = d.name;
    this.title = d.title;
    this.sources = d.sources;
    this.catalog = d.catalog;
    this.kpis = d.kpis;
    this.organisation = d.organisation;
    this.flatOrganisationRoot = d.flatOrganisationRoot;
    this.unitField = d.unitField;
    this.breakdown = d.breakdown;
    this.pseudonymKey = d.pseudonymKey;
    this.disclosure = d.disclosure;
    this.baselinePeriods = d.baselinePeriods;
    this.seasonal = d.seasonal;
    this.changes = List.copyOf(changes);
    this.usage = d.usage;
    this.otherUses = d.otherUses;
    this.guardPolicy = d.guardPolicy;
    this.outputs = d.outputs;
  }

  /**
   * Starts a definition.
   *
   * @param name the pipeline's name, e.g. {@code sygefravaer}; it names the run in its report
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * The pipeline's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The title of what it publishes, in Danish and English.
   *
   * @return the title
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * The sources, in the order they are read.
   *
   * @return the sources
   */
  public List<SourceDeclaration> sources() {
    return sources;
  }

  /**
   * The catalog the KPIs come from (derived KPIs find their operands here).
   *
   * @return the catalog
   */
  public KpiCatalog catalog() {
    return catalog;
  }

  /**
   * The KPIs to compute and publish, in order.
   *
   * @return the KPIs
   */
  public List<KpiDefinition> kpis() {
    return kpis;
  }

  /**
   * The organisation the KPIs are broken down by, every level of it, when one is given.
   *
   * @return the organisation tree
   */
  public Optional<OrganisationTree> organisation() {
    return organisation;
  }

  /**
   * The name of the root of a one-level organisation made, when the pipeline runs, from the values
   * of {@link #unitField()}: every value a unit under this root. Present when the KPIs are broken
   * down by a field without an organisation tree of its own, such as schools or areas, so that the
   * root carries the total and disclosure control, the charts and the guards see the whole.
   *
   * @return the root's name (also its id), when the organisation is made from the field
   */
  public Optional<String> flatOrganisationRoot() {
    return flatOrganisationRoot;
  }

  /**
   * The field of the sources that holds the organisation unit.
   *
   * @return the field's name
   */
  public String unitField() {
    return unitField;
  }

  /**
   * The dimensions every KPI is broken down by besides the organisation, e.g. {@code age_band}.
   *
   * @return the dimensions, possibly none
   */
  public List<String> breakdown() {
    return breakdown;
  }

  /**
   * The key that person fields are pseudonymised with, when a source has any.
   *
   * @return the key
   */
  public Optional<PseudonymKey> pseudonymKey() {
    return pseudonymKey;
  }

  /**
   * The disclosure policy every published value is protected by.
   *
   * @return the policy
   */
  public DisclosurePolicy disclosure() {
    return disclosure;
  }

  /**
   * How many periods a process behaviour chart's limits are fixed on.
   *
   * @return the number of baseline periods
   */
  public int baselinePeriods() {
    return baselinePeriods;
  }

  /**
   * Whether charts look for a season in their baseline (month or week of the year) and, when they
   * find one, set their limits around the seasonal expectation ({@code Seasonality.auto()}); it
   * needs at least two years of baseline. A unit whose own chart shows no season takes the season
   * of its nearest ancestor that shows one ({@code Seasonality.borrowedFrom}).
   *
   * @return true unless turned off
   */
  public boolean seasonal() {
    return seasonal;
  }

  /**
   * The changes the municipality knows its processes went through: the charts of the series each
   * names compute their limits again from its period on.
   *
   * @return the changes, in the order declared
   */
  public List<KnownChange> changes() {
    return changes;
  }

  /**
   * The same definition with one more known change, for a change given at run time (a command
   * line's {@code --change-point}) rather than in the file.
   *
   * <pre>{@code
   * definition.withChange(KnownChange.of(Period.parse("2023K3"), "ny bydel").where("område", "159"));
   * }</pre>
   *
   * @param change the change
   * @return the new definition; this one is unchanged
   */
  public PipelineDefinition withChange(KnownChange change) {
    if (change == null) {
      throw new PipelineException("withChange needs a change (not null)");
    }
    List<KnownChange> more = new ArrayList<>(changes);
    more.add(change);
    return new PipelineDefinition(this, more);
  }

  /**
   * How the municipality uses the KPIs, for the guards; without it, the guards do not run.
   *
   * @return the usage
   */
  public Optional<Usage> usage() {
    return usage;
  }

  /**
   * Other uses of the same KPIs that the guards judge too, by name: for example a league table
   * the municipality considers, beside the learning use of {@link #usage()}. Each gets its own
   * report ({@link Publication#otherGuards()}).
   *
   * @return the usages by name, in the order declared; empty unless given
   */
  public Map<String, Usage> otherUses() {
    return otherUses;
  }

  /**
   * The guards' thresholds.
   *
   * @return the policy, the defaults when none was given
   */
  public GuardPolicy guardPolicy() {
    return guardPolicy;
  }

  /**
   * The outputs to write.
   *
   * @return the outputs, in order
   */
  public List<OutputDeclaration> outputs() {
    return outputs;
  }

  /** Builds a {@link PipelineDefinition}. */
  public static final class Builder {
    private final String name;
    private LocalizedText title;
    private final List<SourceDeclaration> sources = new ArrayList<>();
    private KpiCatalog catalog;
    private final List<String> kpiIds = new ArrayList<>();
    private OrganisationTree organisation;
    private String flatOrganisationRoot;
    private String unitField = "organisation_unit";
    private final List<String> breakdown = new ArrayList<>();
    private PseudonymKey pseudonymKey;
    private DisclosurePolicy disclosure;
    private int baselinePeriods = 12;
    private boolean seasonal = true;
    private final List<KnownChange> changes = new ArrayList<>();
    private Usage usage;
    private final Map<String, Usage> otherUses = new LinkedHashMap<>();
    private GuardPolicy guardPolicy;
    private final List<OutputDeclaration> outputs = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * The title of what the pipeline publishes.
     *
     * @param da in Danish
     * @param en in English
     * @return this builder
     */
    public Builder title(String da, String en) {
      this.title = LocalizedText.of(da, en);
      return this;
    }

    /**
     * Adds a source.
     *
     * @param source the source
     * @return this builder
     */
    public Builder source(SourceDeclaration source) {
      sources.add(source);
      return this;
    }

    /**
     * The catalog the KPIs come from.
     *
     * @param kpiCatalog the catalog
     * @return this builder
     */
    public Builder catalog(KpiCatalog kpiCatalog) {
      this.catalog = kpiCatalog;
      return this;
    }

    /**
     * Adds a KPI to compute, by its id in the catalog.
     *
     * @param id the KPI's id
     * @return this builder
     */
    public Builder kpi(String id) {
      kpiIds.add(id);
      return this;
    }

    /**
     * Breaks every KPI down by every level of an organisation.
     *
     * @param field the sources' field with the unit
     * @param tree the organisation over time
     * @return this builder
     */
    public Builder organisation(String field, OrganisationTree tree) {
      this.unitField = field;
      this.organisation = tree;
      this.flatOrganisationRoot = null;
      return this;
    }

    /**
     * Breaks every KPI down by the values of a field, as the units of a one-level organisation
     * under a root: the tree is made from the records when the pipeline runs, each value a unit
     * (named by the value) under the root, which carries the total. For sources that are broken
     * down by something without an organisation tree of its own, such as schools.
     *
     * @param field the sources' field with the unit, e.g. {@code skole}
     * @param rootName the root's name and id, e.g. {@code Alle skoler}; no value of the field may
     *     be the same
     * @return this builder
     */
    public Builder flatOrganisation(String field, String rootName) {
      this.unitField = field;
      this.organisation = null;
      this.flatOrganisationRoot = rootName;
      return this;
    }

    /**
     * Breaks every KPI down by a dimension of its source besides the organisation.
     *
     * @param dimension the dimension, e.g. {@code age_band}
     * @return this builder
     */
    public Builder by(String dimension) {
      breakdown.add(dimension);
      return this;
    }

    /**
     * The key that person fields are pseudonymised with.
     *
     * @param key the key
     * @return this builder
     */
    public Builder pseudonymKey(PseudonymKey key) {
      this.pseudonymKey = key;
      return this;
    }

    /**
     * The disclosure policy; required.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder disclosure(DisclosurePolicy policy) {
      this.disclosure = policy;
      return this;
    }

    /**
     * How many periods a chart's limits are fixed on (default 12).
     *
     * @param periods at least 2
     * @return this builder
     */
    public Builder baselinePeriods(int periods) {
      this.baselinePeriods = periods;
      return this;
    }

    /**
     * Whether charts look for a season (default true).
     *
     * @param lookForSeason false to draw every chart without seasonal adjustment
     * @return this builder
     */
    public Builder seasonal(boolean lookForSeason) {
      this.seasonal = lookForSeason;
      return this;
    }

    /**
     * Declares a known change: the charts of the series it names compute their limits again from
     * its period on.
     *
     * @param change the change
     * @return this builder
     */
    public Builder change(KnownChange change) {
      if (change == null) {
        throw new PipelineException("A known change of pipeline '" + name + "' is null");
      }
      changes.add(change);
      return this;
    }

    /**
     * The guards' usage and policy; without a usage, the guards do not run.
     *
     * @param kpiUsage how the KPIs are used
     * @param policy the thresholds
     * @return this builder
     */
    public Builder guards(Usage kpiUsage, GuardPolicy policy) {
      this.usage = kpiUsage;
      this.guardPolicy = policy;
      return this;
    }

    /**
     * Adds another use of the same KPIs for the guards to judge, beside the one of {@link
     * #guards(Usage, GuardPolicy)} and with its policy: its report is published by name ({@link
     * Publication#otherGuards()}), for example to show what the guards say about a league table.
     *
     * @param name the use's name, e.g. {@code league-table}
     * @param kpiUsage how the KPIs would be used
     * @return this builder
     */
    public Builder otherUse(String name, Usage kpiUsage) {
      otherUses.put(name, kpiUsage);
      return this;
    }

    /**
     * Adds an output.
     *
     * @param output the output
     * @return this builder
     */
    public Builder output(OutputDeclaration output) {
      outputs.add(output);
      return this;
    }

    /**
     * Builds the definition, checking that its parts fit together.
     *
     * @return the definition
     * @throws PipelineException when the name, a source, the catalog, a KPI, the disclosure policy
     *     or the pseudonym key is missing, a KPI is unknown, or two sources share an id
     */
    public PipelineDefinition build() {
      if (name == null || name.isBlank()) {
        throw new PipelineException("A pipeline needs a name");
      }
      if (sources.isEmpty()) {
        throw new PipelineException("Pipeline '" + name + "' needs at least one source");
      }
      if (catalog == null) {
        throw new PipelineException("Pipeline '" + name + "' needs a KPI catalog");
      }
      if (kpiIds.isEmpty()) {
        throw new PipelineException("Pipeline '" + name + "' needs at least one KPI to compute");
      }
      if (disclosure == null) {
        throw new PipelineException(
            "Pipeline '" + name + "' has no disclosure policy: say which one every published value"
                + " keeps, e.g. DisclosurePolicy.builder().minimumCount(5).build()");
      }
      if (flatOrganisationRoot != null && flatOrganisationRoot.isBlank()) {
        throw new PipelineException("The organisation root of pipeline '" + name + "' needs a name");
      }
      for (Map.Entry<String, Usage> use : otherUses.entrySet()) {
        if (use.getKey() == null || !use.getKey().matches("[A-Za-z0-9_-]+") || use.getValue() == null) {
          throw new PipelineException("Another use of pipeline '" + name + "' needs a name of letters, digits,"
              + " '-' and '_' (it names files), and a usage");
        }
      }
      if (baselinePeriods < 2) {
        throw new PipelineException(
            "The SPC baseline (" + baselinePeriods + " periods) must be at least 2 periods");
      }
      Set<String> ids = new HashSet<>();
      boolean persons = false;
      for (SourceDeclaration s : sources) {
        if (!ids.add(s.id())) {
          throw new PipelineException("Two sources of pipeline '" + name + "' have the id '" + s.id() + "'");
        }
        persons |= !s.personFields().isEmpty();
      }
      if (persons && pseudonymKey == null) {
        throw new PipelineException(
            "Pipeline '" + name + "' reads person fields but has no pseudonym key: give one, e.g."
                + " PseudonymKey.fromEnvironment(\"hr\", \"DATAINFORMED_PSEUDONYM_KEY\")");
      }
      List<KpiDefinition> kpis = new ArrayList<>();
      for (String id : kpiIds) {
        kpis.add(
            catalog
                .find(id)
                .orElseThrow(
                    () -> new PipelineException("Pipeline '" + name + "' asks for KPI '" + id
                        + "', which is not in the catalog")));
      }
      return new PipelineDefinition(this, kpis);
    }
  }
}
