package dk.datainformed.kpi.guard;

import dk.datainformed.core.time.Period;
import dk.datainformed.spc.ImprovementDirection;
import dk.datainformed.kpi.catalog.KpiCatalog;
import dk.datainformed.kpi.definition.Audience;
import dk.datainformed.kpi.definition.Fixtures;
import dk.datainformed.kpi.definition.KpiDefinition;
import dk.datainformed.spc.Observation;
import dk.datainformed.spc.ProcessBehaviourChart;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small catalogs, usages and charts that the guard tests change one thing in. */
final class Scenario {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);
  static final String ABSENCE = "sygefravaer.fravaersprocent";

  private Scenario() {}

  static KpiDefinition kpi(String id) {
    return Fixtures.ratio(id).build();
  }

  static KpiCatalog catalog(KpiDefinition... definitions) {
    return KpiCatalog.of(List.of(definitions));
  }

  static Cockpit cockpit(String id, Audience audience, OrganisationLevel level, KpiUse... uses) {
    return new Cockpit(id, "Cockpit " + id, audience, level, Optional.empty(), List.of(uses));
  }

  static Cockpit managers(KpiUse... uses) {
    return cockpit("ledere", Audience.MANAGERS, OrganisationLevel.UNIT, uses);
  }

  static KpiUse.Builder use(String kpi) {
    return KpiUse.builder(kpi).display(DisplayMode.SPC);
  }

  static Usage usage(KpiCatalog catalog, Cockpit... cockpits) {
    Usage.Builder b = Usage.builder("Eksempelby Kommune");
    for (Cockpit c : cockpits) {
      b.cockpit(c);
    }
    return b.build(catalog);
  }

  static GuardContext.Builder context(KpiCatalog catalog, Usage usage) {
    return GuardContext.builder(catalog, usage).asOf(AS_OF);
  }

  static GuardResult run(String guardId, GuardContext context) {
    return Guards.builtIn().check(context).result(guardId).orElseThrow();
  }

  static DeclaredTarget fullTarget(double value) {
    return new DeclaredTarget(
        value,
        Optional.of("HR-chef"),
        Optional.of("Regionens gennemsnit 2025"),
        Optional.of(LocalDate.of(2027, 6, 30)),
        Optional.of("Dialog med de enheder, der ligger over"));
  }

  static List<Observation> months(double... values) {
    List<Observation> out = new ArrayList<>();
    Period p = Period.month(2024, 11);
    for (double v : values) {
      out.add(Observation.of(p, v));
      p = p.next();
    }
    return out;
  }

  /** Values that alternate closely around 5: no rule of Making Data Count fires. */
  static double[] noise(int n) {
    double[] pattern = {4.8, 5.2, 4.9, 5.1};
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = pattern[i % pattern.length];
    }
    return v;
  }

  static ProcessBehaviourChart commonCause(int n) {
    return ProcessBehaviourChart.xmr(months(noise(n)))
        .direction(ImprovementDirection.LOWER_IS_BETTER)
        .build();
  }

  static ProcessBehaviourChart withSignal(int n) {
    double[] v = noise(n);
    v[n - 1] = 9.0;
    return ProcessBehaviourChart.xmr(months(v)).direction(ImprovementDirection.LOWER_IS_BETTER).build();
  }
}
