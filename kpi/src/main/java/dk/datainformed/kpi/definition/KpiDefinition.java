package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.spc.ImprovementDirection;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A KPI definition: engine-neutral data that says what to compute and what the figure is for.
 *
 * <p>Four kinds, a closed set:
 *
 * <ul>
 *   <li>{@link SimpleKpi}: one aggregation of one measure of a source (count, sum, mean, median,
 *       percentile, ...);
 *   <li>{@link RatioKpi}: the sum of a numerator over the sum of a denominator at the grain and
 *       breakdown asked for, never a mean of ratios;
 *   <li>{@link DerivedKpi}: arithmetic over other KPIs, with period offsets;
 *   <li>{@link CumulativeKpi}: another KPI accumulated year to date or over a rolling window.
 * </ul>
 *
 * <p>Identity is {@link #id()} plus {@link #version()}; dimensions are values, not new types. Build
 * one with a builder that reads as a sentence:
 *
 * <pre>{@code
 * RatioKpi absence = KpiDefinition.ratio("sygefravaer.fravaersprocent")
 *     .version(1)
 *     .name("Sygefraværsprocent", "Sickness absence percentage")
 *     .description("Fraværsdagsværk i procent af mulige arbejdsdagsværk",
 *         "Days of absence as a percentage of possible working days")
 *     .unit(Unit.PERCENT)
 *     .direction(ImprovementDirection.LOWER_IS_BETTER)
 *     .grain(Grain.MONTH)
 *     .dimensions("organisation_unit")
 *     .owner("HR")
 *     .purpose(Purpose.LEARNING)
 *     .audience(Audience.MANAGERS)
 *     .question("Hvor stiger fraværet, og hvad hjælper?", "Where does absence rise, and what helps?")
 *     .coverage("Ansatte, der får løn gennem lønsystemet", "Employees paid through the payroll system")
 *     .source(payrollAbsence)
 *     .numerator(Measure.sum("absence_days"))
 *     .denominator(Measure.sum("worked_days", "absence_days"))
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface KpiDefinition permits SimpleKpi, RatioKpi, DerivedKpi, CumulativeKpi {

  /**
   * Starts a simple KPI: one aggregation of one measure.
   *
   * @param id the KPI id, e.g. {@code sygefravaer.fravaersdage}
   * @return the builder
   */
  static SimpleKpi.Builder simple(String id) {
    return new SimpleKpi.Builder(id);
  }

  /**
   * Starts a ratio KPI: a numerator over a denominator.
   *
   * @param id the KPI id, e.g. {@code sygefravaer.fravaersprocent}
   * @return the builder
   */
  static RatioKpi.Builder ratio(String id) {
    return new RatioKpi.Builder(id);
  }

  /**
   * Starts a derived KPI: arithmetic over other KPIs.
   *
   * @param id the KPI id
   * @return the builder
   */
  static DerivedKpi.Builder derived(String id) {
    return new DerivedKpi.Builder(id);
  }

  /**
   * Starts a cumulative KPI: another KPI year to date or over a rolling window.
   *
   * @param id the KPI id
   * @return the builder
   */
  static CumulativeKpi.Builder cumulative(String id) {
    return new CumulativeKpi.Builder(id);
  }

  /**
   * A builder that starts from this definition, to make a new version or a variant:
   * {@code kpi.toBuilder().version(kpi.version() + 1).build()}.
   *
   * @return a builder holding every part of this definition
   */
  KpiBuilder<?> toBuilder();

  /**
   * What the KPI carries beside its calculation.
   *
   * @return the profile
   */
  KpiProfile profile();

  /**
   * The KPIs this one is computed from: a derived KPI's operands, a cumulative KPI's base; none for
   * simple and ratio KPIs.
   *
   * @return the references, without repeats, in order of appearance
   */
  List<KpiReference> references();

  /**
   * The stable identifier.
   *
   * @return the id
   */
  default KpiId id() {
    return profile().id();
  }

  /**
   * The version of the definition.
   *
   * @return 1 or more
   */
  default int version() {
    return profile().version();
  }

  /**
   * The unit of the values.
   *
   * @return the unit
   */
  default Unit unit() {
    return profile().unit();
  }

  /**
   * The values the KPI can take, from its unit ({@link Unit#range()}): what a process behaviour
   * chart keeps its limits inside.
   *
   * <pre>{@code
   * ProcessBehaviourChart.xmr(series.toObservations()).range(kpi.range()).build();
   * }</pre>
   *
   * @return the range
   */
  default dk.datainformed.spc.ValueRange range() {
    return unit().range();
  }

  /**
   * Which way is better.
   *
   * @return the direction
   */
  default ImprovementDirection direction() {
    return profile().direction();
  }

  /**
   * The finest period the KPI is computed for.
   *
   * @return the grain
   */
  default Grain grain() {
    return profile().grain();
  }

  /**
   * The breakdowns the KPI may be computed by.
   *
   * @return field names, e.g. {@code organisation_unit}
   */
  default List<String> dimensions() {
    return profile().dimensions();
  }

  /**
   * The target, if any.
   *
   * @return the target
   */
  default Optional<Target> target() {
    return profile().target();
  }
}
