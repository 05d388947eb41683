package dk.datainformed.report;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.engine.Series;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One KPI on the cockpit page: its definition, one or more series with their charts (one per unit
 * shown), and the guard findings that concern it.
 *
 * <pre>{@code
 * CockpitEntry entry = CockpitEntry.of(definition)
 *     .series("Hjemmeplejen Nord", series, chart)
 *     .findingsFrom(report)
 *     .build();
 * }</pre>
 */
public final class CockpitEntry {
  private final KpiDefinition definition;
  private final List<CockpitSeries> series;
  private final List<GuardFinding> findings;

  private CockpitEntry(Builder builder) {
    this.definition = builder.definition;
    this.series = List.copyOf(builder.series);
    this.findings = List.copyOf(builder.findings);
  }

  /**
   * Starts an entry for a KPI.
   *
   * @param definition the KPI's definition
   * @return a builder
   */
  public static Builder of(KpiDefinition definition) {
    return new Builder(definition);
  }

  /**
   * Whether a guard finding is about a KPI: guards name the KPI in the finding's subject as {@code
   * KPI 'id'} (alone, or after a cockpit).
   *
   * @param finding the finding
   * @param kpi the KPI
   * @return true when the finding's subject names the KPI
   */
  public static boolean concerns(GuardFinding finding, KpiId kpi) {
    return finding.subject().contains("KPI '" + kpi.value() + "'");
  }

  /**
   * The KPI's definition.
   *
   * @return the definition
   */
  public KpiDefinition definition() {
    return definition;
  }

  /**
   * The series shown, in the order added.
   *
   * @return at least one series
   */
  public List<CockpitSeries> series() {
    return series;
  }

  /**
   * The guard findings given for this KPI, in the order added.
   *
   * @return the findings, possibly none
   */
  public List<GuardFinding> findings() {
    return findings;
  }

  @Override
  public String toString() {
    return "CockpitEntry[" + definition.id() + ", " + series.size() + " series, "
        + findings.size() + " findings]";
  }

  /** Builds a {@link CockpitEntry}. */
  public static final class Builder {
    private final KpiDefinition definition;
    private final List<CockpitSeries> series = new ArrayList<>();
    private final List<GuardFinding> findings = new ArrayList<>();

    private Builder(KpiDefinition definition) {
      this.definition = Objects.requireNonNull(definition, "definition");
    }

    /**
     * Adds a series with its chart, shown under the label.
     *
     * @param label what the series is for, e.g. a unit's name
     * @param series the series, of this entry's KPI
     * @param chart its chart
     * @return this builder
     * @throws KpiException when the series is of another KPI or the label is blank
     */
    public Builder series(String label, Series series, ProcessBehaviourChart chart) {
      return series(new CockpitSeries(label, series, chart));
    }

    /**
     * Adds a series with its chart.
     *
     * @param entry the series, of this entry's KPI
     * @return this builder
     * @throws KpiException when the series is of another KPI
     */
    public Builder series(CockpitSeries entry) {
      Objects.requireNonNull(entry, "entry");
      if (!entry.series().kpi().equals(definition.id())) {
        throw new KpiException(
            "a series of KPI '" + entry.series().kpi() + "' cannot be shown under KPI '"
                + definition.id() + "'; give it its own entry");
      }
      series.add(entry);
      return this;
    }

    /**
     * Adds a finding about this KPI.
     *
     * @param finding the finding
     * @return this builder
     */
    public Builder finding(GuardFinding finding) {
      findings.add(Objects.requireNonNull(finding, "finding"));
      return this;
    }

    /**
     * Adds every finding of a guard report whose subject names this KPI (see {@link
     * #concerns(GuardFinding, KpiId)}).
     *
     * @param report the report
     * @return this builder
     */
    public Builder findingsFrom(GuardReport report) {
      for (GuardFinding f : report.findings()) {
        if (concerns(f, definition.id())) {
          findings.add(f);
        }
      }
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry
     * @throws KpiException when no series was added
     */
    public CockpitEntry build() {
      if (series.isEmpty()) {
        throw new KpiException(
            "the cockpit entry for KPI '" + definition.id() + "' needs at least one series to show");
      }
      return new CockpitEntry(this);
    }
  }
}
