/**
 * Learning-versus-control guards: read a municipality's declared use of its KPIs (cockpits,
 * targets, rankings, incentives, decisions, person linkages), its policy thresholds and whatever
 * SPC results there are, and say what tips the set from learning toward control, with the learning
 * alternative and the thresholds used.
 *
 * <p>Start at {@link dk.datainformed.kpi.guard.Guards}:
 *
 * <pre>{@code
 * Usage usage = Usage.load(Path.of("guards/usage.yaml"), catalog);
 * GuardContext context = GuardContext.builder(catalog, usage)
 *     .policy(GuardPolicy.load(Path.of("guards/policy.yaml")))
 *     .asOf(LocalDate.of(2026, 11, 1))
 *     .chart("sygefravaer.fravaersprocent", chart)
 *     .build();
 * GuardReport report = Guards.builtIn().withServiceLoaded().check(context);
 * }</pre>
 *
 * <p>A municipality adds its own guards through the {@link dk.datainformed.kpi.guard.Guard} SPI.
 */
package dk.datainformed.kpi.guard;
