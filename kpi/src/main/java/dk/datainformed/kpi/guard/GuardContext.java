package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.KpiId;
import dk.datainformed.kpi.guard.internal.UsageCodec;
import dk.datainformed.spc.ChartPoint;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the guards read: the catalog, the usage description, the policy, the date of the check and
 * whatever data there are per KPI.
 *
 * <p>The data are a minimal input of their own: a process behaviour chart, the date of the latest
 * data, case- or unit-level values near a target, and target rounds. The KPI engine's series can
 * feed them; a guard that lacks what it needs says {@link Verdict#INDETERMINATE}.
 *
 * <pre>{@code
 * GuardContext context = GuardContext.builder(catalog, usage)
 *     .policy(GuardPolicy.load(Path.of("guards/policy.yaml")))
 *     .asOf(LocalDate.of(2026, 11, 1))
 *     .chart("sygefravaer.fravaersprocent", chart)
 *     .build();
 * }</pre>
 *
 * <p>Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GuardContext {
  private final KpiCatalog catalog;
  private final Usage usage;
  private final GuardPolicy policy;
  private final LocalDate asOf;
  private final Map<KpiId, ProcessBehaviourChart> charts;
  private final Map<KpiId, LocalDate> latestData;
  private final Map<KpiId, List<Double>> unitValues;
  private final Map<KpiId, List<TargetRound>> targetRounds;

  private GuardContext(Builder b) {
    this.catalog = b.catalog;
    this.usage = b.usage;
    this.policy = b.policy;
    this.asOf = b.asOf;
    this.charts = Map.copyOf(b.charts);
    this.latestData = Map.copyOf(b.latestData);
    this.unitValues = Map.copyOf(b.unitValues);
    this.targetRounds = Map.copyOf(b.targetRounds);
  }

  /**
   * Starts a context.
   *
   * @param catalog the KPI catalog
   * @param usage the usage description, checked against the catalog
   * @return the builder, with the default policy and no data
   */
  public static Builder builder(KpiCatalog catalog, Usage usage) {
    return new Builder(catalog, usage);
  }

  /**
   * The KPI catalog.
   *
   * @return the catalog
   */
  public KpiCatalog catalog() {
    return catalog;
  }

  /**
   * The usage description.
   *
   * @return the usage
   */
  public Usage usage() {
    return usage;
  }

  /**
   * The thresholds.
   *
   * @return the policy
   */
  public GuardPolicy policy() {
    return policy;
  }

  /**
   * The date the check is made on, for staleness and review dates.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * A KPI's process behaviour chart.
   *
   * @param kpi the KPI
   * @return the chart, if given
   */
  public Optional<ProcessBehaviourChart> chart(KpiId kpi) {
    return Optional.ofNullable(charts.get(kpi));
  }

  /**
   * The date of a KPI's latest data: as given, or else the last day of its chart's latest observed
   * period.
   *
   * @param kpi the KPI
   * @return the date, if known
   */
  public Optional<LocalDate> latestData(KpiId kpi) {
    LocalDate given = latestData.get(kpi);
    if (given != null) {
      return Optional.of(given);
    }
    return chart(kpi).flatMap(ProcessBehaviourChart::latest).map(ChartPoint::period).map(p -> p.end());
  }

  /**
   * Case- or unit-level values of a KPI, for the bunching test.
   *
   * @param kpi the KPI
   * @return the values, if given
   */
  public Optional<List<Double>> unitValues(KpiId kpi) {
    return Optional.ofNullable(unitValues.get(kpi));
  }

  /**
   * A KPI's targets and results over time, for the ratchet test.
   *
   * @param kpi the KPI
   * @return the rounds in time order, if given
   */
  public Optional<List<TargetRound>> targetRounds(KpiId kpi) {
    return Optional.ofNullable(targetRounds.get(kpi));
  }

  /** Builds a {@link GuardContext}. Not thread-safe. */
  public static final class Builder {
    private final KpiCatalog catalog;
    private final Usage usage;
    private GuardPolicy policy = GuardPolicy.defaults();
    private LocalDate asOf;
    private final Map<KpiId, ProcessBehaviourChart> charts = new HashMap<>();
    private final Map<KpiId, LocalDate> latestData = new HashMap<>();
    private final Map<KpiId, List<Double>> unitValues = new HashMap<>();
    private final Map<KpiId, List<TargetRound>> targetRounds = new HashMap<>();

    private Builder(KpiCatalog catalog, Usage usage) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      this.usage = Objects.requireNonNull(usage, "usage");
    }

    /**
     * The thresholds.
     *
     * @param policy the policy; the defaults unless given
     * @return this builder
     */
    public Builder policy(GuardPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The date of the check.
     *
     * @param date the date; required, so that a report can be reproduced
     * @return this builder
     */
    public Builder asOf(LocalDate date) {
      this.asOf = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * A KPI's process behaviour chart.
     *
     * @param kpi the KPI id
     * @param chart the chart
     * @return this builder
     */
    public Builder chart(String kpi, ProcessBehaviourChart chart) {
      charts.put(known(kpi), Objects.requireNonNull(chart, "chart"));
      return this;
    }

    /**
     * The date of a KPI's latest data, when it is not its chart's latest period.
     *
     * @param kpi the KPI id
     * @param date the date of the latest data
     * @return this builder
     */
    public Builder latestData(String kpi, LocalDate date) {
      latestData.put(known(kpi), Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * Case- or unit-level values of a KPI in the latest period, for the bunching test.
     *
     * @param kpi the KPI id
     * @param values the values, finite
     * @return this builder
     * @throws KpiException when a value is not finite
     */
    public Builder unitValues(String kpi, List<Double> values) {
      for (Double v : values) {
        if (v == null || !Double.isFinite(v)) {
          throw new KpiException("KPI '" + kpi + "': unit value " + v + " must be a finite number");
        }
      }
      unitValues.put(known(kpi), List.copyOf(values));
      return this;
    }

    /**
     * A KPI's targets and results over time, for the ratchet test.
     *
     * @param kpi the KPI id
     * @param rounds the rounds, in time order
     * @return this builder
     */
    public Builder targetRounds(String kpi, List<TargetRound> rounds) {
      targetRounds.put(known(kpi), List.copyOf(rounds));
      return this;
    }

    private KpiId known(String kpi) {
      KpiId id = KpiId.of(kpi);
      if (catalog.find(id).isEmpty()) {
        throw new KpiException("data for " + UsageCodec.unknownKpi(id, catalog));
      }
      return id;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws KpiException when no date was given
     */
    public GuardContext build() {
      if (asOf == null) {
        throw new KpiException(
            "the guard context needs the date of the check: add .asOf(LocalDate.of(2026, 11, 1))");
      }
      return new GuardContext(this);
    }
  }
}
