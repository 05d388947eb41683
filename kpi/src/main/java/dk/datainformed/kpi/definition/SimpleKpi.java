package dk.datainformed.kpi.definition;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A KPI that is one aggregation of one measure of a source: a count, a sum, a mean, a median, a
 * percentile.
 *
 * <pre>{@code
 * SimpleKpi days = KpiDefinition.simple("sygefravaer.fravaersdage")
 *     .name("Fraværsdagsværk", "Days of absence")
 *     // ... the profile, as for every KPI
 *     .source(payrollAbsence)
 *     .measure(Measure.sum("absence_days"))
 *     .build();
 * }</pre>
 *
 * @param profile what the KPI carries beside its calculation
 * @param source the dataset it is computed from
 * @param filter the rows it counts, if not all
 * @param measure the aggregation
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SimpleKpi(
    KpiProfile profile, SourceDataset source, Optional<Filter> filter, Measure measure)
    implements KpiDefinition {

  /**
   * Creates the KPI, checking it against its source.
   *
   * @param profile the profile
   * @param source the source
   * @param filter the rows it counts, if not all
   * @param measure the aggregation
   * @throws dk.datainformed.kpi.KpiException when a dimension, filter or measure does not fit the
   *     source
   */
  public SimpleKpi {
    Names.required(profile, "The KPI profile");
    Names.required(source, profile.prefix() + "the source dataset");
    Names.optional(filter, profile.prefix() + "the filter");
    Names.required(measure, profile.prefix() + "the measure");
    SourceChecks.check(profile, source, filter, List.of(measure));
  }

  @Override
  public List<KpiReference> references() {
    return List.of();
  }

  @Override
  public Builder toBuilder() {
    Builder b = new Builder(profile.id().value()).copy(profile).source(source).measure(measure);
    filter.ifPresent(b::filter);
    return b;
  }

  /** Builds a {@link SimpleKpi}; start with {@link KpiDefinition#simple(String)}. */
  public static final class Builder extends KpiBuilder<Builder> {
    private SourceDataset source;
    private Optional<Filter> filter = Optional.empty();
    private Measure measure;

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the source dataset.
     *
     * @param source the dataset
     * @return this builder
     */
    public Builder source(SourceDataset source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the rows the KPI counts.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(Filter filter) {
      this.filter = Optional.of(filter);
      return this;
    }

    /**
     * Sets the aggregation.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(Measure measure) {
      this.measure = measure;
      return this;
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI
     * @throws dk.datainformed.kpi.KpiException saying what to fix when it is inconsistent
     */
    @Override
    public SimpleKpi build() {
      require(source, "the source dataset is missing", ".source(SourceDataset.of(name, schema))");
      require(measure, "the measure is missing", ".measure(Measure.sum(\"field\"))");
      return new SimpleKpi(profile(), source, filter, measure);
    }
  }
}
