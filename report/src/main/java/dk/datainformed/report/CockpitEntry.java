package dk.datainformed.report;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.engine.SeriesKey;
import dk.datainformed.kpi.guard.GuardFinding;
import dk.datainformed.kpi.guard.GuardReport;
import dk.datainformed.pipeline.DisclosedResult;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One KPI on the cockpit page: its definition, one or more series with their charts (one per unit
 * shown), and the guard findings that concern it. The series come from a {@link DisclosedResult},
 * so the page cannot show a value that disclosure control has not passed.
 *
 * <pre>{@code
 * CockpitEntry entry = CockpitEntry.of(disclosed)
 *     .series("Hjemmeplejen Nord", SeriesKey.of("organisation_unit", "hjemmepleje-nord"), chart)
 *     .findingsFrom(report)
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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
   * Starts an entry for a KPI from its disclosed result.
   *
   * @param disclosed the KPI's result after disclosure control
   * @return a builder
   */
  public static Builder of(DisclosedResult disclosed) {
    return new Builder(Objects.requireNonNull(disclosed, "disclosed"));
  }

  /**
   * Whether a guard finding is about a KPI: its subject is the KPI, or the KPI on a cockpit ({@link
   * dk.datainformed.kpi.guard.GuardSubject#kpi()}).
   *
   * @param finding the finding
   * @param kpi the KPI
   * @return true when the finding's subject is about the KPI
   */
  public static boolean concerns(GuardFinding finding, KpiId kpi) {
    return finding.subject().kpi().filter(kpi::equals).isPresent();
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
    private final DisclosedResult disclosed;
    private final KpiDefinition definition;
    private final List<CockpitSeries> series = new ArrayList<>();
    private final List<GuardFinding> findings = new ArrayList<>();

    private Builder(DisclosedResult disclosed) {
      this.disclosed = disclosed;
      this.definition = disclosed.result().definition();
    }

    /**
     * Adds a series of the disclosed result with its chart, shown under the label.
     *
     * @param label what the series is for, e.g. a unit's name
     * @param key the group whose series to show
     * @param chart its chart
     * @return this builder
     * @throws KpiException when the result has no series for the key or the label is blank
     */
    public Builder series(String label, SeriesKey key, ProcessBehaviourChart chart) {
      return series(label, disclosed, key, chart);
    }

    /**
     * Adds a series of another disclosed result of the same KPI, such as its total beside this
     * entry's units.
     *
     * @param label what the series is for, e.g. {@code "Alle skoler"}
     * @param from another disclosed result of this entry's KPI
     * @param key the group whose series to show
     * @param chart its chart
     * @return this builder
     * @throws KpiException when the result is of another KPI, has no series for the key, or the
     *     label is blank
     */
    public Builder series(
        String label, DisclosedResult from, SeriesKey key, ProcessBehaviourChart chart) {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(key, "key");
      KpiId kpi = from.result().definition().id();
      if (!kpi.equals(definition.id())) {
        throw new KpiException(
            "a series of KPI '" + kpi + "' cannot be shown under KPI '" + definition.id()
                + "'; give it its own entry");
      }
      series.add(
          new CockpitSeries(
              label,
              from.result().series(key).orElseThrow(() -> new KpiException(
                  "the result of KPI '" + kpi + "' has no series for " + key.text()
                      + "; show one of its series")),
              chart));
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
