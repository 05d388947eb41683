package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A KPI that is the sum of a numerator over the sum of a denominator, times a scale, at the grain
 * and breakdown asked for: for an area, a year or a whole municipality, the numerators and
 * denominators are added up first and divided once. It is never a mean of the units' ratios.
 *
 * <p>Numerator and denominator are counts or sums (see {@link Aggregation#isAdditiveCount()}), so the
 * engine can keep them beside the value for disclosure control and honest comparison.
 *
 * <pre>{@code
 * RatioKpi percent = KpiDefinition.ratio("sygefravaer.fravaersprocent")
 *     // ... the profile, as for every KPI, with .unit(Unit.PERCENT)
 *     .source(payrollAbsence)
 *     .numerator(Measure.sum("absence_days"))
 *     .denominator(Measure.sum("worked_days", "absence_days"))
 *     .build();                                  // scale 100, from the unit
 * }</pre>
 *
 * @param profile what the KPI carries beside its calculation
 * @param source the dataset it is computed from
 * @param filter the rows both numerator and denominator count, if not all
 * @param numerator the numerator (tæller)
 * @param denominator the denominator (nævner)
 * @param scale the factor the quotient is multiplied by, e.g. 100 for per cent
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RatioKpi(
    KpiProfile profile,
    SourceDataset source,
    Optional<Filter> filter,
    Measure numerator,
    Measure denominator,
    double scale)
    implements KpiDefinition {

  /**
   * Creates the KPI, checking it against its source.
   *
   * @param profile the profile
   * @param source the source
   * @param filter the rows both parts count, if not all
   * @param numerator the numerator, a count or a sum
   * @param denominator the denominator, a count or a sum
   * @param scale a finite factor above 0
   * @throws KpiException saying what to fix when it is inconsistent
   */
  public RatioKpi {
    Names.required(profile, "The KPI profile");
    String kpi = profile.prefix();
    Names.required(source, kpi + "the source dataset");
    Names.optional(filter, kpi + "the filter");
    if (numerator == null) {
      throw new KpiException(kpi + "a ratio needs a numerator: add .numerator(Measure.sum(\"field\"))");
    }
    if (denominator == null) {
      throw new KpiException(
          kpi + "a ratio needs a denominator: add .denominator(Measure.sum(\"field\"))");
    }
    additive(numerator, "numerator", kpi);
    additive(denominator, "denominator", kpi);
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new KpiException(
          kpi + "the scale (" + scale + ") must be a finite number above 0, e.g. 100 for per cent");
    }
    SourceChecks.check(profile, source, filter, List.of(numerator, denominator));
  }

  private static void additive(Measure m, String part, String kpi) {
    if (!m.aggregation().isAdditiveCount()) {
      throw new KpiException(
          kpi + "the " + part + " is a " + SourceChecks.label(m.aggregation()) + ", but a ratio's "
              + part + " must be a count, count_distinct or sum: a ratio divides summed totals"
              + " (use a derived KPI for other arithmetic)");
    }
  }

  @Override
  public List<KpiReference> references() {
    return List.of();
  }

  @Override
  public Builder toBuilder() {
    Builder b =
        new Builder(profile.id().value())
            .copy(profile)
            .source(source)
            .numerator(numerator)
            .denominator(denominator)
            .scale(scale);
    filter.ifPresent(b::filter);
    return b;
  }

  /** Builds a {@link RatioKpi}; start with {@link KpiDefinition#ratio(String)}. */
  public static final class Builder extends KpiBuilder<Builder> {
    private SourceDataset source;
    private Optional<Filter> filter = Optional.empty();
    private Measure numerator;
    private Measure denominator;
    private Double scale;
    private Unit unitForScale;

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    @Override
    Builder copy(KpiProfile p) {
      unitForScale = p.unit();
      return super.copy(p);
    }

    @Override
    public Builder unit(Unit unit) {
      this.unitForScale = unit;
      return super.unit(unit);
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
     * Sets the rows both numerator and denominator count.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(Filter filter) {
      this.filter = Optional.of(filter);
      return this;
    }

    /**
     * Sets the numerator (tæller).
     *
     * @param numerator a count or a sum
     * @return this builder
     */
    public Builder numerator(Measure numerator) {
      this.numerator = numerator;
      return this;
    }

    /**
     * Sets the denominator (nævner).
     *
     * @param denominator a count or a sum
     * @return this builder
     */
    public Builder denominator(Measure denominator) {
      this.denominator = denominator;
      return this;
    }

    /**
     * Sets the factor the quotient is multiplied by; without it, the unit's {@linkplain
     * Unit#defaultScale() default} (100 for per cent).
     *
     * @param scale a finite factor above 0
     * @return this builder
     */
    public Builder scale(double scale) {
      this.scale = scale;
      return this;
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI
     * @throws KpiException saying what to fix when it is inconsistent
     */
    @Override
    public RatioKpi build() {
      require(source, "the source dataset is missing", ".source(SourceDataset.of(name, schema))");
      require(numerator, "a ratio needs a numerator", ".numerator(Measure.sum(\"field\"))");
      require(denominator, "a ratio needs a denominator", ".denominator(Measure.sum(\"field\"))");
      KpiProfile profile = profile();
      double s = scale != null ? scale : unitForScale.defaultScale();
      return new RatioKpi(profile, source, filter, numerator, denominator, s);
    }
  }
}
