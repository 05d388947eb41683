package dk.datainformed.kpi.definition;

import dk.datainformed.core.time.Grain;
import dk.datainformed.spc.ImprovementDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid definitions of every kind, over {@link Fixtures#ABSENCE}. */
final class DefinitionArbitraries {
  private static final List<String> DIMENSIONS = List.of("organisation_unit", "employee_group");
  private static final List<String> NUMERIC = List.of("age", "absence_days", "worked_days");

  private DefinitionArbitraries() {}

  /**
   * Any valid definition.
   *
   * @return the generator
   */
  static Arbitrary<KpiDefinition> definitions() {
    return Arbitraries.oneOf(simple(), ratio(), derived(), cumulative());
  }

  /**
   * Text with the characters that make YAML and JSON quoting hard.
   *
   * @return the generator
   */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars("æøåÆØÅé\n\t\u00a0€")
        .ofMinLength(1)
        .ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<String> ids() {
    Arbitrary<String> segment =
        Arbitraries.strings().withCharRange('a', 'z').withChars('_', '0').ofMinLength(1).ofMaxLength(8)
            .filter(s -> Character.isLetter(s.charAt(0)));
    return segment.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(".", l));
  }

  static Arbitrary<Double> finite() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
        Arbitraries.of(0.0, -0.0, 1e-300, -7.25e12, Double.MAX_VALUE, Double.MIN_VALUE));
  }

  private static <B extends KpiBuilder<B>> Arbitrary<B> profiled(Arbitrary<B> builders) {
    Arbitrary<Object[]> a =
        Combinators.combine(
                Arbitraries.integers().between(1, 1000),
                text(), text(), text(), text(),
                Arbitraries.of(Unit.class),
                Arbitraries.of(ImprovementDirection.class),
                Arbitraries.of(Grain.class))
            .as((v, n1, n2, d1, d2, u, dir, g) -> new Object[] {v, n1, n2, d1, d2, u, dir, g});
    Arbitrary<Object[]> b =
        Combinators.combine(
                Arbitraries.subsetOf(DIMENSIONS).map(s -> s.stream().sorted().collect(Collectors.toList())),
                text(),
                Arbitraries.of(Purpose.class),
                Arbitraries.subsetOf(Audience.values()).ofMinSize(1),
                text(),
                text(),
                Arbitraries.doubles().between(0, 1).ofScale(5).optional(),
                Arbitraries.of(text().optional()))
            .as((dims, owner, p, aud, q, cov, frac, cit) -> new Object[] {dims, owner, p, aud, q, cov, frac, cit});
    Arbitrary<List<DataBreak>> breaks =
        Combinators.combine(dates(), text()).as(DataBreak::new).list().ofMaxSize(2);
    Arbitrary<Optional<Target>> targets =
        Combinators.combine(finite(), text(), dates(), text().optional(), text().optional())
            .as(Target::new)
            .optional();
    return Combinators.combine(builders, a, b, breaks, targets, text().optional())
        .as(
            (builder, x, y, br, t, cit) -> {
              ImprovementDirection dir = (ImprovementDirection) x[6];
              builder
                  .version((Integer) x[0])
                  .name((String) x[1], (String) x[2])
                  .description((String) x[3], (String) x[4])
                  .unit((Unit) x[5])
                  .direction(dir)
                  .grain((Grain) x[7]);
              @SuppressWarnings("unchecked")
              List<String> dims = (List<String>) y[0];
              builder.dimensions(dims.toArray(new String[0]));
              builder.owner((String) y[1]).purpose((Purpose) y[2]);
              @SuppressWarnings("unchecked")
              java.util.Set<Audience> aud = (java.util.Set<Audience>) y[3];
              builder.audience(aud.stream().sorted().toArray(Audience[]::new));
              builder.question((String) y[4], (String) y[5]);
              @SuppressWarnings("unchecked")
              Optional<Double> fraction = (Optional<Double>) y[6];
              builder.coverage(new Coverage(LocalizedText.of((String) y[5], (String) y[4]), fraction));
              br.forEach(d -> builder.dataBreak(d.date(), d.reason()));
              if (dir != ImprovementDirection.NEUTRAL) {
                t.ifPresent(builder::target);
              }
              cit.ifPresent(builder::citation);
              return builder;
            });
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 150)
        .map(d -> LocalDate.of(1950, 1, 1).plusDays(d));
  }

  static Arbitrary<Filter> filters(int depth) {
    Arbitrary<Filter> leaf =
        Arbitraries.oneOf(
            Combinators.combine(Arbitraries.of("organisation_unit", "employee_group"),
                    Arbitraries.of(Filter.Comparison.EQUAL, Filter.Comparison.NOT_EQUAL),
                    Arbitraries.strings().ofMaxLength(10))
                .as(Filter.Compare::new),
            Combinators.combine(Arbitraries.of(Filter.Comparison.class), Arbitraries.longs())
                .as((c, v) -> new Filter.Compare("age", c, Long.toString(v))),
            Combinators.combine(Arbitraries.of(Filter.Comparison.class), finite())
                .as((c, v) -> new Filter.Compare("absence_days", c, Double.toString(v))),
            Combinators.combine(Arbitraries.of(Filter.Comparison.class), dates())
                .as((c, v) -> new Filter.Compare("first_day", c, v.toString())),
            Arbitraries.of("true", "false").map(v -> new Filter.Compare("monthly_paid", Filter.Comparison.EQUAL, v)),
            Arbitraries.of("2024M01", "2023K4", "2024").map(v -> new Filter.Compare("month", Filter.Comparison.AT_LEAST, v)),
            text().list().ofMinSize(1).ofMaxSize(3).map(v -> new Filter.In("employee_group", v)),
            Arbitraries.of("first_day", "organisation_unit").map(Filter.Missing::new));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Filter> inner = filters(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaf),
        net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(Filter.All::new)),
        net.jqwik.api.Tuple.of(1, inner.list().ofMinSize(1).ofMaxSize(3).map(Filter.Any::new)),
        net.jqwik.api.Tuple.of(1, inner.map(Filter.Not::new)));
  }

  static Arbitrary<Measure> measures(boolean additiveOnly) {
    Arbitrary<Optional<Filter>> where = filters(1).optional();
    Arbitrary<Measure> additive =
        Arbitraries.oneOf(
            where.map(w -> new Measure(Aggregation.COUNT, List.of(), Optional.empty(), w)),
            Combinators.combine(Arbitraries.of("organisation_unit", "age", "first_day"), where)
                .as((f, w) -> new Measure(Aggregation.COUNT_DISTINCT, List.of(f), Optional.empty(), w)),
            Combinators.combine(Arbitraries.subsetOf(NUMERIC).ofMinSize(1), where)
                .as((fs, w) -> new Measure(Aggregation.SUM, fs.stream().sorted().collect(Collectors.toList()), Optional.empty(), w)));
    if (additiveOnly) {
      return additive;
    }
    return Arbitraries.oneOf(
        additive,
        Combinators.combine(
                Arbitraries.of(Aggregation.MEAN, Aggregation.MIN, Aggregation.MAX, Aggregation.MEDIAN),
                Arbitraries.of(NUMERIC), where)
            .as((a, f, w) -> new Measure(a, List.of(f), Optional.empty(), w)),
        Combinators.combine(Arbitraries.of(NUMERIC), Arbitraries.doubles().between(0.001, 99.999).ofScale(3), where)
            .as((f, p, w) -> new Measure(Aggregation.PERCENTILE, List.of(f), Optional.of(p), w)));
  }

  static Arbitrary<KpiDefinition> simple() {
    return Combinators.combine(profiled(ids().map(KpiDefinition::simple)), measures(false), filters(2).optional())
        .as((b, m, f) -> {
          b.source(Fixtures.ABSENCE).measure(m);
          f.ifPresent(b::filter);
          return (KpiDefinition) b.build();
        });
  }

  static Arbitrary<KpiDefinition> ratio() {
    return Combinators.combine(
            profiled(ids().map(KpiDefinition::ratio)), measures(true), measures(true),
            filters(2).optional(), Arbitraries.doubles().between(0.001, 1e6).ofScale(4).optional())
        .as((b, n, d, f, s) -> {
          b.source(Fixtures.ABSENCE).numerator(n).denominator(d);
          f.ifPresent(b::filter);
          s.ifPresent(b::scale);
          return (KpiDefinition) b.build();
        });
  }

  static Arbitrary<KpiDefinition> derived() {
    return profiled(ids().<DerivedKpi.Builder>map(id -> KpiDefinition.derived("d." + id)))
        .flatMap(b -> expressions(b.id().value()).filter(e -> !e.references().isEmpty())
            .map(e -> (KpiDefinition) b.expression(e).build()));
  }

  static Arbitrary<KpiDefinition> cumulative() {
    Arbitrary<Window> windows =
        Arbitraries.oneOf(Arbitraries.just(Window.yearToDate()), Arbitraries.integers().between(2, 60).map(Window::rolling));
    return Combinators.combine(profiled(ids().<CumulativeKpi.Builder>map(id -> KpiDefinition.cumulative("c." + id))), references(), windows)
        .as((b, r, w) -> (KpiDefinition) b.of(r).window(w).grain(Grain.MONTH).build());
  }

  static Arbitrary<KpiReference> references() {
    return Combinators.combine(ids(), Arbitraries.integers().between(1, 50).optional())
        .as((id, v) -> new KpiReference(KpiId.of("r." + id), v));
  }

  /**
   * Expressions that never refer to the given id.
   *
   * @param self the id to avoid
   * @return the generator
   */
  static Arbitrary<Expression> expressions(String self) {
    return expressions(self, 3);
  }

  private static Arbitrary<Expression> expressions(String self, int depth) {
    Arbitrary<Expression> operand =
        Combinators.combine(
                references().filter(r -> !r.id().value().equals(self)),
                Combinators.combine(
                        Arbitraries.integers().between(-24, 24).filter(i -> i != 0),
                        Arbitraries.of(Grain.class))
                    .as(PeriodOffset::new)
                    .optional())
            .as(Expression.Operand::new);
    Arbitrary<Expression> leaf =
        Arbitraries.oneOf(operand, operand, finite().map(Expression.Constant::new));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expression> inner = expressions(self, depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, leaf),
        net.jqwik.api.Tuple.of(1, inner.map(Expression.Negate::new)),
        net.jqwik.api.Tuple.of(
            3,
            Combinators.combine(Arbitraries.of(Expression.Operator.class), inner, inner)
                .as(Expression.Binary::new)));
  }
}
