package dk.datainformed.kpi.guard;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.definition.KpiId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * How one cockpit uses one KPI: display, refresh, target, ranking, incentives.
 *
 * <pre>{@code
 * KpiUse use = KpiUse.builder("sygefravaer.fravaersprocent")
 *     .display(DisplayMode.SPC)
 *     .refresh(Cadence.MONTHLY)
 *     .build();
 * }</pre>
 *
 * @param kpi the KPI shown
 * @param display how it is shown, at least one mode
 * @param refresh how often it is refreshed
 * @param shownAsCurrent whether the cockpit presents the value as current
 * @param target the target the cockpit shows it against, if it declares its own (the KPI
 *     definition's target applies otherwise)
 * @param improvementPlan the plan for improving the process, if any
 * @param ranking the ranking of units, if units are ranked or ordered by it
 * @param incentives the incentives or sanctions it feeds
 * @param smallestGroup the smallest number of persons behind a value shown, if known
 * @param limitsRecalculatedEachPeriod whether the SPC limits are recalculated every period
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KpiUse(
    KpiId kpi,
    List<DisplayMode> display,
    Cadence refresh,
    boolean shownAsCurrent,
    Optional<DeclaredTarget> target,
    Optional<String> improvementPlan,
    Optional<Ranking> ranking,
    List<Incentive> incentives,
    OptionalInt smallestGroup,
    boolean limitsRecalculatedEachPeriod) {

  /**
   * Creates the use; prefer {@link #builder(String)}.
   *
   * @param kpi the KPI
   * @param display the display modes, at least one
   * @param refresh the cadence
   * @param shownAsCurrent whether shown as current
   * @param target the cockpit's own target, if any
   * @param improvementPlan the improvement plan, if any
   * @param ranking the ranking, if any
   * @param incentives the incentives
   * @param smallestGroup the smallest group, if known (not negative)
   * @param limitsRecalculatedEachPeriod whether limits move every period
   * @throws KpiException when no display mode is given or the smallest group is negative
   */
  public KpiUse {
    Objects.requireNonNull(kpi, "kpi");
    display = List.copyOf(display);
    if (display.isEmpty()) {
      throw new KpiException("KPI '" + kpi + "': say how it is shown, e.g. display: [spc]");
    }
    Objects.requireNonNull(refresh, "refresh");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(improvementPlan, "improvementPlan");
    Objects.requireNonNull(ranking, "ranking");
    incentives = List.copyOf(incentives);
    Objects.requireNonNull(smallestGroup, "smallestGroup");
    if (smallestGroup.isPresent() && smallestGroup.getAsInt() < 0) {
      throw new KpiException(
          "KPI '" + kpi + "': the smallest group (" + smallestGroup.getAsInt()
              + ") must not be negative");
    }
  }

  /**
   * Starts a use of a KPI, shown as its value, refreshed monthly, as current.
   *
   * @param kpi the KPI id
   * @return the builder
   */
  public static Builder builder(String kpi) {
    return new Builder(KpiId.of(kpi));
  }

  /** Builds a {@link KpiUse}. Not thread-safe. */
  public static final class Builder {
    private final KpiId kpi;
    private final List<DisplayMode> display = new ArrayList<>();
    private Cadence refresh = Cadence.MONTHLY;
    private boolean shownAsCurrent = true;
    private Optional<DeclaredTarget> target = Optional.empty();
    private Optional<String> improvementPlan = Optional.empty();
    private Optional<Ranking> ranking = Optional.empty();
    private final List<Incentive> incentives = new ArrayList<>();
    private OptionalInt smallestGroup = OptionalInt.empty();
    private boolean limitsRecalculatedEachPeriod;

    private Builder(KpiId kpi) {
      this.kpi = kpi;
    }

    /**
     * How it is shown.
     *
     * @param modes the display modes
     * @return this builder
     */
    public Builder display(DisplayMode... modes) {
      display.addAll(List.of(modes));
      return this;
    }

    /**
     * How often it is refreshed.
     *
     * @param cadence the cadence
     * @return this builder
     */
    public Builder refresh(Cadence cadence) {
      this.refresh = Objects.requireNonNull(cadence, "cadence");
      return this;
    }

    /**
     * Whether the value is presented as current.
     *
     * @param current true by default
     * @return this builder
     */
    public Builder shownAsCurrent(boolean current) {
      this.shownAsCurrent = current;
      return this;
    }

    /**
     * The cockpit's own target.
     *
     * @param target the target
     * @return this builder
     */
    public Builder target(DeclaredTarget target) {
      this.target = Optional.of(target);
      return this;
    }

    /**
     * The plan for improving the process.
     *
     * @param plan the plan
     * @return this builder
     */
    public Builder improvementPlan(String plan) {
      this.improvementPlan = Optional.of(plan);
      return this;
    }

    /**
     * Units are ranked or ordered by the KPI, with the context given.
     *
     * @param comparedWith the context shown; none for a bare league table
     * @return this builder
     */
    public Builder ranked(Comparison... comparedWith) {
      this.ranking = Optional.of(new Ranking(List.of(comparedWith), Optional.empty()));
      return this;
    }

    /**
     * The incentives or sanctions it feeds.
     *
     * @param fed the incentives
     * @return this builder
     */
    public Builder feeds(Incentive... fed) {
      incentives.addAll(List.of(fed));
      return this;
    }

    /**
     * The smallest number of persons behind a value shown.
     *
     * @param persons the count
     * @return this builder
     */
    public Builder smallestGroup(int persons) {
      this.smallestGroup = OptionalInt.of(persons);
      return this;
    }

    /**
     * Whether the SPC limits are recalculated every period.
     *
     * @param recalculated true when they move every period
     * @return this builder
     */
    public Builder limitsRecalculatedEachPeriod(boolean recalculated) {
      this.limitsRecalculatedEachPeriod = recalculated;
      return this;
    }

    /**
     * Builds the use.
     *
     * @return the use
     * @throws KpiException when no display mode is given
     */
    public KpiUse build() {
      return new KpiUse(
          kpi, display, refresh, shownAsCurrent, target, improvementPlan, ranking, incentives,
          smallestGroup, limitsRecalculatedEachPeriod);
    }
  }
}
