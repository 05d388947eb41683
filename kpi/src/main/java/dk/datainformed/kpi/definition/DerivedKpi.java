package dk.datainformed.kpi.definition;

import dk.datainformed.kpi.KpiException;
import dk.datainformed.kpi.ReadLimits;
import dk.datainformed.kpi.internal.Excerpt;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A KPI computed from other KPIs by arithmetic, with period offsets: "change against the same month
 * last year", "absence days per employee".
 *
 * <p>The engine computes each operand at the grain and breakdown asked for, then applies the
 * expression. A {@linkplain dk.datainformed.kpi.catalog.KpiCatalog catalog} resolves the operands
 * and rejects cycles; the builder rejects a KPI that refers to itself.
 *
 * <pre>{@code
 * DerivedKpi change = KpiDefinition.derived("sygefravaer.fravaersprocent_aendring")
 *     // ... the profile, as for every KPI
 *     .expression("sygefravaer.fravaersprocent - sygefravaer.fravaersprocent[-1 year]")
 *     .build();
 * }</pre>
 *
 * @param profile what the KPI carries beside its calculation
 * @param expression the arithmetic over other KPIs
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DerivedKpi(KpiProfile profile, Expression expression) implements KpiDefinition {

  /**
   * Creates the KPI.
   *
   * @param profile the profile
   * @param expression the arithmetic, referring to at least one other KPI and never to itself
   * @throws KpiException when the expression is missing, deeper than {@link
   *     ReadLimits#MAX_EXPRESSION_DEPTH}, refers to no KPI or to itself
   */
  public DerivedKpi {
    Names.required(profile, "The KPI profile");
    String kpi = profile.prefix();
    if (expression == null) {
      throw new KpiException(
          kpi + "a derived KPI needs an expression: add .expression(\"a.b / c.d * 100\")");
    }
    int depth = expression.depth();
    if (depth > ReadLimits.MAX_EXPRESSION_DEPTH) {
      throw new KpiException(
          kpi + "the expression is " + depth + " levels deep, more than the limit of "
              + ReadLimits.MAX_EXPRESSION_DEPTH + " (ReadLimits.MAX_EXPRESSION_DEPTH): split it into"
              + " derived KPIs that refer to each other");
    }
    List<KpiReference> refs = expression.references();
    if (refs.isEmpty()) {
      throw new KpiException(
          kpi + "the expression '" + Excerpt.of(expression.text()) + "' refers to no KPI: a derived"
              + " KPI is computed from other KPIs");
    }
    for (KpiReference ref : refs) {
      if (ref.id().equals(profile.id())) {
        throw new KpiException(
            kpi + "a derived KPI refers to itself in its expression '"
                + Excerpt.of(expression.text())
                + "': refer to other KPIs only (for the same KPI in an earlier period, define the"
                + " change as a new KPI over a base KPI)");
      }
    }
  }

  @Override
  public List<KpiReference> references() {
    return expression.references().stream().distinct().collect(Collectors.toUnmodifiableList());
  }

  @Override
  public Builder toBuilder() {
    return new Builder(profile.id().value()).copy(profile).expression(expression);
  }

  /** Builds a {@link DerivedKpi}; start with {@link KpiDefinition#derived(String)}. */
  public static final class Builder extends KpiBuilder<Builder> {
    private Expression expression;

    Builder(String id) {
      super(id);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the expression.
     *
     * @param expression the arithmetic over other KPIs
     * @return this builder
     */
    public Builder expression(Expression expression) {
      this.expression = expression;
      return this;
    }

    /**
     * Sets the expression from its written form.
     *
     * @param expression the written form, see {@link Expression}
     * @return this builder
     * @throws KpiException when the text cannot be read
     */
    public Builder expression(String expression) {
      this.expression = Expression.parse(expression);
      return this;
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI
     * @throws KpiException saying what to fix when it is inconsistent
     */
    @Override
    public DerivedKpi build() {
      require(expression, "a derived KPI needs an expression", ".expression(\"a.b / c.d * 100\")");
      return new DerivedKpi(profile(), expression);
    }
  }
}
